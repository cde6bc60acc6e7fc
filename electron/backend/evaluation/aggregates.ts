// The annual statistics: the contact counts from the per-year summaries (summaryCounts.ts), the
// course-level counts as SQL aggregates; never a load of the contacts into JavaScript. The rules they
// implement are in shared/statistics/definitions.ts; the result feeds the dashboard, the report and the workbook.
import type Database from 'better-sqlite3-multiple-ciphers';
import { EDUCATIONS, EDUCATION_KEYS, OFFER_KEYS, OUTCOME_KEYS, PHASE_KEYS, type ContactType, type Phase } from '../../../shared/caseload';
import { fieldError } from '../../../shared/errors';
import { compareDanish } from '../../../shared/format';
import {
  COUNTED_CONTACT_TYPE_KEYS,
  contactsPerPerson,
  contractHours,
  phaseReach,
  reach as reachRate,
  reportPeriod,
  retentionRate,
  valueForMoney,
  yearBounds,
} from '../../../shared/statistics/definitions';
import type { BillingSummary, MentorRow, MunicipalityReachRow, StatisticsFilter, StatisticsYears, YearStatistics } from '../../../shared/statistics/types';
import { getVersion } from '../billing/store';
import type { BackendContext } from '../context';
import { getSurvey } from './survey';
import { followUpStatistics } from './followUp';
import { flushStatisticsSummaries } from './summaries';
import { summaryCounts, type CountSource } from './summaryCounts';
import { courseCounts, type CourseParams } from './courseCounts';

type DB = Database.Database;

const MENTORS_IN_YEAR = `SELECT id, name, capacity, hours_per_week, active_from, active_to FROM mentors
  WHERE (@mentor IS NULL OR id = @mentor) AND active_from <= @to AND (active_to IS NULL OR active_to >= @from)`;

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The years the statistics cover: from the first registered data to this year (or a later billing year). */
function yearRange(db: DB, currentYear: number): { first: number; last: number } {
  const r = db
    .prepare(
      `SELECT
         (SELECT CAST(substr(min(contact_date), 1, 4) AS INTEGER) FROM contacts) AS contacts_min,
         (SELECT CAST(substr(min(referral_date), 1, 4) AS INTEGER) FROM courses) AS courses_min,
         (SELECT min(year) FROM billing_versions) AS billing_min,
         (SELECT max(year) FROM billing_versions) AS billing_max,
         (SELECT min(year) FROM surveys) AS survey_min`,
    )
    .get() as Record<'contacts_min' | 'courses_min' | 'billing_min' | 'billing_max' | 'survey_min', number | null>;
  const first = Math.min(currentYear, ...[r.contacts_min, r.courses_min, r.billing_min, r.survey_min].filter((y): y is number => y !== null));
  const last = Math.max(currentYear, r.billing_max ?? currentYear);
  return { first, last };
}

/** The years to choose from, with the municipalities and mentors for the filters. */
export function statisticsYears(db: DB, today: string): StatisticsYears {
  const currentYear = Number(today.slice(0, 4));
  const { first, last } = yearRange(db, currentYear);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const named = (sql: string) => (db.prepare(sql).all() as { id: number; name: string }[]).sort((a, b) => compareDanish(a.name, b.name));
  return {
    years,
    currentYear,
    municipalities: named('SELECT id, name FROM municipalities'),
    mentors: named('SELECT id, name FROM mentors'),
  };
}

/** Refuses a year the data do not cover, naming the field. */
export function assertYearInData(db: DB, year: number, today: string, field = 'year'): void {
  const { first, last } = yearRange(db, Number(today.slice(0, 4)));
  if (year < first || year > last) {
    throw fieldError(field, `År ${year} ligger uden for data. Vælg et år fra ${first} til ${last}.`);
  }
}

/** The year's key as billed: the newest issued version, or the newest draft while none is issued. */
function yearBilling(ctx: BackendContext, year: number): BillingSummary | null {
  const row = ctx.db.prepare('SELECT id FROM billing_versions WHERE year = ? ORDER BY locked_on IS NOT NULL DESC, version DESC LIMIT 1').get(year) as
    | { id: number }
    | undefined;
  if (!row) return null;
  const v = getVersion(ctx, row.id);
  return {
    versionId: v.id,
    version: v.version,
    locked: v.lockedOn !== null,
    budgetOere: v.budgetOere,
    totalStudents: v.totalStudents,
    rows: v.key.map((k) => ({ municipalityId: k.municipalityId, name: k.name, code: k.code, students: k.students, shareBasisPoints: k.shareBasisPoints, amountOere: k.amountOere, phaseStudents: k.phaseStudents })),
  };
}

/** `counts`: where the contact counts come from; the tests pass a recount from the base tables. */
export function yearStatistics(ctx: BackendContext, year: number, filter: StatisticsFilter, counts: CountSource = summaryCounts): YearStatistics {
  const { db } = ctx;
  const today = ctx.today();
  assertYearInData(db, year, today);
  const municipality = filter.municipalityId
    ? (db.prepare('SELECT id, name, code FROM municipalities WHERE id = ?').get(filter.municipalityId) as { id: number; name: string; code: number } | undefined)
    : null;
  if (municipality === undefined) throw fieldError('municipalityId', 'Kommunen findes ikke.');
  const mentor = filter.mentorId ? (db.prepare('SELECT name FROM mentors WHERE id = ?').get(filter.mentorId) as { name: string } | undefined) : null;
  if (mentor === undefined) throw fieldError('mentorId', 'Mentoren findes ikke.');

  const { from, to } = yearBounds(year);
  const course: CourseParams = { from, to, mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education };
  // A safety net for a write outside the registry (every write path flushes already): one look-up of an empty table.
  flushStatisticsSummaries(db);
  const counted = counts(db, { ...course, year });

  // Contacts by month and type; totals, hours and heads follow from the same rows.
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, byType: Object.fromEntries(COUNTED_CONTACT_TYPE_KEYS.map((t) => [t, 0])) as Record<ContactType, number>, total: 0 }));
  const byType = new Map<ContactType, number>(COUNTED_CONTACT_TYPE_KEYS.map((t) => [t, 0]));
  let minutes = 0;
  let heads = 0;
  for (const r of counted.byMonthType) {
    byMonth[r.month - 1].byType[r.type] += r.n;
    byMonth[r.month - 1].total += r.n;
    byType.set(r.type, (byType.get(r.type) ?? 0) + r.n);
    minutes += r.minutes;
    heads += r.heads;
  }
  const mentorContacts = counted.mentorContacts;
  const totalContacts = byMonth.reduce((s, m) => s + m.total, 0);

  const persons = counted.persons;
  const billing = yearBilling(ctx, year);
  const keyStudents = new Map(billing?.rows.map((r) => [r.municipalityId, r.students]) ?? []);
  const reachApplies = billing !== null && filter.mentorId === null && filter.education === null;

  // Municipalities with persons reached, and (unfiltered or when it is the filter) those in the key.
  const personsByMunicipality = counted.byMunicipality;
  const municipalityIds = new Set([...personsByMunicipality.keys(), ...[...keyStudents.keys()].filter((id) => filter.municipalityId === null || id === filter.municipalityId)]);
  const municipalityInfo = new Map(
    (db.prepare('SELECT id, name, code FROM municipalities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...municipalityIds])) as { id: number; name: string; code: number }[]).map(
      (m) => [m.id, m],
    ),
  );
  const byMunicipality: MunicipalityReachRow[] = [...municipalityIds]
    .map((id) => {
      const info = municipalityInfo.get(id)!;
      const n = personsByMunicipality.get(id) ?? 0;
      const students = keyStudents.get(id) ?? null;
      return { municipalityId: id, name: info.name, code: info.code, persons: n, students, reach: reachApplies && students !== null ? reachRate(n, students) : null };
    })
    .sort((a, b) => compareDanish(a.name, b.name));
  const keyRows = byMunicipality.filter((m) => m.students !== null);
  const reachPersons = keyRows.reduce((s, m) => s + m.persons, 0);
  const reachStudents = keyRows.reduce((s, m) => s + (m.students ?? 0), 0);

  const byEducation = counted.byEducation;
  const byPhase = new Map<Phase, number>();
  for (const r of counted.byMunicipalityPhase) byPhase.set(r.phase, (byPhase.get(r.phase) ?? 0) + r.persons);

  // Mentors employed in the report period (to today in the current year), plus any who had contacts in the year.
  const period = reportPeriod(year, today);
  const day = period.to;
  const mentorPersons = counted.byMentor;
  const { openCourses, referrals: referralCounts, outcomes: outcomeCounts } = courseCounts(db, course, day);
  type MentorDb = { id: number; name: string; capacity: number; hours_per_week: number; active_from: string; active_to: string | null };
  const mentorRows = new Map((db.prepare(MENTORS_IN_YEAR).all({ from, to: period.to, mentor: filter.mentorId }) as MentorDb[]).map((m) => [m.id, m]));
  // Mentors outside their active period who still had contacts in the year, fetched in one query.
  const inactive = [...mentorContacts.keys()].filter((id) => !mentorRows.has(id));
  if (inactive.length) {
    const extra = db.prepare('SELECT id, name, capacity, hours_per_week, active_from, active_to FROM mentors WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(inactive)) as MentorDb[];
    for (const m of extra) mentorRows.set(m.id, m);
  }
  const mentors: MentorRow[] = [...mentorRows.values()]
    .map((m) => ({
      mentorId: m.id,
      name: m.name,
      capacity: m.capacity,
      hoursPerWeek: m.hours_per_week,
      openCourses: openCourses.get(m.id) ?? 0,
      persons: mentorPersons.get(m.id) ?? 0,
      contacts: mentorContacts.get(m.id)?.n ?? 0,
      contactHours: hours(mentorContacts.get(m.id)?.minutes ?? 0),
      contractHours: contractHours(m.hours_per_week, m.active_from, m.active_to, period),
    }))
    .sort((a, b) => compareDanish(a.name, b.name));

  const themeContacts = counted.themeContacts;
  const themePersons = counted.themePersons;
  const themes = (db.prepare('SELECT id, label, position FROM themes ORDER BY position').all() as { id: number; label: string }[])
    .filter((t) => themeContacts.has(t.id))
    .map((t) => ({ themeId: t.id, label: t.label, contacts: themeContacts.get(t.id) ?? 0, persons: themePersons.get(t.id) ?? 0 }))
    .sort((a, b) => b.contacts - a.contacts || compareDanish(a.label, b.label));

  const retention = retentionRate(Object.fromEntries(outcomeCounts));
  const closed = [...outcomeCounts.values()].reduce((s, n) => s + n, 0);

  const unfiltered = filter.municipalityId === null && filter.mentorId === null && filter.education === null;
  const value =
    billing && unfiltered
      ? valueForMoney(
          byMunicipality.map((m) => ({
            municipalityId: m.municipalityId,
            amountOere: billing.rows.find((r) => r.municipalityId === m.municipalityId)?.amountOere ?? 0,
            persons: m.persons,
          })),
        ).map((v, i) => ({ ...v, name: byMunicipality[i].name }))
      : null;

  const labels = [municipality?.name, mentor?.name, filter.education ? EDUCATIONS[filter.education] : null].filter(Boolean);
  return {
    year,
    filter,
    filterLabel: labels.length ? labels.join(', ') : null,
    from,
    to,
    period,
    hasData: totalContacts > 0 || closed > 0 || referralCounts.size > 0,
    contacts: {
      total: totalContacts,
      byType: COUNTED_CONTACT_TYPE_KEYS.map((type) => ({ type, count: byType.get(type) ?? 0 })),
      byMonth,
      hours: hours(minutes),
      classSessionHeads: heads,
    },
    persons: {
      total: persons.persons,
      participations: persons.participations,
      contactsPerPerson: contactsPerPerson(persons.participations, persons.persons),
      byMunicipality,
      byEducation: EDUCATION_KEYS.filter((e) => byEducation.has(e)).map((education) => ({ education, persons: byEducation.get(education) ?? 0 })),
      byPhase: PHASE_KEYS.filter((ph) => byPhase.has(ph)).map((phase) => ({ phase, persons: byPhase.get(phase) ?? 0 })),
    },
    reach: reachApplies ? { persons: reachPersons, students: reachStudents, rate: reachRate(reachPersons, reachStudents) } : null,
    // Under a municipality filter only that municipality's counts apply (its persons are all that were counted).
    phaseReach:
      reachApplies && billing ? phaseReach(counted.byMunicipalityPhase, billing.rows.filter((r) => filter.municipalityId === null || r.municipalityId === filter.municipalityId)) : null,
    caseloadDate: day,
    mentors,
    themes,
    referrals: OFFER_KEYS.filter((o) => referralCounts.has(o)).map((offer) => ({ offer, count: referralCounts.get(offer) ?? 0 })),
    outcomes: {
      byOutcome: OUTCOME_KEYS.filter((o) => outcomeCounts.has(o)).map((outcome) => ({ outcome, count: outcomeCounts.get(outcome) ?? 0 })),
      closed,
      known: retention.known,
      retained: retention.retained,
      retentionRate: retention.rate,
    },
    valueForMoney: value,
    billing,
    survey: getSurvey(db, year),
    followUp: followUpStatistics(db, year, filter, today),
  };
}
