// The read log: opening one person's course is logged with the person, repeated look-ups within
// minutes are one entry, writes record field names (not values), the log cannot be changed, old
// reads are thinned by the setting, and bad settings are refused with nothing changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tick } from '../../electron/backend/index';
import { dumpDatabase, expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let backend: TestBackend;
let clock = Date.parse('2026-11-23T10:00:00Z');

beforeEach(async () => {
  clock = Date.parse('2026-11-23T10:00:00Z');
  backend = makeBackend(undefined, { now: () => clock });
  await backend.registry.call('setup.loadDemo');
});
afterEach(() => backend.cleanup());

const reads = async (menteeId?: number) => (await backend.registry.call('log.list', { filter: { kind: 'read', menteeId, from: null, to: null } })).rows;

describe('read log', () => {
  it('logs opening a course as a look-up of its mentee, once per ten minutes', async () => {
    const course = (await backend.registry.call('courses.list', { status: 'aktiv', limit: 1 })).rows[0];
    const detail = await backend.registry.call('courses.get', { id: course.id });
    const first = await reads(detail.mentee.id);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: 'read', method: 'courses.get', action: 'Åbnede forløbet', menteeId: detail.mentee.id, menteeName: detail.mentee.name });

    await backend.registry.call('courses.get', { id: course.id });
    await backend.registry.call('contacts.list', { courseId: course.id });
    expect((await reads(detail.mentee.id)).map((r) => r.method).sort()).toEqual(['contacts.list', 'courses.get']);

    clock += 11 * 60 * 1000;
    await backend.registry.call('courses.get', { id: course.id });
    expect(await reads(detail.mentee.id)).toHaveLength(3);
  });

  it('does not log a list that is not about one person, nor a refused look-up', async () => {
    await backend.registry.call('courses.list', {});
    await backend.registry.call('contacts.list', {});
    await expect(backend.registry.call('courses.get', { id: 999_999 })).rejects.toThrow();
    expect(await reads()).toHaveLength(0);
  });

  it('logs a change with the person and the names of the fields sent, never their values', async () => {
    const course = (await backend.registry.call('courses.list', { limit: 1 })).rows[0];
    const detail = await backend.registry.call('courses.get', { id: course.id });
    const m = detail.mentee;
    await backend.registry.call('mentees.update', {
      id: m.id,
      data: { name: 'Nyt Navn Hansen', birthYear: m.birthYear, homeMunicipalityId: m.homeMunicipalityId, education: m.education, school: m.school, phone: '12345678', email: m.email },
    });
    const writes = (await backend.registry.call('log.list', { filter: { kind: 'write', menteeId: m.id, from: null, to: null } })).rows;
    expect(writes).toHaveLength(1);
    expect(writes[0].fields).toEqual(['name', 'birthYear', 'homeMunicipalityId', 'education', 'school', 'phone', 'email']);
    const raw = JSON.stringify(dumpDatabase(backend).audit_log);
    expect(raw).not.toContain('12345678');
    expect(raw).not.toContain('Nyt Navn');
  });

  it('cannot be changed: there is no API for it, and the table refuses updates', () => {
    expect(() => backend.ctx.db.prepare("UPDATE audit_log SET method = 'x'").run()).toThrow(/Loggen kan ikke ændres/);
  });

  it('thins look-ups older than the setting, keeps changes', async () => {
    const course = (await backend.registry.call('courses.list', { limit: 1 })).rows[0];
    await backend.registry.call('courses.get', { id: course.id });
    const writesBefore = (await backend.registry.call('log.list', { filter: { kind: 'write', from: null, to: null } })).total;
    await backend.registry.call('log.saveSettings', { readMonths: 2 });
    // The coordinator is at work on these days: the idle lock stays off.
    clock = Date.parse('2027-01-22T10:00:00Z');
    backend.vault.touch();
    await tick(backend.ctx);
    expect(await reads()).toHaveLength(1);
    clock = Date.parse('2027-01-24T10:00:00Z');
    backend.vault.touch();
    await tick(backend.ctx);
    expect(await reads()).toHaveLength(0);
    expect((await backend.registry.call('log.list', { filter: { kind: 'write', from: null, to: null } })).total).toBe(writesBefore + 1);
  });

  it('refuses a bad setting or filter in Danish, naming the field, and changes nothing', async () => {
    const months = await expectRefused(backend, 'log.saveSettings', { readMonths: 0 }, 'readMonths');
    expect(months.fields.readMonths).toMatch(/Læsninger gemmes i måneder/);
    const period = await expectRefused(backend, 'log.list', { filter: { from: '2026-12-01', to: '2026-11-01' } }, 'filter.to');
    expect(period.fields['filter.to']).toMatch(/Til/);
  });

  it('exports the log as a workbook, and the export is itself logged', async () => {
    const course = (await backend.registry.call('courses.list', { limit: 1 })).rows[0];
    const detail = await backend.registry.call('courses.get', { id: course.id });
    const file = await backend.registry.call('log.exportXlsx', { filter: { menteeId: detail.mentee.id, from: null, to: null } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = wb.getWorksheet('Log')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[1]).toEqual(['Tidspunkt', 'Slags', 'Handling', 'Person', 'Formål', 'Felter']);
    expect(rows[2]).toEqual(expect.arrayContaining(['Læsning', 'Åbnede forløbet', detail.mentee.name]));
    expect((await reads(detail.mentee.id)).map((r) => r.method)).toContain('log.exportXlsx');
  });
});
