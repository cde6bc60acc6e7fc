// Handler tests of the statistics, the survey and the evaluation exports against real SQLite,
// on a small hand-made corps whose answers are worked out by hand (tests/helpers/evaluationData.ts).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyInput } from '../../shared/api/evaluation';
import type { YearStatistics } from '../../shared/statistics/types';
import { statisticsTables } from '../../shared/statistics/tables';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { seedEvaluationData, type EvaluationFixture } from '../helpers/evaluationData';

let b: TestBackend;
let f: EvaluationFixture;
beforeEach(() => {
  b = makeBackend();
  f = seedEvaluationData(b);
});
afterEach(() => b.cleanup());

const stats = (year = 2026, filter: Record<string, unknown> = {}) => b.registry.call('statistics.get', { year, ...filter });
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

function expectReconciled(s: YearStatistics) {
  expect(sum(s.contacts.byType.map((t) => t.count))).toBe(s.contacts.total);
  expect(sum(s.contacts.byMonth.map((m) => m.total))).toBe(s.contacts.total);
  expect(sum(s.mentors.map((m) => m.contacts))).toBe(s.contacts.total);
  expect(sum(s.persons.byMunicipality.map((m) => m.persons))).toBe(s.persons.total);
  expect(sum(s.persons.byPhase.map((p) => p.persons))).toBe(s.persons.total);
  expect(sum(s.persons.byEducation.map((p) => p.persons))).toBe(s.persons.total);
  expect(sum(s.outcomes.byOutcome.map((o) => o.count))).toBe(s.outcomes.closed);
}

describe('statistics for a year', () => {
  it('counts contacts, persons, reach, outcomes and mentors by the shared definitions', async () => {
    const s = await stats();
    expect(s.hasData).toBe(true);
    expect(s.contacts.total).toBe(7);
    expect(Object.fromEntries(s.contacts.byType.filter((t) => t.count).map((t) => [t.type, t.count]))).toEqual({
      afklarende: 2,
      gruppe: 2,
      individuel: 1,
      telefon: 1,
      klasse: 1,
    });
    expect(s.contacts.byMonth[0].total).toBe(2); // January: clarifying + group
    expect(s.contacts.hours).toBe(7.5);
    expect(s.contacts.classSessionHeads).toBe(24);
    // A group contact counts each participant once as a person; a class session adds no persons.
    expect(s.persons.total).toBe(4);
    expect(s.persons.participations).toBe(8);
    expect(s.persons.contactsPerPerson).toBe(2);
    expect(s.persons.byMunicipality.map((m) => [m.name, m.persons, m.students, m.reach])).toEqual([
      ['Odense', 1, 100, 0.01],
      ['Svendborg', 2, 50, 0.04],
      ['Ærø', 1, 10, 0.1],
    ]);
    expect(s.reach).toEqual({ persons: 4, students: 160, rate: 0.025 });
    // P1's phase is that of the latest referred of their two courses.
    expect(s.persons.byPhase).toEqual([
      { phase: 'grundforloeb', persons: 1 },
      { phase: 'skoleperiode', persons: 2 },
      { phase: 'hovedforloeb_start', persons: 1 },
    ]);
    expect(s.persons.byEducation).toEqual([
      { education: 'sosu_hjaelper', persons: 2 },
      { education: 'sosu_assistent', persons: 1 },
      { education: 'pau', persons: 1 },
    ]);
    // Closed in 2026: retained, dropped out, unknown. The unknown one counts for neither side.
    expect(s.outcomes).toMatchObject({ closed: 3, known: 2, retained: 1, retentionRate: 0.5 });
    expect(s.referrals).toEqual([
      { offer: 'misbrugsbehandling', count: 1 },
      { offer: 'rygestop', count: 1 },
      { offer: 'psykolog', count: 1 },
    ]);
    expect(s.themes.map((t) => [t.label, t.contacts, t.persons])).toEqual([
      ['Mental sundhed', 2, 2],
      ['Konflikter', 1, 2],
      ['Struktur og balance', 1, 1],
    ]);
    expect(s.caseloadDate).toBe('2026-11-23');
    expect(s.mentors.map((m) => [m.name, m.openCourses, m.capacity, m.persons, m.contacts, m.contactHours, m.contractHours])).toEqual([
      ['Ali Nasser', 1, 15, 2, 3, 3.3, 1148.6], // 30 h × 268 days (1 March–23 November) ÷ 7
      ['Birgit Holm', 1, 20, 2, 4, 4.3, 1728.4], // 37 h × 327 days (1 January–23 November) ÷ 7
    ]);
    expectReconciled(s);
  });

  it('counts mentor hours only inside the report period and from each start to each end', async () => {
    const { db } = b.ctx;
    const mentor = (name: string, from: string, to: string | null) =>
      db
        .prepare('INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from, active_to) VALUES (?, ?, ?, ?, 35, 10, ?, ?)')
        .run(name, name.toLowerCase(), 'socialraadgiver', f.odense, from, to);
    mentor('Ny i juni', '2026-06-01', null); // 1 June–23 November: 176 days
    mentor('Stoppet i marts', '2025-05-01', '2026-03-31'); // 1 January–31 March: 90 days
    mentor('Starter i december', '2026-12-01', null); // not started by today
    const s = await stats(2026);
    expect(s.period).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    const hours = Object.fromEntries(s.mentors.map((m) => [m.name, m.contractHours]));
    expect(hours['Ny i juni']).toBe(880); // 35 × 176 ÷ 7
    expect(hours['Stoppet i marts']).toBe(450); // 35 × 90 ÷ 7
    expect(hours).not.toHaveProperty('Starter i december');
    const mentorTable = statisticsTables(s).find((t) => t.id === 'mentorer')!;
    expect(mentorTable.note).toContain('Periode: 01.01.2026–23.11.2026');
    expect(mentorTable.total?.[7]).toBe(1148.6 + 1728.4 + 880 + 450);
    // A past year is the whole year: 2025 has 365 days for Birgit Holm; the one who stopped in March 2026 had 1 May–31 December.
    const s2025 = await stats(2025);
    expect(s2025.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const past = Object.fromEntries(s2025.mentors.map((m) => [m.name, m.contractHours]));
    expect(past).toEqual({ 'Birgit Holm': 1929.3, 'Stoppet i marts': 1225 }); // 37 × 365 ÷ 7; 35 × 245 ÷ 7
  });

  it('counts a person with contacts in two years once in each year, and a course spanning New Year in both', async () => {
    const s2025 = await stats(2025);
    expect(s2025.persons.total).toBe(2); // P1 (course c1, December) and P5
    expect(s2025.contacts.total).toBe(2);
    expect(s2025.outcomes).toMatchObject({ closed: 1, retained: 1, retentionRate: 1 });
    expect(s2025.caseloadDate).toBe('2025-12-31');
    expect(s2025.mentors.find((m) => m.name === 'Birgit Holm')?.openCourses).toBe(1); // c1 open at year end
    expect(s2025.reach).toBeNull(); // no key for 2025
    expect(s2025.valueForMoney).toBeNull();
    const s2026 = await stats(2026);
    expect(s2026.persons.byMunicipality.find((m) => m.name === 'Odense')?.persons).toBe(1);
    expectReconciled(s2025);
  });

  it('lists a mentor who had contacts in the year though no longer active in it', async () => {
    b.ctx.db.prepare("UPDATE mentors SET active_to = '2025-12-31' WHERE id = ?").run(f.m1);
    const s = await stats();
    expect(s.mentors.map((m) => [m.name, m.contacts, m.contractHours])).toEqual([
      ['Ali Nasser', 3, 1148.6],
      ['Birgit Holm', 4, 0],
    ]);
    expectReconciled(s);
  });

  it('shows reach by phase when the key has student counts per phase, and says plainly when it has none', async () => {
    const without = await stats();
    expect(without.phaseReach).toBeNull();
    expect(statisticsTables(without).find((t) => t.id === 'personer_fase')!.note).toContain('Årets fordelingsnøgle har ingen elevtal pr. fase, så tabellen viser personer efter fase uden rækkevidde.');
    // 2026 persons: P1 Odense hovedforløb, P2 Svendborg skoleperiode, P3 Svendborg grundforløb, P4 Ærø skoleperiode. Ærø gives no counts.
    const { db } = b.ctx;
    const version = (db.prepare('SELECT id FROM billing_versions WHERE year = 2026').get() as { id: number }).id;
    const put = db.prepare('INSERT INTO billing_phase_students (version_id, municipality_id, phase, students) VALUES (?, ?, ?, ?)');
    put.run(version, f.odense, 'skoleperiode', 40);
    put.run(version, f.odense, 'hovedforloeb_start', 20);
    put.run(version, f.svendborg, 'skoleperiode', 20);
    put.run(version, f.svendborg, 'grundforloeb', 10);
    const s = await stats();
    expect(s.phaseReach).toEqual([
      { phase: 'grundforloeb', persons: 1, students: 10, rate: 0.1 },
      { phase: 'skoleperiode', persons: 1, students: 60, rate: 1 / 60 }, // P4 lives in Ærø, which gave no count
      { phase: 'hovedforloeb_start', persons: 1, students: 20, rate: 0.05 },
    ]);
    const table = statisticsTables(s).find((t) => t.id === 'personer_fase')!;
    expect(table.rows).toEqual([
      ['Grundforløb', 1, 1, 10, 0.1],
      ['Skoleperiode', 2, 1, 60, 1 / 60],
      ['Start på hovedforløb', 1, 1, 20, 0.05],
    ]);
    expect(table.note).toContain('Rækkevidde pr. fase = personer i fasen ÷ elever i fasen.');
    // Svendborg alone: only its counts apply.
    expect((await stats(2026, { municipalityId: f.svendborg })).phaseReach).toEqual([
      { phase: 'grundforloeb', persons: 1, students: 10, rate: 0.1 },
      { phase: 'skoleperiode', persons: 1, students: 20, rate: 0.05 },
    ]);
    expect((await stats(2026, { mentorId: f.m1 })).phaseReach).toBeNull(); // no reach under a mentor filter
  });

  it('puts value for money as share of cost against share of persons', async () => {
    const s = await stats();
    expect(s.valueForMoney?.map((v) => [v.name, v.amountOere, v.costShare, v.personsShare, v.index])).toEqual([
      ['Odense', 10_000_000, 0.625, 0.25, 0.4],
      ['Svendborg', 5_000_000, 0.3125, 0.5, 1.6],
      ['Ærø', 1_000_000, 0.0625, 0.25, 4],
    ]);
    expect(s.billing).toMatchObject({ version: 1, budgetOere: 16_000_000, totalStudents: 160, locked: false });
  });

  it('uses the key as billed: the newest issued version, not a draft correction', async () => {
    const { db } = b.ctx;
    db.prepare("UPDATE billing_versions SET locked_on = '2026-01-15' WHERE year = 2026").run();
    const v2 = Number(
      db
        .prepare(
          `INSERT INTO billing_versions (year, version, reason, created_on, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account, contact_name)
           VALUES (2026, 2, 'Rettet elevtal', '2026-03-01', 30, 'Odense Kommune', '5798000000001', '1234', '0012345678', 'Koordinator')`,
        )
        .run().lastInsertRowid,
    );
    db.prepare("INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, 200, '2025-09-05', 'Rettet liste')").run(v2, f.odense);
    db.prepare("INSERT INTO billing_cost_lines (version_id, position, kind, amount_oere) VALUES (?, 1, 'loen', 16000000)").run(v2);
    db.prepare("INSERT INTO billing_instalments (version_id, number, due_date) VALUES (?, 1, '2026-03-01')").run(v2);
    expect((await stats()).billing).toMatchObject({ version: 1, totalStudents: 160, locked: true });
    db.prepare("UPDATE billing_versions SET locked_on = '2026-03-02' WHERE id = ?").run(v2);
    const issued = await stats();
    expect(issued.billing).toMatchObject({ version: 2, totalStudents: 200 });
    expect(issued.reach).toEqual({ persons: 1, students: 200, rate: 0.005 });
    // Persons outside the key still count as persons, with no cost share.
    expect(issued.valueForMoney?.map((v) => [v.name, v.costShare, v.personsShare])).toEqual([
      ['Odense', 1, 0.25],
      ['Svendborg', 0, 0.5],
      ['Ærø', 0, 0.25],
    ]);
    expectReconciled(issued);
  });

  it('filters by municipality, mentor and education', async () => {
    const odense = await stats(2026, { municipalityId: f.odense });
    // The contacts P1 took part in, including the group contacts shared with P2 from Svendborg.
    expect(odense.contacts.total).toBe(4);
    expect(odense.persons.total).toBe(1);
    expect(odense.persons.participations).toBe(4);
    expect(odense.contacts.classSessionHeads).toBe(0);
    expect(odense.persons.byMunicipality.map((m) => m.name)).toEqual(['Odense']);
    expect(odense.reach?.rate).toBe(0.01);
    expect(odense.valueForMoney).toBeNull();
    expect(odense.filterLabel).toBe('Odense');
    expectReconciled(odense);

    const m2 = await stats(2026, { mentorId: f.m2 });
    expect(m2.contacts.total).toBe(3);
    expect(m2.persons.total).toBe(2);
    expect(m2.mentors.map((m) => m.name)).toEqual(['Ali Nasser']);
    expect(m2.reach).toBeNull();
    expect(m2.outcomes.closed).toBe(1);
    expectReconciled(m2);

    const pau = await stats(2026, { education: 'pau' });
    expect(pau.contacts.total).toBe(1);
    expect(pau.persons.total).toBe(1);
    expect(pau.referrals.map((r) => r.offer)).toEqual(['rygestop', 'psykolog']);
    expectReconciled(pau);
  });

  it('shows a year inside the data with nothing registered as empty, not as an error', async () => {
    b.ctx.db
      .prepare(
        `INSERT INTO billing_versions (year, version, created_on, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account, contact_name)
         VALUES (2027, 1, '2026-11-01', 30, 'X', '5798000000001', '1', '1', 'K')`,
      )
      .run();
    b.ctx.db.prepare("INSERT INTO billing_instalments (version_id, number, due_date) SELECT id, 1, '2027-03-01' FROM billing_versions WHERE year = 2027").run();
    b.ctx.db
      .prepare("INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) SELECT id, ?, 90, '2026-09-05', 'Elevliste' FROM billing_versions WHERE year = 2027")
      .run(f.odense);
    expect((await b.registry.call('statistics.years')).years).toEqual([2025, 2026, 2027]);
    const s = await stats(2027);
    expect(s.hasData).toBe(false);
    expect(s.contacts.total).toBe(0);
    expect(s.persons.contactsPerPerson).toBeNull();
    expect(s.outcomes.retentionRate).toBeNull();
    expectReconciled(s);
  });

  it('refuses a year outside the data and unknown filters with a Danish message naming the field', async () => {
    expect((await expectRefused(b, 'statistics.get', { year: 2019 }, 'year')).message).toMatch(/2019 ligger uden for data.*2025 til 2026/);
    await expectRefused(b, 'statistics.get', { year: 2028 }, 'year');
    await expectRefused(b, 'statistics.get', { year: 'i år' }, 'year');
    await expectRefused(b, 'statistics.get', { year: 2026, municipalityId: 999 }, 'municipalityId');
    await expectRefused(b, 'statistics.get', { year: 2026, mentorId: 999 }, 'mentorId');
    await expectRefused(b, 'statistics.get', { year: 2026, education: 'pilot' }, 'education');
    await expectRefused(b, 'evaluation.exportXlsx', { year: 2019 }, 'year');
    await expectRefused(b, 'evaluation.exportPdf', { year: 2019 }, 'year');
  });
});

const survey = (over: Partial<SurveyInput> = {}): SurveyInput => ({
  year: 2026,
  invitations: 470,
  respondents: 210,
  questions: [
    { text: 'Samtalerne har haft betydning for, at jeg er blevet i uddannelsen.', counts: { enig: 141, delvis: 40, uenig: 19, ved_ikke: 10 } },
    { text: 'Jeg vil anbefale mentorkorpset.', counts: { enig: 150, delvis: 30, uenig: 10, ved_ikke: 5 } },
  ],
  ...over,
});

describe('survey', () => {
  it('saves, replaces and reports n, response rate and share agreeing', async () => {
    const saved = await b.registry.call('survey.save', survey());
    expect(saved.respondents).toBe(210);
    expect(saved.responseRate).toBeCloseTo(210 / 470, 10);
    expect(saved.questions[0]).toMatchObject({ n: 210, shareAgreeing: 141 / 210 });
    expect(Math.round(saved.questions[0].shareAgreeing! * 100)).toBe(67);
    await b.registry.call('survey.save', survey({ questions: [survey().questions[1]] }));
    const again = await b.registry.call('survey.get', { year: 2026 });
    expect(again?.questions.map((q) => q.n)).toEqual([195]);
    expect((await stats()).survey?.questions).toHaveLength(1);
    await b.registry.call('survey.delete', { year: 2026 });
    expect(await b.registry.call('survey.get', { year: 2026 })).toBeNull();
  });

  it('refuses negative counts, counts above the invitations and years outside the data', async () => {
    const q = survey().questions[0];
    await expectRefused(b, 'survey.save', survey({ questions: [{ ...q, counts: { ...q.counts, uenig: -1 } }] }), 'questions.0.counts.uenig');
    const tooMany = await expectRefused(b, 'survey.save', survey({ respondents: 500 }), 'respondents');
    expect(tooMany.message).toMatch(/må ikke overstige inviterede/);
    await expectRefused(b, 'survey.save', survey({ questions: [{ ...q, counts: { ...q.counts, enig: 400 } }] }), 'questions.0.counts');
    await expectRefused(b, 'survey.save', survey({ invitations: -5, respondents: 0 }), 'invitations');
    await expectRefused(b, 'survey.save', survey({ year: 2019 }), 'year');
    await expectRefused(b, 'survey.save', survey({ year: 2027 }), 'year');
    await expectRefused(b, 'survey.save', survey({ questions: [{ ...q, text: ' ' }] }), 'questions.0.text');
    await expectRefused(b, 'survey.delete', { year: 2026 }, 'year', 'NOT_FOUND');
  });
});

describe('evaluation exports', () => {
  it('writes a workbook with one sheet per table whose numbers match the statistics', async () => {
    await b.registry.call('survey.save', survey());
    const s = await stats();
    const file = await b.registry.call('evaluation.exportXlsx', { year: 2026 });
    expect(file.fileName).toBe('Evaluering-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(statisticsTables(s).map((t) => t.sheetName));
    const key = wb.getWorksheet('Nøgletal')!;
    const valueOf = (label: string) => key.getColumn(1).values.indexOf(label);
    expect(key.getRow(valueOf('Samtaler i alt')).getCell(2).value).toBe(7);
    expect(key.getRow(valueOf('Unikke personer')).getCell(2).value).toBe(4);
    expect(key.getRow(valueOf('Rækkevidde (personer ÷ elever)')).getCell(2).value).toBe(0.025);
    expect(key.getRow(valueOf('Rækkevidde (personer ÷ elever)')).getCell(2).numFmt).toBe('0.0%');
    expect(key.getRow(2).getCell(1).value).toBe('Periode: 01.01.2026–23.11.2026');
    const mentorSheet = wb.getWorksheet('Mentorer')!;
    expect(String(mentorSheet.getRow(mentorSheet.rowCount).getCell(1).value)).toMatch(/^Periode: 01\.01\.2026–23\.11\.2026\. Ansættelsestimer/);
    const byType = wb.getWorksheet('Samtaler efter type')!;
    const last = byType.getRow(byType.getColumn(1).values.indexOf('I alt'));
    expect([last.getCell(1).value, last.getCell(2).value]).toEqual(['I alt', 7]);
    const keySheet = wb.getWorksheet('Fordelingsnøgle')!;
    expect(keySheet.getColumn(5).values).toContain(160_000); // the budget in kroner, as a number
  });

  it('writes counts in the table notes with Danish thousands separators', async () => {
    await b.registry.call('survey.save', survey());
    const s = await stats();
    const tables = statisticsTables({ ...s, outcomes: { ...s.outcomes, retained: 1234, known: 2345 } });
    expect(tables.find((t) => t.id === 'udfald')!.note).toContain('Her: 1.234 ÷ 2.345.');
    expect(tables.find((t) => t.id === 'survey')!.note).toMatch(/Svarprocent: \d+,\d %\.$/);
  });

  it('writes all tables to one CSV for Danish Excel', async () => {
    const file = await b.registry.call('evaluation.exportCsv', { year: 2026 });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFTestkorps: evaluering 2026')).toBe(true);
    expect(text).toContain('Samtaler i alt;7\r\n');
    expect(text).toContain('Samtaler pr. person;2\r\n');
    expect(text).toContain('Rækkevidde (personer ÷ elever);2,5\r\n');
    // Published: 1 person in Odense is withheld, and so is the reach computed from it.
    expect(text).toContain('Odense;461;<3;100;..\r\n');
    expect(text).not.toContain('Odense;461;1;');
  });

  it('needs a PDF printer to print the report', async () => {
    await expect(b.registry.call('evaluation.exportPdf', { year: 2026 })).rejects.toThrow(/PDF-udskrivning er ikke tilgængelig/);
  });
});

describe('indexes', () => {
  it('reads one grouping of a year from the summaries\' keys and closed courses by closing date', async () => {
    const { courseCountsSql } = await import('../../electron/backend/evaluation/courseCounts');
    const unfiltered = courseCountsSql({ from: '2026-01-01', to: '2026-12-31', mentor: null, muni: null, edu: null });
    const byMunicipality = courseCountsSql({ from: '2026-01-01', to: '2026-12-31', mentor: null, muni: 1, edu: null });
    const { SUMMARY_SQL } = await import('../../electron/backend/evaluation/summaryCounts');
    const plan = (sql: string) =>
      (b.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ year: 2026, from: '2026-01-01', to: '2026-12-31', mentor: null, muni: null, edu: null, muniKey: 0, eduKey: '*', mentorKey: 0 }) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan(SUMMARY_SQL.byMonthType)).toMatch(/SEARCH stat_contacts USING PRIMARY KEY \(year=\? AND muni_key=\? AND edu_key=\?\)/);
    expect(plan(SUMMARY_SQL.themeContacts)).toMatch(/SEARCH stat_theme_contacts USING PRIMARY KEY \(year=\? AND muni_key=\? AND edu_key=\?\)/);
    expect(plan(SUMMARY_SQL.persons)).toMatch(/SEARCH stat_persons USING PRIMARY KEY \(year=\? AND mentor_key=\?\)/);
    expect(plan(SUMMARY_SQL.mentorPersons)).toMatch(/SEARCH stat_persons USING PRIMARY KEY \(year=\? AND mentor_key>\?\)/);
    expect(plan(unfiltered.outcomes)).toMatch(/SEARCH c USING COVERING INDEX courses_closed_outcome \(closed_on>\? AND closed_on<\?\)/);
    expect(plan(unfiltered.referrals)).toMatch(/INDEX referrals_date/);
    // Recomputing the persons a write touched starts from them, not from every course.
    const { PERSON_ROWS_SQL } = await import('../../electron/backend/evaluation/personSummaries');
    for (const sql of Object.values(PERSON_ROWS_SQL)) {
      expect(plan(sql)).toMatch(/SCAN d\b.*SEARCH c USING (COVERING )?INDEX courses_\w+ \(mentee_id=\?/);
      expect(plan(sql)).not.toMatch(/SCAN c\b/);
    }
    // Without a municipality or education filter the mentees are not joined at all.
    expect(plan(unfiltered.outcomes)).not.toMatch(/\bme\b/);
    // A municipality filter starts from its mentees (the index on their municipality).
    expect(plan(byMunicipality.outcomes)).toMatch(/SEARCH me USING COVERING INDEX mentees_municipality/);
  });
});
