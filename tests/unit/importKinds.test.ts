// The courses and contacts import kinds, driven directly as the engine drives them: check each row,
// plan the checked rows, write the plan in one transaction. Rows are built as a reader gives them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../shared/api/import';
import { cellInput, type CellValue } from '../../shared/import/cells';
import { IMPORT_COLUMNS } from '../../shared/import/columns';
import type { ImportKind } from '../../shared/import/kinds';
import type { KindHandler, SheetRow } from '../../electron/backend/import/kind';
import { contactsKind } from '../../electron/backend/import/kinds/contacts';
import { coursesKind } from '../../electron/backend/import/kinds/courses';
import { ANONYMISED_MESSAGE } from '../../electron/backend/checks';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';

let b: TestBackend;

beforeEach(async () => {
  b = makeBackend();
  const odense = (await b.registry.call('municipalities.create', { name: 'Odense Kommune', code: 461 })).id;
  await b.registry.call('municipalities.create', { name: 'Svendborg Kommune', code: 479 });
  const mentor = (name: string, activeFrom: string, activeTo: string | null = null) =>
    b.registry.call('mentors.create', { name, profession: 'ergoterapeut', employerMunicipalityId: odense, hoursPerWeek: 37, activeFrom, activeTo, schools: [] } as never);
  await mentor('Søren Aagaard', '2024-08-01');
  await mentor('Mette Kjærgaard', '2024-08-01');
  await mentor('Gammel Mentor', '2024-01-01', '2025-01-01');
});
afterEach(() => b.cleanup());

/** A sheet row as the engine hands it over: cells read by cellInput for their column's type. */
function sheetRow(kind: ImportKind, row: number, cells: Record<string, CellValue>): SheetRow {
  const type = (key: string) => IMPORT_COLUMNS[kind].find((c) => c.key === key)!.type;
  return { row, cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, cellInput(v, type(k))])) };
}

function run<R>(kind: KindHandler<R>, rows: SheetRow[]) {
  const ctx = { db: b.ctx.db, today: TEST_TODAY };
  const checked: { row: number; value: R }[] = [];
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    const c = kind.check(r, ctx);
    if (c.ok) checked.push({ row: r.row, value: c.value });
    else problems.push(...c.problems);
  }
  const plan = kind.plan(checked, ctx);
  return {
    planned: plan.planned,
    actions: plan.planned.map((p) => p.action),
    problems: [...problems, ...plan.problems],
    write: () => ctx.db.transaction(() => kind.write(plan.planned, ctx))(),
  };
}

const brief = (problems: ImportProblem[]) => problems.map(({ row, column, message }) => ({ row, column, message }));
const count = (table: string) => (b.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const course = (row: number, over: Record<string, CellValue> = {}) =>
  sheetRow('courses', row, {
    name: 'Anna Jensen',
    birthYear: 2006,
    homeMunicipality: 'Odense Kommune',
    education: 'SOSU-assistent',
    referralDate: '15.08.2026',
    referredBy: 'Lærer på skolen',
    phaseAtStart: 'grundforløb',
    ...over,
  });

/** Four good course rows: namesakes, a closed course and a later open one for the same mentee, a waiting list. */
const goodCourses = () => [
  course(2, { consentGivenOn: new Date(Date.UTC(2026, 7, 15)), mentor: 'soeren aagaard', assignedOn: 46254, themes: 'Struktur og balance; mental sundhed' }),
  course(3, { birthYear: '2007', homeMunicipality: 'svendborg', referralDate: '2026-09-01', referredBy: 'laerer', phaseAtStart: 'Skoleperiode' }),
  course(4, { name: 'Bo Hansen', birthYear: 2005, homeMunicipality: 461, referralDate: '01.02.2026', mentor: 'Mette Kjærgaard', closedOn: '30.06.2026', outcome: 'Gennemført' }),
  course(5, { name: 'Bo Hansen', birthYear: 2005, homeMunicipality: 461, referralDate: '01.09.2026', mentor: 'Mette Kjærgaard' }),
];

describe('courses kind', () => {
  it('creates mentees and courses as the dialogs do; a second run changes nothing; a corrected row updates', () => {
    const first = run(coursesKind, goodCourses());
    expect(first.problems).toEqual([]);
    expect(first.actions).toEqual(['create', 'create', 'create', 'create']);
    expect(first.write()).toEqual({ created: 4, updated: 0 });
    expect(count('mentees')).toBe(3);
    const rows = b.ctx.db
      .prepare(`SELECT me.name, me.birth_year, c.referral_date, c.consent_given_on, c.closed_on, c.outcome, mt.name AS mentor FROM courses c
        JOIN mentees me ON me.id = c.mentee_id LEFT JOIN mentors mt ON mt.id = c.mentor_id ORDER BY c.id`)
      .all();
    expect(rows).toEqual([
      { name: 'Anna Jensen', birth_year: 2006, referral_date: '2026-08-15', consent_given_on: '2026-08-15', closed_on: null, outcome: null, mentor: 'Søren Aagaard' },
      { name: 'Anna Jensen', birth_year: 2007, referral_date: '2026-09-01', consent_given_on: null, closed_on: null, outcome: null, mentor: null },
      { name: 'Bo Hansen', birth_year: 2005, referral_date: '2026-02-01', consent_given_on: null, closed_on: '2026-06-30', outcome: 'gennemfoert', mentor: 'Mette Kjærgaard' },
      { name: 'Bo Hansen', birth_year: 2005, referral_date: '2026-09-01', consent_given_on: null, closed_on: null, outcome: null, mentor: 'Mette Kjærgaard' },
    ]);
    // Excel serial 46254 = 20.08.2026; the closed course's assignment ends at its closing.
    expect(b.ctx.db.prepare('SELECT from_date, to_date, kind FROM course_assignments ORDER BY id').all()).toEqual([
      { from_date: '2026-08-20', to_date: null, kind: 'tildelt' },
      { from_date: '2026-02-01', to_date: '2026-06-30', kind: 'tildelt' },
      { from_date: '2026-09-01', to_date: null, kind: 'tildelt' },
    ]);
    expect(b.ctx.db.prepare('SELECT t.key FROM course_themes ct JOIN themes t ON t.id = ct.theme_id ORDER BY t.key').pluck().all()).toEqual(['psykisk', 'struktur']);

    const again = run(coursesKind, goodCourses());
    expect(again.problems).toEqual([]);
    expect(again.actions).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(again.planned[0].summary).toContain('findes allerede');

    const corrected = goodCourses();
    corrected[0] = course(2, { consentGivenOn: '15.08.2026', mentor: 'Søren Aagaard', assignedOn: '20.08.2026', themes: 'Struktur og balance; Mental sundhed', closedOn: '01.11.2026', outcome: 'fastholdt' });
    const third = run(coursesKind, corrected);
    expect(third.actions).toEqual(['update', 'unchanged', 'unchanged', 'unchanged']);
    expect(third.write()).toEqual({ created: 0, updated: 1 });
    expect(b.ctx.db.prepare("SELECT closed_on, outcome FROM courses WHERE referral_date = '2026-08-15'").get()).toEqual({ closed_on: '2026-11-01', outcome: 'fastholdt' });
    expect(run(coursesKind, corrected).actions).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('reports each bad row at its column in Danish, and plans none of them', () => {
    const result = run(coursesKind, [
      course(2, { referralDate: '30.02.2026' }),
      course(3, { referralDate: '01.09.2026', closedOn: '01.10.2026' }),
      course(4, { referralDate: '01.09.2026', closedOn: '01.08.2026', outcome: 'afbrudt' }),
      course(5, { referralDate: '01.09.2026', consentGivenOn: '01.08.2026' }),
      course(6, { referralDate: '01.12.2026' }),
      course(7, { mentor: 'Ukendt Person' }),
      course(8, { mentor: 'Gammel Mentor' }),
      course(9, { homeMunicipality: 'Atlantis' }),
      course(10, { education: 'Pilot' }),
    ]);
    expect(brief(result.problems)).toEqual([
      { row: 2, column: 'Henvisningsdato', message: 'Henvisningsdato er ikke en gyldig dato.' },
      { row: 3, column: 'Udfald', message: 'Udfald skal vælges.' },
      { row: 4, column: 'Afsluttet', message: 'Afsluttet den må ikke ligge før henvisningsdatoen (01.09.2026).' },
      { row: 5, column: 'Samtykke givet', message: 'Samtykke givet må ikke ligge før henvisningsdatoen.' },
      { row: 6, column: 'Henvisningsdato', message: 'Henvisningsdato må ikke ligge i fremtiden.' },
      { row: 7, column: 'Mentor', message: 'Mentoren Ukendt Person findes ikke.' },
      { row: 8, column: 'Mentor', message: 'Gammel Mentor er ikke aktiv mentor pr. 15.08.2026.' },
      { row: 9, column: 'Hjemkommune', message: 'Kommunen Atlantis findes ikke.' },
      { row: 10, column: 'Uddannelse', message: expect.stringMatching(/^Ukendt værdi "Pilot"\. Skriv en af: SOSU-hjælper/) },
    ]);
    expect(result.problems[0].value).toBe('30.02.2026');
    expect(result.planned).toEqual([]);
  });

  it('never matches or changes an anonymised mentee, and keeps one open course per mentee', () => {
    run(coursesKind, goodCourses()).write();
    const anna = b.ctx.db.prepare("SELECT id FROM mentees WHERE birth_year = 2006").pluck().get() as number;
    b.ctx.db.prepare("UPDATE mentees SET anonymised_at = '2026-11-01' WHERE id = ?").run(anna);
    const result = run(coursesKind, [course(2, { menteeId: anna }), course(3, { name: 'Bo Hansen', birthYear: 2005, referralDate: '01.10.2026' })]);
    expect(brief(result.problems)).toEqual([
      { row: 2, column: 'Mentee-id', message: ANONYMISED_MESSAGE },
      { row: 3, column: 'Afsluttet', message: 'Bo Hansen har allerede et åbent forløb.' },
    ]);
  });
});

const contact = (row: number, over: Record<string, CellValue> = {}) =>
  sheetRow('contacts', row, { date: '01.10.2026', type: 'individuel', mentor: 'Søren Aagaard', durationMinutes: 45, ...over });

describe('contacts kind', () => {
  beforeEach(() => run(coursesKind, goodCourses()).write());

  const goodContacts = () => [
    contact(2, { participants: 'Anna Jensen (2006)', themes: 'Konflikter, Struktur og balance' }),
    contact(3, { date: '02.10.2026', type: 'Gruppesamtale', mentor: 'mette kjaergaard', durationMinutes: '60', participants: 'Anna Jensen (2006); Bo Hansen; Anna Jensen (2007)' }),
    contact(4, { date: new Date(Date.UTC(2026, 9, 3)), type: 'Klasseoplæg', durationMinutes: 90, school: 'Tietgen', className: '2.b', headCount: 24 }),
    // History: a contact within a course closed since.
    contact(5, { date: '01.05.2026', mentor: 'Mette Kjærgaard', participants: 'Bo Hansen' }),
  ];

  it('creates one contact per row (a group with all its participants, a class session with its head count); a second run changes nothing', () => {
    const first = run(contactsKind, goodContacts());
    expect(first.problems).toEqual([]);
    expect(first.actions).toEqual(['create', 'create', 'create', 'create']);
    expect(first.write()).toEqual({ created: 4, updated: 0 });
    const { db } = b.ctx;
    expect(db.prepare('SELECT type, contact_date, duration_minutes, school, class_name, head_count FROM contacts ORDER BY id').all()).toEqual([
      { type: 'individuel', contact_date: '2026-10-01', duration_minutes: 45, school: null, class_name: null, head_count: null },
      { type: 'gruppe', contact_date: '2026-10-02', duration_minutes: 60, school: null, class_name: null, head_count: null },
      { type: 'klasse', contact_date: '2026-10-03', duration_minutes: 90, school: 'Tietgen', class_name: '2.b', head_count: 24 },
      { type: 'individuel', contact_date: '2026-05-01', duration_minutes: 45, school: null, class_name: null, head_count: null },
    ]);
    const group = db.prepare("SELECT id FROM contacts WHERE type = 'gruppe'").pluck().get();
    expect(db.prepare('SELECT count(*) FROM contact_participants WHERE contact_id = ?').pluck().get(group)).toBe(3);
    expect(db.prepare('SELECT t.key FROM contact_themes ct JOIN themes t ON t.id = ct.theme_id ORDER BY t.key').pluck().all()).toEqual(['konflikter', 'struktur']);
    // As the dialog does: the course's last contact is kept in step.
    expect(db.prepare("SELECT last_contact_on FROM courses WHERE referral_date = '2026-08-15'").pluck().get()).toBe('2026-10-02');

    const again = run(contactsKind, goodContacts());
    expect(again.problems).toEqual([]);
    expect(again.actions).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);

    const corrected = goodContacts();
    corrected[2] = contact(4, { date: '03.10.2026', type: 'klasse', durationMinutes: 90, school: 'Tietgen', className: '2.b', headCount: 26 });
    expect(run(contactsKind, corrected).actions).toEqual(['unchanged', 'unchanged', 'update', 'unchanged']);
  });

  it('reports each bad row at its column in Danish, and plans none of them', () => {
    const result = run(contactsKind, [
      contact(2, { mentor: 'Ukendt Mentor', participants: 'Anna Jensen (2006)' }),
      contact(3, { participants: 'Findes Ikke' }),
      contact(4, { date: '02.10.2026', participants: 'Anna Jensen' }),
      contact(5, { type: 'gruppe', participants: 'Anna Jensen (2006); Karl Ukendt' }),
      contact(6, { date: '15.07.2026', participants: 'Bo Hansen' }),
      contact(7, { date: '30.02.2026', participants: 'Anna Jensen (2006)' }),
      contact(8, { type: 'kaffe', participants: 'Anna Jensen (2006)' }),
      contact(9, { type: 'klasse', school: 'Tietgen', className: '2.b' }),
      contact(10, { date: '01.12.2026', participants: 'Anna Jensen (2006)' }),
      contact(11, { participants: 'Anna Jensen (2006)' }),
      contact(12, { participants: 'anna jensen (2006)' }),
    ]);
    expect(brief(result.problems)).toEqual([
      { row: 2, column: 'Mentor', message: 'Mentoren Ukendt Mentor findes ikke.' },
      { row: 3, column: 'Deltagere', message: 'Deltageren Findes Ikke findes ikke.' },
      { row: 4, column: 'Deltagere', message: 'Flere med samme navn (Anna Jensen) – skriv fødselsåret i parentes, f.eks. Anna Jensen (2006).' },
      { row: 5, column: 'Deltagere', message: 'Deltageren Karl Ukendt findes ikke.' },
      { row: 6, column: 'Deltagere', message: 'Bo Hansen har intet åbent forløb på datoen.' },
      { row: 7, column: 'Dato', message: 'Dato er ikke en gyldig dato.' },
      { row: 8, column: 'Type', message: expect.stringMatching(/^Ukendt type "kaffe"\. Skriv en af: Afklarende samtale/) },
      { row: 9, column: 'Antal deltagere', message: 'Antal deltagere skal udfyldes for et klasseoplæg.' },
      { row: 10, column: 'Dato', message: 'Dato må ikke ligge i fremtiden.' },
      { row: 12, column: null, message: 'Samme samtale står også i række 11.' },
    ]);
    expect(result.actions).toEqual(['create']);
  });
});
