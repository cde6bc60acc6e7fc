// Erasure, refusal and retention through the registry: bad input is refused in Danish, naming the
// field, with nothing changed; decisions are recorded with an audit row; old backups are deleted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db';
import { autoBackupIfDue, createBackup } from '../../electron/backend/backup';
import { ANONYMOUS_NAME } from '../../shared/privacy/anonymous';
import { anonymisedOn, BACKUP_MAX_AGE_DAYS, retentionCutoff } from '../../shared/privacy/retention';
import { expectRefused, makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { personText, seedCorps, type CorpsSpec } from '../helpers/privacyData';

const closed = { referral: '2020-03-01', closedAfterDays: 200, phase: 'skoleperiode', outcome: 'fastholdt', mentor: 0, goals: ['aktiv'], offers: [], checkpoint: null, contacts: [] };
// Person 1: closed in 2020; person 2: an open course; person 3: closed in 2026.
const SPEC = {
  mentees: [
    { municipality: 0, education: 'pau', birthYear: 2003, courses: [closed] },
    { municipality: 1, education: 'pau', birthYear: 2004, courses: [{ ...closed, closedAfterDays: null }] },
    { municipality: 1, education: 'pau', birthYear: 2005, courses: [{ ...closed, referral: '2026-01-10', closedAfterDays: 30 }] },
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

const audit = () => b.ctx.db.prepare("SELECT method, entity_id FROM audit_log WHERE method LIKE 'privacy.%' AND kind = 'write' ORDER BY id").all();

describe('erasure', () => {
  it('previews what goes and what stays, then anonymises in one step with its audit row and record', async () => {
    const preview = await b.registry.call('privacy.erasePreview', { menteeId: 1 });
    expect(preview).toMatchObject({ name: personText(0).name, openCourses: 0, blockedReason: null, counts: { courses: 1, goals: 1 } });
    expect(preview.cleared).toContain('Navn');
    expect(preview.kept.map((k) => k.field)).toContain('Hjemkommune');
    const request = await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning af 20.11.2026' });
    expect(request).toMatchObject({ kind: 'erasure', menteeId: 1, persons: 1, courses: 1 });
    expect(b.ctx.db.prepare('SELECT name, birth_year, phone, email, school, anonymised_by FROM mentees WHERE id = 1').get()).toEqual({
      name: ANONYMOUS_NAME, birth_year: 0, phone: null, email: null, school: null, anonymised_by: request.id,
    });
    expect(b.ctx.db.prepare('SELECT g.text FROM goals g JOIN courses c ON c.id = g.course_id WHERE c.mentee_id = 1').all()).toEqual([{ text: '' }]);
    expect(audit()).toEqual([{ method: 'privacy.erase', entity_id: request.id }]);
    expect(await b.registry.call('privacy.requests')).toEqual([request]);
  });

  it('refuses twice, an unknown person and a person with an open course, naming the field, with nothing changed', async () => {
    await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning' });
    const twice = await expectRefused(b, 'privacy.erase', { menteeId: 1, reason: 'Igen' }, 'menteeId');
    expect(twice.message).toMatch(/allerede anonymiseret/);
    await expectRefused(b, 'privacy.erase', { menteeId: 99, reason: 'Anmodning' }, 'menteeId', 'NOT_FOUND');
    const open = await expectRefused(b, 'privacy.erase', { menteeId: 2, reason: 'Anmodning' }, 'menteeId');
    expect(open.message).toMatch(/åbent forløb.*Afslut forløbet først/);
    await expectRefused(b, 'privacy.erase', { menteeId: 3, reason: '  ' }, 'reason');
    await expectRefused(b, 'privacy.refuseErasure', { menteeId: 1, reason: 'Notatpligt' }, 'menteeId');
    expect((await b.registry.call('privacy.erasePreview', { menteeId: 2 })).blockedReason).toMatch(/Afslut/);
  });

  it('records a refused erasure with its reason and an audit row, and keeps the person', async () => {
    const r = await b.registry.call('privacy.refuseErasure', { menteeId: 3, reason: 'Kommunens notatpligt (forvaltningsloven § 13)' });
    expect(r).toMatchObject({ kind: 'refusal', menteeId: 3, reason: 'Kommunens notatpligt (forvaltningsloven § 13)' });
    expect((b.ctx.db.prepare('SELECT name FROM mentees WHERE id = 3').get() as { name: string }).name).toBe(personText(2).name);
    expect(audit()).toEqual([{ method: 'privacy.refuseErasure', entity_id: r.id }]);
  });

  it('keeps an anonymous row as it is: the database refuses edits that would put a name back', async () => {
    await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning' });
    expect(() => b.ctx.db.prepare("UPDATE mentees SET name = 'Igen' WHERE id = 1").run()).toThrow(/anonymiseret/);
    expect(() => b.ctx.db.prepare("UPDATE goals SET text = 'x'").run()).toThrow(/anonymiseret/);
    expect(() => b.ctx.db.prepare('DELETE FROM courses WHERE mentee_id = 1').run()).toThrow(/anonymiseret/);
  });
});

describe('retention', () => {
  it('has a default of 5 years and refuses a period under 1 or over 20 years', async () => {
    expect(await b.registry.call('privacy.retentionSettings')).toEqual({ years: 5, dpoContact: null });
    await expectRefused(b, 'privacy.setRetentionSettings', { years: 0, dpoContact: null }, 'years');
    await expectRefused(b, 'privacy.setRetentionSettings', { years: 21, dpoContact: null }, 'years');
    await expectRefused(b, 'privacy.setRetentionSettings', { years: 2.5, dpoContact: null }, 'years');
    const set = await b.registry.call('privacy.setRetentionSettings', { years: 3, dpoContact: 'DPO Fyn, dpo@eksempel.dk' });
    expect(set).toEqual({ years: 3, dpoContact: 'DPO Fyn, dpo@eksempel.dk' });
  });

  it('lists who is due (all courses closed, the latest before the cutoff) and runs only as confirmed', async () => {
    const due = await b.registry.call('privacy.retentionDue');
    expect(due).toMatchObject({ years: 5, cutoff: '2021-11-23', total: 1, courses: 1, byCloseYear: [{ year: 2020, persons: 1 }] });
    expect(due.byMunicipality).toEqual([{ municipalityId: expect.any(Number), name: 'Odense', persons: 1 }]);
    await expectRefused(b, 'privacy.runRetention', { confirm: true, expectedCount: 2 }, 'expectedCount');
    await expectRefused(b, 'privacy.runRetention', { confirm: false, expectedCount: 1 }, 'confirm');
    const run = await b.registry.call('privacy.runRetention', { confirm: true, expectedCount: 1 });
    expect(run).toMatchObject({ kind: 'retention', menteeId: null, persons: 1, courses: 1 });
    expect(audit()).toEqual([{ method: 'privacy.runRetention', entity_id: run.id }]);
    const nothing = await expectRefused(b, 'privacy.runRetention', { confirm: true, expectedCount: 1 }, 'expectedCount');
    expect(nothing.message).toMatch(/Ingen personer/);
  });

  it('counts the period from the close, 29 February included', () => {
    expect(retentionCutoff('2026-11-23', 5)).toBe('2021-11-23');
    expect(anonymisedOn('2024-02-29', 1)).toBe('2025-03-01');
    expect(retentionCutoff('2025-03-01', 1) >= '2024-02-29').toBe(true);
    expect(retentionCutoff('2025-02-28', 1) >= '2024-02-29').toBe(false);
  });
});

describe('backups', () => {
  it(`deletes every copy older than ${BACKUP_MAX_AGE_DAYS} days, so a copy from before an erasure is gone within that period`, async () => {
    let now = Date.parse(`${TEST_TODAY}T09:00:00Z`);
    const c = makeBackend(undefined, { now: () => now });
    try {
      await c.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
      const manual = createBackup(c.ctx, 'manual', new Date(now));
      now += (BACKUP_MAX_AGE_DAYS - 1) * 86_400_000;
      await autoBackupIfDue(c.ctx, now);
      expect(fs.existsSync(path.join(backupDir(c.dataFile), manual.name))).toBe(true);
      now += 2 * 86_400_000;
      await autoBackupIfDue(c.ctx, now);
      expect(fs.existsSync(path.join(backupDir(c.dataFile), manual.name))).toBe(false);
      expect(fs.existsSync(path.join(backupDir(c.dataFile), `${manual.name}.key`))).toBe(false);
    } finally {
      c.cleanup();
    }
  });
});
