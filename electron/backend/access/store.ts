// Everything held about one person, for the access answer (GDPR art. 15). Values are the Danish
// labels the coordinator sees. A group contact is read as this person's part only: the SQL never
// selects another participant's name or id, just how many others took part.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AccessContact, AccessCourse, AccessData, AccessLogLine, AccessRetention } from '../../../shared/api/access';
import { ASSIGNMENT_KINDS, CONTACT_TYPES, COURSE_STATUSES, EDUCATIONS, GOAL_STATUSES, OFFERS, OUTCOMES, PAYERS, PHASES, REFERRERS } from '../../../shared/caseload';
import { CHECKPOINT_SOURCES, CHECKPOINT_STATUSES } from '../../../shared/followUp';
import { fieldError, notFound } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { PROCESSING } from '../../../shared/privacy/processing';
import { anonymisedOn } from '../../../shared/privacy/retention';
import { getCourseDetail } from '../caseload/courseDetail';
import { getMentee } from '../caseload/courseRows';
import { listLog } from '../log/store';

type DB = Database.Database;

/** The person must exist and still be identifiable; an anonymised row has nothing left to give. */
export function assertAccessible(db: DB, menteeId: number): void {
  const m = db.prepare('SELECT anonymised_at AS anonymisedAt FROM mentees WHERE id = ?').get(menteeId) as { anonymisedAt: string | null } | undefined;
  if (!m) throw notFound('menteeId', `Der findes ingen person (mentee) med nummer ${menteeId}.`);
  if (m.anonymisedAt !== null) {
    throw fieldError(
      'menteeId',
      `Personen (mentee ${menteeId}) blev anonymiseret ${formatDate(m.anonymisedAt.slice(0, 10))}; der er ingen personoplysninger tilbage at give indsigt i.`,
    );
  }
}

const themesOf = (db: DB, sql: string, id: number): string[] => db.prepare(sql).pluck().all(id) as string[];

function courseOf(db: DB, id: number): AccessCourse {
  const c = getCourseDetail(db, id);
  const checkpoints = db.prepare('SELECT months, status, learned_on AS learnedOn, source FROM checkpoints WHERE course_id = ? ORDER BY months').all(id) as {
    months: number;
    status: keyof typeof CHECKPOINT_STATUSES;
    learnedOn: string;
    source: keyof typeof CHECKPOINT_SOURCES;
  }[];
  return {
    id: c.id,
    referralDate: c.referralDate,
    referredBy: REFERRERS[c.referredBy],
    phaseAtStart: PHASES[c.phaseAtStart],
    status: COURSE_STATUSES[c.status],
    consentGivenOn: c.consentGivenOn,
    consentWithdrawnOn: c.consentWithdrawnOn,
    plannedReviewOn: c.plannedReviewOn,
    closedOn: c.closedOn,
    outcome: c.outcome ? OUTCOMES[c.outcome] : null,
    mentor: c.mentorName,
    themes: themesOf(db, 'SELECT t.label FROM course_themes ct JOIN themes t ON t.id = ct.theme_id WHERE ct.course_id = ? ORDER BY t.position, t.id', id),
    goals: c.goals.map((g) => ({ text: g.text, status: GOAL_STATUSES[g.status] })),
    referrals: c.referrals.map((r) => ({ offer: OFFERS[r.offer], municipality: r.municipalityName, referredOn: r.referredOn })),
    payerPeriods: c.payerPeriods.map((p) => ({ payer: PAYERS[p.payer], fromDate: p.fromDate, toDate: p.toDate })),
    mentorHistory: c.assignments.map((a) => ({ mentor: a.mentorName, fromDate: a.fromDate, toDate: a.toDate, kind: ASSIGNMENT_KINDS[a.kind] })),
    checkpoints: checkpoints.map((k) => ({ months: k.months, status: CHECKPOINT_STATUSES[k.status], learnedOn: k.learnedOn, source: CHECKPOINT_SOURCES[k.source] })),
  };
}

function contactsOf(db: DB, menteeId: number): AccessContact[] {
  const rows = db
    .prepare(
      `SELECT k.id, k.contact_date AS date, k.type, p.course_id AS courseId, mt.name AS mentor, k.duration_minutes AS durationMinutes,
              (SELECT count(*) FROM contact_participants o WHERE o.contact_id = k.id) - 1 AS others
       FROM contact_participants p JOIN courses c ON c.id = p.course_id JOIN contacts k ON k.id = p.contact_id JOIN mentors mt ON mt.id = k.mentor_id
       WHERE c.mentee_id = ? ORDER BY k.contact_date, k.id`,
    )
    .all(menteeId) as { id: number; date: string; type: keyof typeof CONTACT_TYPES; courseId: number; mentor: string; durationMinutes: number; others: number }[];
  const themes = db.prepare('SELECT t.label FROM contact_themes ct JOIN themes t ON t.id = ct.theme_id WHERE ct.contact_id = ? ORDER BY t.position, t.id').pluck();
  return rows.map((r) => ({
    date: r.date,
    type: CONTACT_TYPES[r.type],
    courseId: r.courseId,
    mentor: r.mentor,
    durationMinutes: r.durationMinutes,
    themes: themes.all(r.id) as string[],
    otherParticipants: r.others,
    note: r.others > 0 ? `${CONTACT_TYPES[r.type]} med ${r.others} ${r.others === 1 ? 'anden' : 'andre'}` : null,
  }));
}

/** Every look-up of this person: when, what and why (the app has one user, so no staff names). */
function readLogOf(db: DB, menteeId: number): AccessLogLine[] {
  const { rows } = listLog(db, { kind: 'read', menteeId, from: null, to: null }, 0, 100_000);
  return rows.map((r) => ({ at: r.at, action: r.action, purpose: r.purpose }));
}

function retentionOf(db: DB, menteeId: number, years: number): AccessRetention {
  const { latest, open } = db.prepare('SELECT max(closed_on) AS latest, count(*) - count(closed_on) AS open FROM courses WHERE mentee_id = ?').get(menteeId) as {
    latest: string | null;
    open: number;
  };
  const on = open === 0 && latest ? anonymisedOn(latest, years) : null;
  const text = on
    ? `Oplysningerne anonymiseres ${formatDate(on)} (${years} år efter, at det seneste forløb blev afsluttet ${formatDate(latest)}).`
    : `Oplysningerne anonymiseres ${years} år efter, at forløbet er afsluttet.`;
  return { years, latestClose: latest, openCourses: open, anonymisedOn: on, text };
}

export interface AccessSettings {
  corpsName: string;
  years: number;
  dpoContact: string | null;
  today: string;
}

export function accessData(db: DB, menteeId: number, purpose: string, settings: AccessSettings): AccessData {
  assertAccessible(db, menteeId);
  const m = getMentee(db, menteeId, 'menteeId');
  const courseIds = db.prepare('SELECT id FROM courses WHERE mentee_id = ? ORDER BY referral_date, id').pluck().all(menteeId) as number[];
  const { retention: _words, ...processing } = PROCESSING.da;
  return {
    corpsName: settings.corpsName,
    dpoContact: settings.dpoContact,
    generatedOn: settings.today,
    purpose,
    person: {
      id: m.id,
      name: m.name,
      birthYear: m.birthYear,
      homeMunicipality: m.homeMunicipalityName,
      education: EDUCATIONS[m.education],
      school: m.school,
      phone: m.phone,
      email: m.email,
    },
    courses: courseIds.map((id) => courseOf(db, id)),
    contacts: contactsOf(db, menteeId),
    readLog: readLogOf(db, menteeId),
    retention: retentionOf(db, menteeId, settings.years),
    processing,
  };
}
