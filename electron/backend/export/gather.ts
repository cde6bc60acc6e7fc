// Reads every row the archive keeps into the export document, straight from the tables (one read
// transaction, so the workbook and the JSON see one consistent corps). Anonymised persons are
// cleared here again, whatever the row holds: the archive must never bring back erased data.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ASSIGNMENT_KINDS, CONTACT_TYPES, EDUCATIONS, GOAL_STATUSES, OFFERS, OUTCOMES, PAYERS, PHASES, REFERRERS, type Phase } from '../../../shared/caseload';
import { CHECKPOINT_SOURCES, CHECKPOINT_STATUSES } from '../../../shared/followUp';
import { COST_KINDS } from '../../../shared/billing/types';
import { PROFESSIONS } from '../../../shared/reference';
import { schemaVersion } from '../db';
import { getSetting } from '../settings';
import { billingPayments, billingVersions } from './billing';
import { all, type Row } from './rows';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportContact,
  type ExportCourse,
  type ExportDocument,
  type ExportMentee,
  type ExportMentor,
} from './types';


/** id -> the ids listed for it in a link table. */
function linkMap(db: Database.Database, sql: string): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const r of all<{ a: number; b: number }>(db, sql)) {
    const list = map.get(r.a);
    if (list) list.push(r.b);
    else map.set(r.a, [r.b]);
  }
  return map;
}

function mentees(db: Database.Database): ExportMentee[] {
  return all<Row>(db, 'SELECT * FROM mentees ORDER BY id').map((r) => {
    const anonymous = r.anonymised_at !== null;
    const keep = <T>(v: T): T | null => (anonymous ? null : v);
    return {
      id: r.id as number,
      anonymisedAt: r.anonymised_at as string | null,
      name: keep(r.name as string),
      birthYear: keep(r.birth_year as number),
      homeMunicipalityId: r.home_municipality_id as number,
      education: r.education as ExportMentee['education'],
      school: keep(r.school as string | null),
      phone: keep(r.phone as string | null),
      email: keep(r.email as string | null),
    };
  });
}

function courses(db: Database.Database, anonymous: Set<number>): ExportCourse[] {
  const themes = linkMap(db, 'SELECT course_id AS a, theme_id AS b FROM course_themes ORDER BY course_id, theme_id');
  return all<Row>(db, 'SELECT * FROM courses ORDER BY id').map((r) => {
    const anon = anonymous.has(r.mentee_id as number);
    return {
      id: r.id as number,
      menteeId: r.mentee_id as number,
      referralDate: r.referral_date as string,
      referredBy: r.referred_by as ExportCourse['referredBy'],
      consentGivenOn: anon ? null : (r.consent_given_on as string | null),
      consentWithdrawnOn: anon ? null : (r.consent_withdrawn_on as string | null),
      phaseAtStart: r.phase_at_start as Phase,
      plannedReviewOn: anon ? null : (r.planned_review_on as string | null),
      closedOn: r.closed_on as string | null,
      outcome: r.outcome as ExportCourse['outcome'],
      mentorId: r.mentor_id as number | null,
      themeIds: themes.get(r.id as number) ?? [],
    };
  });
}

function contacts(db: Database.Database): ExportContact[] {
  const participants = linkMap(db, 'SELECT contact_id AS a, course_id AS b FROM contact_participants ORDER BY contact_id, course_id');
  const themes = linkMap(db, 'SELECT contact_id AS a, theme_id AS b FROM contact_themes ORDER BY contact_id, theme_id');
  return all<Row>(db, 'SELECT * FROM contacts ORDER BY contact_date, id').map((r) => ({
    id: r.id as number,
    date: r.contact_date as string,
    type: r.type as ExportContact['type'],
    mentorId: r.mentor_id as number,
    durationMinutes: r.duration_minutes as number,
    school: r.school as string | null,
    className: r.class_name as string | null,
    headCount: r.head_count as number | null,
    courseIds: participants.get(r.id as number) ?? [],
    themeIds: themes.get(r.id as number) ?? [],
  }));
}

const LABELS = {
  profession: PROFESSIONS,
  education: EDUCATIONS,
  referredBy: REFERRERS,
  phase: PHASES,
  outcome: OUTCOMES,
  contactType: CONTACT_TYPES,
  goalStatus: GOAL_STATUSES,
  offer: OFFERS,
  payer: PAYERS,
  assignmentKind: ASSIGNMENT_KINDS,
  costKind: COST_KINDS,
  checkpointStatus: CHECKPOINT_STATUSES,
  checkpointSource: CHECKPOINT_SOURCES,
};

export function gatherExport(db: Database.Database, appVersion: string, exportedAt: Date): ExportDocument {
  return db.transaction((): ExportDocument => {
    const people = mentees(db);
    const anonymous = new Set(people.filter((m) => m.anonymisedAt !== null).map((m) => m.id));
    const courseList = courses(db, anonymous);
    const questionsOf = db.prepare('SELECT * FROM survey_questions WHERE year = ? ORDER BY position');
    const anonymousCourses = new Set(courseList.filter((c) => anonymous.has(c.menteeId)).map((c) => c.id));
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      appVersion,
      schemaVersion: schemaVersion(db),
      corps: { name: getSetting(db, 'corps_name') },
      labels: LABELS,
      municipalities: all<Row>(db, 'SELECT * FROM municipalities ORDER BY code').map((r) => ({
        id: r.id as number,
        code: r.code as number,
        name: r.name as string,
        ean: r.ean as string | null,
        address: r.address as string | null,
        contactPerson: r.contact_person as string | null,
        contactEmail: r.contact_email as string | null,
        participatingFrom: r.participating_from as string | null,
        participatingTo: r.participating_to as string | null,
        financeReference: r.finance_reference as string | null,
        orderNumber: r.order_number as string | null,
        accountString: r.account_string as string | null,
        paymentTermsDays: r.payment_terms_days as number | null,
      })),
      mentors: all<Row>(db, 'SELECT * FROM mentors ORDER BY id').map(
        (r): ExportMentor => ({
          id: r.id as number,
          name: r.name as string,
          profession: r.profession as ExportMentor['profession'],
          employerMunicipalityId: r.employer_municipality_id as number,
          hoursPerWeek: r.hours_per_week as number,
          capacity: r.capacity as number,
          activeFrom: r.active_from as string,
          activeTo: r.active_to as string | null,
          schools: JSON.parse(r.schools_json as string) as string[],
          email: r.email as string | null,
          phone: r.phone as string | null,
        }),
      ),
      themes: all<Row>(db, 'SELECT * FROM themes ORDER BY position, id').map((r) => ({
        id: r.id as number,
        key: r.key as string | null,
        label: r.label as string,
        position: r.position as number,
        active: r.active === 1,
      })),
      mentees: people,
      courses: courseList,
      assignments: all<Row>(db, 'SELECT * FROM course_assignments ORDER BY course_id, from_date, id').map((r) => ({
        id: r.id as number,
        courseId: r.course_id as number,
        mentorId: r.mentor_id as number,
        fromDate: r.from_date as string,
        toDate: r.to_date as string | null,
        kind: r.kind as keyof typeof ASSIGNMENT_KINDS,
        overCapacityConfirmed: r.over_capacity_confirmed === 1,
        recordedAt: r.recorded_at as string,
      })),
      goals: all<Row>(db, 'SELECT * FROM goals ORDER BY course_id, id').map((r) => ({
        id: r.id as number,
        courseId: r.course_id as number,
        text: anonymousCourses.has(r.course_id as number) ? null : (r.text as string),
        status: r.status as keyof typeof GOAL_STATUSES,
      })),
      referrals: all<Row>(db, 'SELECT * FROM referrals ORDER BY referred_on, id').map((r) => ({
        id: r.id as number,
        courseId: r.course_id as number,
        offer: r.offer as keyof typeof OFFERS,
        municipalityId: r.municipality_id as number,
        referredOn: r.referred_on as string,
      })),
      payerPeriods: all<Row>(db, 'SELECT * FROM payer_periods ORDER BY course_id, from_date, id').map((r) => ({
        id: r.id as number,
        courseId: r.course_id as number,
        payer: r.payer as keyof typeof PAYERS,
        fromDate: r.from_date as string,
        toDate: r.to_date as string | null,
      })),
      contacts: contacts(db),
      checkpointMonths: all<{ months: number }>(db, 'SELECT months FROM checkpoint_months ORDER BY months').map((r) => r.months),
      checkpoints: all<Row>(db, 'SELECT * FROM checkpoints ORDER BY course_id, months').map((r) => ({
        id: r.id as number,
        courseId: r.course_id as number,
        months: r.months as number,
        status: r.status as string,
        learnedOn: r.learned_on as string,
        source: r.source as string,
        recordedAt: r.recorded_at as string,
      })),
      billingVersions: billingVersions(db),
      billingPayments: billingPayments(db),
      surveys: all<Row>(db, 'SELECT * FROM surveys ORDER BY year').map((s) => ({
        year: s.year as number,
        invitations: s.invitations as number,
        respondents: s.respondents as number,
        note: s.note as string | null,
        updatedOn: s.updated_on as string,
        questions: (questionsOf.all(s.year) as Row[]).map((q) => ({
          position: q.position as number,
          text: q.text as string,
          enig: q.count_enig as number,
          delvis: q.count_delvis as number,
          uenig: q.count_uenig as number,
          vedIkke: q.count_ved_ikke as number,
        })),
      })),
      privacyDecisions: all<Row>(db, 'SELECT * FROM privacy_requests ORDER BY decided_at, id').map((r) => ({
        id: r.id as number,
        kind: r.kind as 'erasure' | 'refusal' | 'retention',
        menteeId: r.mentee_id as number | null,
        reason: r.reason as string | null,
        retentionYears: r.retention_years as number | null,
        cutoff: r.cutoff as string | null,
        persons: r.persons as number,
        courses: r.courses as number,
        decidedAt: r.decided_at as string,
      })),
    };
  })();
}
