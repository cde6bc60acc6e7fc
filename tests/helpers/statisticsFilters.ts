// The statistics filters the summary tests compare: none, each municipality, mentor and education,
// and combinations of them (a mentor within each municipality, a municipality with an education).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Education } from '../../shared/caseload';
import type { StatisticsFilter } from '../../shared/statistics/types';

export const NO_FILTER: StatisticsFilter = { municipalityId: null, mentorId: null, education: null };

export function statisticsFilters(db: Database.Database): StatisticsFilter[] {
  const col = (sql: string) => db.prepare(sql).pluck().all() as never[];
  const munis: number[] = col('SELECT id FROM municipalities ORDER BY id');
  const mentors: number[] = col('SELECT id FROM mentors ORDER BY id');
  const edus: Education[] = col('SELECT DISTINCT education FROM mentees ORDER BY 1');
  const none = NO_FILTER;
  return [
    none,
    ...munis.map((municipalityId) => ({ ...none, municipalityId })),
    ...mentors.map((mentorId) => ({ ...none, mentorId })),
    ...edus.map((education) => ({ ...none, education })),
    ...munis.map((municipalityId) => ({ ...none, municipalityId, mentorId: mentors[0] ?? null })),
    ...edus.slice(0, 1).flatMap((education) => munis.map((municipalityId) => ({ municipalityId, mentorId: mentors[0] ?? null, education }))),
    ...edus.slice(0, 2).map((education) => ({ ...none, municipalityId: munis[0] ?? null, education })),
  ];
}
