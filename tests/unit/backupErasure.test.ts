// Backups taken before an erasure or an anonymisation run still hold the erased people: the list marks
// them, so the Backup page can warn before a restore.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { seedCorps, type CorpsSpec } from '../helpers/privacyData';

const closed = { referral: '2020-03-01', closedAfterDays: 200, phase: 'skoleperiode', outcome: 'fastholdt', mentor: 0, goals: [], offers: [], checkpoint: null, contacts: [] };
const SPEC = {
  mentees: [1, 2].map(() => ({ municipality: 0, education: 'pau', birthYear: 2003, courses: [closed] })),
  students: [10, 10, 10],
  phaseStudents: null,
} as unknown as CorpsSpec;

let b: TestBackend;
// Copies and decisions are stamped with the real clock, to the millisecond.
const later = () => new Promise((resolve) => setTimeout(resolve, 5));
beforeEach(() => {
  b = makeBackend(TEST_TODAY);
  seedCorps(b, SPEC, TEST_TODAY);
});
afterEach(() => b.cleanup());

const marks = async () => Object.fromEntries((await b.registry.call('backup.list')).backups.map((x) => [x.name, x.beforeErasure]));

it('marks the copies taken before the latest erasure, and not a refusal or later copies', async () => {
  const old = await b.registry.call('backup.create');
  expect(old.beforeErasure).toBe(false);
  expect(await marks()).toEqual({ [old.name]: false });

  await later();
  await b.registry.call('privacy.refuseErasure', { menteeId: 2, reason: 'Kommunen skal gemme notaterne.' });
  expect((await marks())[old.name]).toBe(false);

  await later();
  await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning' });
  await later();
  const after = await b.registry.call('backup.create');
  const listed = await marks();
  expect(listed[old.name]).toBe(true);
  expect(listed[after.name]).toBe(false);
  // Any copy the erasure itself took first (a "før større ændring" copy) holds the person too.
  for (const [name, before] of Object.entries(listed)) if (name !== old.name && name !== after.name) expect(before).toBe(true);
});
