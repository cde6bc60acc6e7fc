// The figures of one year's statistics that are counted from the case data, in one comparable shape:
// read from the app's `statistics.get` result (appFigures) or computed by the minimal SQL
// (statisticsMinimalSql.ts). Zero counts are left out on both sides, as the app lists some rows with
// zeros (mentors employed in the year, municipalities in the key) and the SQL has no row for them.
import type { YearStatistics } from '../shared/statistics/types';

export interface MentorFigures {
  persons: number;
  contacts: number;
  hours: number;
  openCourses: number;
}

export interface Figures {
  /** "month|type" → contacts. */
  contactsByMonthType: Record<string, number>;
  hours: number;
  heads: number;
  persons: number;
  participations: number;
  byMunicipality: Record<string, number>;
  byEducation: Record<string, number>;
  byPhase: Record<string, number>;
  mentors: Record<string, MentorFigures>;
  themes: Record<string, { contacts: number; persons: number }>;
  referrals: Record<string, number>;
  outcomes: Record<string, number>;
  /** "year|months" → the follow-up figure (the year's and the trend's). */
  followUp: Record<string, { due: number; reached: number; known: number; positive: number }>;
}

export const emptyFigures = (): Figures => ({
  contactsByMonthType: {},
  hours: 0,
  heads: 0,
  persons: 0,
  participations: 0,
  byMunicipality: {},
  byEducation: {},
  byPhase: {},
  mentors: {},
  themes: {},
  referrals: {},
  outcomes: {},
  followUp: {},
});

/** As the app rounds hours: to one decimal. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

const nonZero = (entries: Array<[string | number, number]>) => Object.fromEntries(entries.filter(([, n]) => n !== 0).map(([k, n]) => [String(k), n]));

export function appFigures(s: YearStatistics): Figures {
  const followUp: Figures['followUp'] = {};
  for (const f of [...s.followUp.trend, ...s.followUp.figures]) {
    if (f.due > 0) followUp[`${f.year}|${f.months}`] = { due: f.due, reached: f.reached, known: f.known, positive: f.positive };
  }
  return {
    contactsByMonthType: nonZero(s.contacts.byMonth.flatMap((m) => Object.entries(m.byType).map(([type, n]): [string, number] => [`${m.month}|${type}`, n]))),
    hours: s.contacts.hours,
    heads: s.contacts.classSessionHeads,
    persons: s.persons.total,
    participations: s.persons.participations,
    byMunicipality: nonZero(s.persons.byMunicipality.map((m) => [m.municipalityId, m.persons])),
    byEducation: nonZero(s.persons.byEducation.map((e) => [e.education, e.persons])),
    byPhase: nonZero(s.persons.byPhase.map((p) => [p.phase, p.persons])),
    mentors: Object.fromEntries(
      s.mentors
        .filter((m) => m.persons || m.contacts || m.contactHours || m.openCourses)
        .map((m) => [String(m.mentorId), { persons: m.persons, contacts: m.contacts, hours: m.contactHours, openCourses: m.openCourses }]),
    ),
    themes: Object.fromEntries(s.themes.map((t) => [String(t.themeId), { contacts: t.contacts, persons: t.persons }])),
    referrals: nonZero(s.referrals.map((r) => [r.offer, r.count])),
    outcomes: nonZero(s.outcomes.byOutcome.map((o) => [o.outcome, o.count])),
    followUp,
  };
}

/** Canonical JSON (sorted keys), so equal figures give equal text. */
function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, canonical((x as Record<string, unknown>)[k])]));
  return x;
}

/** The figure groups that differ, each with both values; empty when the figures are the same. */
export function figureDifferences(app: Figures, minimal: Figures): string[] {
  return (Object.keys(app) as (keyof Figures)[])
    .filter((k) => JSON.stringify(canonical(app[k])) !== JSON.stringify(canonical(minimal[k])))
    .map((k) => `${k}: app ${JSON.stringify(canonical(app[k])).slice(0, 300)} ≠ minimal SQL ${JSON.stringify(canonical(minimal[k])).slice(0, 300)}`);
}
