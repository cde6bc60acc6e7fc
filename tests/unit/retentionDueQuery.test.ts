// Who is due for anonymisation, as the menu badge asks on every screen: the same persons as the rule
// says, and read from the courses' covering index, not by visiting every mentee (0.2–0.35 s nationally).
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueRows } from '../../electron/backend/privacy/store';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { seedCorps, type CorpsSpec } from '../helpers/privacyData';

const closed = { referral: '2019-03-01', closedAfterDays: 200, phase: 'skoleperiode', outcome: 'fastholdt', mentor: 0, goals: ['aktiv'], offers: [], checkpoint: null, contacts: [] };
const open = { ...closed, closedAfterDays: null };
const recent = { ...closed, referral: '2026-01-10', closedAfterDays: 30 };
// 1: two old closed courses (due, 2 courses); 2: old closed + open (not due); 3: old + recent (not due);
// 4: one old closed (due); 5: no course (not due); 6: old closed, anonymised below (not due).
const SPEC = {
  mentees: [
    { municipality: 0, education: 'pau', birthYear: 2003, courses: [closed, { ...closed, referral: '2020-01-05' }] },
    { municipality: 1, education: 'pau', birthYear: 2004, courses: [closed, open] },
    { municipality: 1, education: 'pau', birthYear: 2004, courses: [closed, recent] },
    { municipality: 1, education: 'pau', birthYear: 2005, courses: [closed] },
    { municipality: 0, education: 'pau', birthYear: 2005, courses: [] },
    { municipality: 0, education: 'pau', birthYear: 2006, courses: [closed] },
  ],
  students: [10, 10, 10],
  phaseStudents: null,
} as unknown as CorpsSpec;

let b: TestBackend;
beforeEach(() => {
  b = makeBackend();
  seedCorps(b, SPEC, TEST_TODAY);
});
afterEach(() => b.cleanup());

describe('dueRows', () => {
  it('lists exactly the persons whose courses are all closed on or before the cutoff, not yet anonymous', async () => {
    await b.registry.call('privacy.erase', { menteeId: 6, reason: 'Anmodning' });
    const rows = dueRows(b.ctx.db, '2021-11-23');
    expect(rows.map((r) => [r.id, r.courses, r.latest])).toEqual([
      [1, 2, '2020-07-23'],
      [4, 1, '2019-09-17'],
    ]);
    expect(dueRows(b.ctx.db, '2019-09-16')).toEqual([]);
  });

  it('groups the courses on their covering index and looks up only the due persons', () => {
    const seen: string[] = [];
    const db = b.ctx.db;
    const spy = new Proxy(db, { get: (t, k) => (k === 'prepare' ? (sql: string) => (seen.push(sql), t.prepare(sql)) : Reflect.get(t, k)) }) as Database.Database;
    dueRows(spy, '2021-11-23');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${seen[0]}`).all({ cutoff: '2021-11-23' }) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContain('SCAN courses USING COVERING INDEX courses_closed');
    expect(plan.filter((d) => /\bme\b|mentees/.test(d))).toEqual(['SEARCH me USING INTEGER PRIMARY KEY (rowid=?)']);
  });
});
