// Writes a checked full export into an empty corps, ids kept. Raw inserts on purpose: the stores give new ids,
// today's dates and refuse anonymised rows, while a restore must bring back exactly what was exported (moments
// recorded, issued keys, anonymous rows). Derived columns (sort keys, last contact, who anonymised whom) are
// recomputed the way the app computes them. The caller runs this inside one transaction.
import type Database from 'better-sqlite3-multiple-ciphers';
import { danishSortKey } from '../../../shared/format';
import { ANONYMOUS_NAME, REMOVED_BIRTH_YEAR } from '../../../shared/privacy/anonymous';
import { refreshLastContact } from '../caseload/courseRows';
import type { ExportDocument } from '../export/types';

type DB = Database.Database;

/** Tables whose rows make a corps (themes and checkpoint months are configuration, replaced by the restore). */
const CORPS_TABLES = ['municipalities', 'mentors', 'mentees', 'courses', 'contacts', 'billing_versions', 'billing_payments', 'surveys', 'privacy_requests'] as const;

/** How many rows a table holds (the restore's result names what came back). */
export const countRows = (db: DB, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export function corpsIsEmpty(db: DB): boolean {
  const sql = `SELECT ${CORPS_TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`;
  return (db.prepare(sql).get() as { n: number }).n === 0;
}

/** Runs `write` for each row, naming the part and row if the data file refuses it (a CHECK rule). */
function each<T extends object>(part: string, rows: readonly T[], write: (row: T) => void, fail: (part: string, row: T, err: unknown) => never): void {
  for (const row of rows) {
    try {
      write(row);
    } catch (err) {
      fail(part, row, err);
    }
  }
}

const flag = (b: boolean) => (b ? 1 : 0);

export function writeExport(db: DB, doc: ExportDocument, fail: (part: string, row: object, err: unknown) => never): void {
  const run = (sql: string) => {
    const stmt = db.prepare(sql);
    return (params: object) => {
      stmt.run(params);
    };
  };
  const anonymous = new Set(doc.mentees.filter((m) => m.anonymisedAt !== null).map((m) => m.id));
  const anonymousCourses = new Set(doc.courses.filter((c) => anonymous.has(c.menteeId)).map((c) => c.id));

  each('municipalities', doc.municipalities, (m) => run(
    `INSERT INTO municipalities (id, name, sort_key, code, ean, address, contact_person, contact_email, participating_from, participating_to,
       finance_reference, order_number, account_string, payment_terms_days)
     VALUES (@id, @name, @sortKey, @code, @ean, @address, @contactPerson, @contactEmail, @participatingFrom, @participatingTo,
       @financeReference, @orderNumber, @accountString, @paymentTermsDays)`,
  )({ ...m, sortKey: danishSortKey(m.name) }), fail);

  const mentor = run(
    `INSERT INTO mentors (id, name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from, active_to, schools_json, email, phone)
     VALUES (@id, @name, @sortKey, @profession, @employerMunicipalityId, @hoursPerWeek, @capacity, @activeFrom, @activeTo, @schoolsJson, @email, @phone)`,
  );
  each('mentors', doc.mentors, ({ schools, ...m }) => mentor({ ...m, sortKey: danishSortKey(m.name), schoolsJson: JSON.stringify(schools) }), fail);

  // The seeded themes and checkpoint months of the empty file make way for the corps' own.
  db.prepare('DELETE FROM themes').run();
  const theme = run('INSERT INTO themes (id, key, label, sort_key, position, active) VALUES (@id, @key, @label, @sortKey, @position, @active)');
  each('themes', doc.themes, (t) => theme({ ...t, sortKey: danishSortKey(t.label), active: flag(t.active) }), fail);
  db.prepare('DELETE FROM checkpoint_months').run();
  const month = db.prepare('INSERT INTO checkpoint_months (months) VALUES (?)');
  each('checkpointMonths', doc.checkpointMonths.map((months) => ({ months })), ({ months }) => month.run(months), fail);

  // Anonymised persons go in as anonymous rows, whatever the file holds; marked anonymous only at the end,
  // because the data file refuses courses, goals and participants of a person already marked.
  const mentee = run(
    `INSERT INTO mentees (id, name, sort_key, birth_year, home_municipality_id, education, school, phone, email)
     VALUES (@id, @name, @sortKey, @birthYear, @homeMunicipalityId, @education, @school, @phone, @email)`,
  );
  each('mentees', doc.mentees, (m) => {
    const anon = m.anonymisedAt !== null;
    const name = anon ? ANONYMOUS_NAME : (m.name ?? '');
    mentee({
      id: m.id,
      name,
      sortKey: danishSortKey(name),
      birthYear: anon ? REMOVED_BIRTH_YEAR : m.birthYear,
      homeMunicipalityId: m.homeMunicipalityId,
      education: m.education,
      school: anon ? null : m.school,
      phone: anon ? null : m.phone,
      email: anon ? null : m.email,
    });
  }, fail);

  const course = run(
    `INSERT INTO courses (id, mentee_id, referral_date, referred_by, consent_given_on, consent_withdrawn_on, phase_at_start, planned_review_on, closed_on, outcome, mentor_id)
     VALUES (@id, @menteeId, @referralDate, @referredBy, @consentGivenOn, @consentWithdrawnOn, @phaseAtStart, @plannedReviewOn, @closedOn, @outcome, @mentorId)`,
  );
  const courseTheme = db.prepare('INSERT INTO course_themes (course_id, theme_id) VALUES (?, ?)');
  each('courses', doc.courses, ({ themeIds, ...c }) => {
    const anon = anonymousCourses.has(c.id);
    course({ ...c, consentGivenOn: anon ? null : c.consentGivenOn, consentWithdrawnOn: anon ? null : c.consentWithdrawnOn, plannedReviewOn: anon ? null : c.plannedReviewOn });
    for (const t of themeIds) courseTheme.run(c.id, t);
  }, fail);

  const assignment = run(
    `INSERT INTO course_assignments (id, course_id, mentor_id, from_date, to_date, kind, over_capacity_confirmed, recorded_at)
     VALUES (@id, @courseId, @mentorId, @fromDate, @toDate, @kind, @over, @recordedAt)`,
  );
  each('assignments', doc.assignments, (a) => assignment({ ...a, over: flag(a.overCapacityConfirmed) }), fail);
  const goal = run('INSERT INTO goals (id, course_id, text, status) VALUES (@id, @courseId, @text, @status)');
  each('goals', doc.goals, (g) => goal({ ...g, text: anonymousCourses.has(g.courseId) ? '' : (g.text ?? '') }), fail);
  each('referrals', doc.referrals, run('INSERT INTO referrals (id, course_id, offer, municipality_id, referred_on) VALUES (@id, @courseId, @offer, @municipalityId, @referredOn)'), fail);
  each('payerPeriods', doc.payerPeriods, run('INSERT INTO payer_periods (id, course_id, payer, from_date, to_date) VALUES (@id, @courseId, @payer, @fromDate, @toDate)'), fail);

  const contact = run(
    `INSERT INTO contacts (id, type, contact_date, mentor_id, duration_minutes, school, class_name, head_count)
     VALUES (@id, @type, @date, @mentorId, @durationMinutes, @school, @className, @headCount)`,
  );
  const participant = db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
  const contactTheme = db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)');
  each('contacts', doc.contacts, ({ courseIds, themeIds, ...k }) => {
    contact(k);
    for (const c of courseIds) participant.run(k.id, c);
    for (const t of themeIds) contactTheme.run(k.id, t);
  }, fail);
  refreshLastContact(db, 'all');

  each('checkpoints', doc.checkpoints, run(
    `INSERT INTO checkpoints (id, course_id, months, status, learned_on, source, recorded_at)
     VALUES (@id, @courseId, @months, @status, @learnedOn, @source, @recordedAt)`,
  ), fail);
  writeBilling(db, doc, fail);
  writeSurveys(db, doc, fail);
  writePrivacy(db, doc, fail);
}

function writeBilling(db: DB, doc: ExportDocument, fail: (part: string, row: object, err: unknown) => never): void {
  const version = db.prepare(
    `INSERT INTO billing_versions (id, year, version, reason, created_on, locked_on, payment_terms_days, payee_name, payee_ean, payee_reg_no,
       payee_account, payee_cvr, payee_address, statement_text, contact_name, contact_email, contact_phone)
     VALUES (@id, @year, @version, @reason, @createdOn, @lockedOn, @paymentTermsDays, @payeeName, @payeeEan, @payeeRegNo,
       @payeeAccount, @payeeCvr, @payeeAddress, @statementText, @contactName, @contactEmail, @contactPhone)`,
  );
  const participant = db.prepare('INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, ?, ?, ?)');
  const phase = db.prepare('INSERT INTO billing_phase_students (version_id, municipality_id, phase, students) VALUES (?, ?, ?, ?)');
  const line = db.prepare('INSERT INTO billing_cost_lines (version_id, position, kind, description, amount_oere) VALUES (?, ?, ?, ?, ?)');
  const instalment = db.prepare('INSERT INTO billing_instalments (version_id, number, due_date) VALUES (?, ?, ?)');
  const settlement = db.prepare('INSERT INTO billing_settlements (version_id, actual_cost_oere, note, entered_on, due_date, issued_on) VALUES (?, ?, ?, ?, ?, ?)');
  // Issued documents go in as they were (the data file forbids only changing or deleting them).
  const issued = db.prepare('INSERT INTO billing_issued (version_id, kind, issued_on, document) VALUES (?, ?, ?, ?)');
  const number = db.prepare('INSERT INTO billing_statement_numbers (year, sequence, version_id, kind, municipality_id) VALUES (?, ?, ?, ?, ?)');
  each('billingVersions', doc.billingVersions, (v) => {
    const { participants, costLines, instalments, settlement: s, issued: documents, statementNumbers, status: _status, inForce: _inForce, budgetOere: _budget, ...row } = v;
    version.run(row);
    for (const p of participants) {
      participant.run(v.id, p.municipalityId, p.students, p.countDate, p.source);
      for (const [key, students] of Object.entries(p.phaseStudents)) phase.run(v.id, p.municipalityId, key, students);
    }
    for (const l of costLines) line.run(v.id, l.position, l.kind, l.description, l.amountOere);
    for (const i of instalments) instalment.run(v.id, i.number, i.dueDate);
    if (s) settlement.run(v.id, s.actualCostOere, s.note, s.enteredOn, s.dueDate, s.issuedOn);
    for (const d of documents) issued.run(v.id, d.kind, d.issuedOn, JSON.stringify(d.document));
    for (const n of statementNumbers) number.run(n.year, n.sequence, v.id, n.kind, n.municipalityId);
  }, fail);
  const payment = db.prepare(
    `INSERT INTO billing_payments (id, year, municipality_id, instalment, paid_on, amount_oere, note, created_on)
     VALUES (@id, @year, @municipalityId, @instalment, @paidOn, @amountOere, @note, @createdOn)`,
  );
  each('billingPayments', doc.billingPayments, (p) => payment.run(p), fail);
}

function writeSurveys(db: DB, doc: ExportDocument, fail: (part: string, row: object, err: unknown) => never): void {
  const survey = db.prepare('INSERT INTO surveys (year, invitations, respondents, note, updated_on) VALUES (@year, @invitations, @respondents, @note, @updatedOn)');
  const question = db.prepare(
    'INSERT INTO survey_questions (year, position, text, count_enig, count_delvis, count_uenig, count_ved_ikke) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  each('surveys', doc.surveys, ({ questions, ...s }) => {
    survey.run(s);
    for (const q of questions) question.run(s.year, q.position, q.text, q.enig, q.delvis, q.uenig, q.vedIkke);
  }, fail);
}

/** The decisions, then the persons marked anonymous, each by the decision that anonymised them (same moment). */
function writePrivacy(db: DB, doc: ExportDocument, fail: (part: string, row: object, err: unknown) => never): void {
  const request = db.prepare(
    `INSERT INTO privacy_requests (id, kind, mentee_id, reason, retention_years, cutoff, persons, courses, decided_at)
     VALUES (@id, @kind, @menteeId, @reason, @retentionYears, @cutoff, @persons, @courses, @decidedAt)`,
  );
  each('privacyDecisions', doc.privacyDecisions, (r) => request.run(r), fail);
  const mark = db.prepare('UPDATE mentees SET anonymised_at = ?, anonymised_by = ? WHERE id = ?');
  each('mentees', doc.mentees.filter((m) => m.anonymisedAt !== null), (m) => {
    const by = doc.privacyDecisions.find(
      (r) => r.decidedAt === m.anonymisedAt && ((r.kind === 'erasure' && r.menteeId === m.id) || r.kind === 'retention'),
    );
    mark.run(m.anonymisedAt, by?.id ?? null, m.id);
  }, fail);
}
