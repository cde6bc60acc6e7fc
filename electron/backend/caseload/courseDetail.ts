// One course with everything the course page shows.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE, type AssignmentKind, type CourseStatus, type GoalStatus, type Offer, type Payer } from '../../../shared/caseload';
import type { CourseDetail } from '../../../shared/caseloadTypes';
import { STATUS_SQL, courseRow, getMentee, toCourseRow } from './courseRows';

type DB = Database.Database;

export function getCourseDetail(db: DB, id: number): CourseDetail {
  const r = courseRow(db, id);
  const themeIds = (db.prepare('SELECT theme_id FROM course_themes WHERE course_id = ? ORDER BY theme_id').all(id) as { theme_id: number }[]).map((t) => t.theme_id);
  const goals = db.prepare('SELECT id, text, status FROM goals WHERE course_id = ? ORDER BY id').all(id) as { id: number; text: string; status: GoalStatus }[];
  const referrals = (
    db
      .prepare(
        `SELECT r.id, r.offer, r.municipality_id, mu.name AS municipality_name, r.referred_on
         FROM referrals r JOIN municipalities mu ON mu.id = r.municipality_id WHERE r.course_id = ? ORDER BY r.referred_on, r.id`,
      )
      .all(id) as { id: number; offer: Offer; municipality_id: number; municipality_name: string; referred_on: string }[]
  ).map((x) => ({ id: x.id, offer: x.offer, municipalityId: x.municipality_id, municipalityName: x.municipality_name, referredOn: x.referred_on }));
  const payerPeriods = (
    db.prepare('SELECT id, payer, from_date, to_date FROM payer_periods WHERE course_id = ? ORDER BY from_date').all(id) as {
      id: number;
      payer: Payer;
      from_date: string;
      to_date: string | null;
    }[]
  ).map((p) => ({ id: p.id, payer: p.payer, fromDate: p.from_date, toDate: p.to_date }));
  const assignments = (
    db
      .prepare(
        `SELECT a.id, a.mentor_id, m.name AS mentor_name, a.from_date, a.to_date, a.kind, a.over_capacity_confirmed
         FROM course_assignments a JOIN mentors m ON m.id = a.mentor_id WHERE a.course_id = ? ORDER BY a.from_date, a.id`,
      )
      .all(id) as { id: number; mentor_id: number; mentor_name: string; from_date: string; to_date: string | null; kind: AssignmentKind; over_capacity_confirmed: number }[]
  ).map((a) => ({
    id: a.id,
    mentorId: a.mentor_id,
    mentorName: a.mentor_name,
    fromDate: a.from_date,
    toDate: a.to_date,
    kind: a.kind,
    overCapacityConfirmed: a.over_capacity_confirmed === 1,
  }));
  // Contacts that reached the person: after attempts only, the first talk is still the clarifying one.
  const { n } = db
    .prepare(`SELECT count(*) AS n FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = ? AND k.type <> '${ATTEMPT_TYPE}'`)
    .get(id) as { n: number };
  const otherCourses = (
    db.prepare(`SELECT c.id, c.referral_date, c.closed_on, ${STATUS_SQL} AS status FROM courses c WHERE c.mentee_id = ? AND c.id <> ? ORDER BY c.referral_date DESC`).all(r.mentee_id, id) as {
      id: number;
      referral_date: string;
      closed_on: string | null;
      status: CourseStatus;
    }[]
  ).map((o) => ({ id: o.id, referralDate: o.referral_date, closedOn: o.closed_on, status: o.status }));
  return {
    ...toCourseRow(r),
    referredBy: r.referred_by,
    consentGivenOn: r.consent_given_on,
    mentee: getMentee(db, r.mentee_id),
    themeIds,
    goals,
    referrals,
    payerPeriods,
    assignments,
    contactCount: n,
    otherCourses,
  };
}
