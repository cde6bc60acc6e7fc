// The access answer (art. 15) on the demo corps: a person in a group contact sees their own part only
// (no other participant's name, in JSON or in the workbook), the read log with purposes is in the
// answer and the answer is itself logged, and bad requests are refused in Danish with nothing changed.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessData } from '../../shared/api/access';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let clock = Date.parse('2026-11-23T10:00:00Z');

beforeEach(async () => {
  clock = Date.parse('2026-11-23T10:00:00Z');
  b = makeBackend(undefined, { now: () => clock });
  await b.registry.call('setup.loadDemo');
});
afterEach(() => b.cleanup());

/** A demo person in a group contact, with the names of everyone they met in groups. */
function personInGroup(): { menteeId: number; name: string; others: string[]; groups: number } {
  const db = b.ctx.db;
  const row = db
    .prepare(
      `SELECT c.mentee_id AS menteeId, count(DISTINCT p.contact_id) AS groups FROM contact_participants p JOIN courses c ON c.id = p.course_id
       WHERE (SELECT count(*) FROM contact_participants o WHERE o.contact_id = p.contact_id) > 2
       GROUP BY c.mentee_id ORDER BY groups DESC LIMIT 1`,
    )
    .get() as { menteeId: number; groups: number };
  const name = db.prepare('SELECT name FROM mentees WHERE id = ?').pluck().get(row.menteeId) as string;
  const others = db
    .prepare(
      `SELECT DISTINCT me.name FROM contact_participants mine JOIN courses c ON c.id = mine.course_id AND c.mentee_id = @id
       JOIN contact_participants o ON o.contact_id = mine.contact_id JOIN courses oc ON oc.id = o.course_id JOIN mentees me ON me.id = oc.mentee_id
       WHERE oc.mentee_id <> @id`,
    )
    .pluck()
    .all({ id: row.menteeId }) as string[];
  return { menteeId: row.menteeId, name, others: others.filter((o) => o !== name), groups: row.groups };
}

async function workbookText(base64: string): Promise<{ cells: string; raw: string }> {
  const bytes = Buffer.from(base64, 'base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value)))));
  const raw = Object.values(unzipSync(new Uint8Array(bytes))).map((f) => strFromU8(f)).join('\n');
  return { cells: cells.join('\n'), raw };
}

const readLog = async (menteeId: number) => (await b.registry.call('log.list', { filter: { kind: 'read', menteeId, from: null, to: null } })).rows;

describe('access answer', () => {
  it('gives a person in group contacts their own part only: no other participant is named, in JSON or in the workbook', async () => {
    const p = personInGroup();
    expect(p.others.length).toBeGreaterThan(1);
    // The check can fail: the coordinator's own contact list for one of these courses does name the others.
    const courseIds = b.ctx.db.prepare('SELECT id FROM courses WHERE mentee_id = ?').pluck().all(p.menteeId) as number[];
    const lists = await Promise.all(courseIds.map((courseId) => b.registry.call('contacts.list', { courseId, limit: 500 })));
    expect(p.others.some((o) => JSON.stringify(lists).includes(o))).toBe(true);
    const json = await b.registry.call('access.exportJson', { menteeId: p.menteeId });
    const text = Buffer.from(json.base64, 'base64').toString('utf8');
    const data = JSON.parse(text) as AccessData;
    expect(data.person.name).toBe(p.name);
    const groups = data.contacts.filter((k) => k.otherParticipants > 1);
    expect(groups.length).toBe(p.groups);
    expect(groups[0].note).toMatch(/^Gruppesamtale med \d+ andre$/);
    const xlsx = await b.registry.call('access.exportXlsx', { menteeId: p.menteeId });
    const { cells, raw } = await workbookText(xlsx.base64);
    expect(cells).toContain(p.name);
    expect(cells).toMatch(/Gruppesamtale med \d+ andre/);
    for (const other of p.others) {
      expect(text).not.toContain(other);
      expect(raw).not.toContain(other);
    }
    // Every contact belongs to one of this person's own courses.
    const own = new Set(data.courses.map((c) => c.id));
    expect(data.contacts.every((k) => own.has(k.courseId))).toBe(true);
  });

  it('holds the courses with their details, the processing texts and the retention date', async () => {
    const db = b.ctx.db;
    const closedOnly = db
      .prepare('SELECT mentee_id FROM courses GROUP BY mentee_id HAVING count(closed_on) = count(*) ORDER BY mentee_id LIMIT 1')
      .pluck()
      .get() as number;
    const latest = db.prepare('SELECT max(closed_on) FROM courses WHERE mentee_id = ?').pluck().get(closedOnly) as string;
    const data = await b.registry.call('access.data', { menteeId: closedOnly });
    expect(data.retention).toMatchObject({ years: 5, latestClose: latest, openCourses: 0, anonymisedOn: `${Number(latest.slice(0, 4)) + 5}${latest.slice(4)}` });
    expect(data.processing.legalBasis.join(' ')).toContain('art. 6, stk. 1, litra e');
    expect(data.processing.complaint).toContain('Datatilsynet');
    expect(data.courses.length).toBeGreaterThan(0);
    expect(data.courses[0].mentorHistory.length).toBeGreaterThan(0);

    const open = db.prepare('SELECT mentee_id FROM courses WHERE closed_on IS NULL LIMIT 1').pluck().get() as number;
    const openData = await b.registry.call('access.data', { menteeId: open });
    expect(openData.retention.anonymisedOn).toBeNull();
    expect(openData.retention.text).toContain('efter, at forløbet er afsluttet');
  });

  it('shows the look-ups of the person with their purpose, and is itself logged with its purpose', async () => {
    const p = personInGroup();
    const courseId = b.ctx.db.prepare('SELECT id FROM courses WHERE mentee_id = ? LIMIT 1').pluck().get(p.menteeId) as number;
    await b.registry.call('courses.get', { id: courseId });
    await b.registry.call('access.data', { menteeId: p.menteeId, purpose: 'klage over sagsbehandlingen' });
    clock += 60_000;
    const json = await b.registry.call('access.exportJson', { menteeId: p.menteeId });
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as AccessData;
    expect(data.readLog.map((l) => [l.action, l.purpose])).toEqual([
      ['Så alle oplysninger om personen (indsigt)', 'klage over sagsbehandlingen'],
      ['Åbnede forløbet', null],
    ]);
    // No staff names: a line is when, what and why.
    expect(Object.keys(data.readLog[0]).sort()).toEqual(['action', 'at', 'purpose']);

    const log = await readLog(p.menteeId);
    expect(log[0]).toMatchObject({ method: 'access.exportJson', purpose: 'indsigtsanmodning', menteeId: p.menteeId });
    await b.registry.call('access.exportXlsx', { menteeId: p.menteeId, purpose: 'indsigtsanmodning af 20.11.2026' });
    expect((await readLog(p.menteeId))[0]).toMatchObject({ method: 'access.exportXlsx', purpose: 'indsigtsanmodning af 20.11.2026' });
    const { cells } = await workbookText((await b.registry.call('access.exportXlsx', { menteeId: p.menteeId })).base64);
    expect(cells).toContain('klage over sagsbehandlingen');
  });

  it('refuses an unknown person, an anonymised one and bad input, in Danish, with nothing changed or logged', async () => {
    const err = await expectRefused(b, 'access.exportJson', { menteeId: 987_654 }, 'menteeId', 'NOT_FOUND');
    expect(err.message).toContain('987654');
    await expectRefused(b, 'access.exportPdf', { menteeId: 987_654, lang: 'da' }, 'menteeId', 'NOT_FOUND');
    await expectRefused(b, 'access.data', { menteeId: 0 }, 'menteeId');
    await expectRefused(b, 'access.exportPdf', { menteeId: 1, lang: 'fr' }, 'lang');
    await expectRefused(b, 'access.exportXlsx', { menteeId: 1, purpose: 'x'.repeat(201) }, 'purpose');
    await expectRefused(b, 'access.infoLetterPdf', { lang: 'de' }, 'lang');

    const closedOnly = b.ctx.db.prepare('SELECT mentee_id FROM courses GROUP BY mentee_id HAVING count(closed_on) = count(*) LIMIT 1').pluck().get() as number;
    await b.registry.call('privacy.erase', { menteeId: closedOnly, reason: 'Anmodning om sletning' });
    for (const method of ['access.data', 'access.letter', 'access.exportXlsx', 'access.exportJson', 'access.exportPdf']) {
      const e = await expectRefused(b, method, { menteeId: closedOnly }, 'menteeId');
      expect(e.message).toMatch(new RegExp(`mentee ${closedOnly}\\) blev anonymiseret .*ingen personoplysninger tilbage`));
    }
  });
});
