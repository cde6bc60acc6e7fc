// The national benchmark compares the app's statistics with the minimal SQL (scripts/statisticsMinimalSql.ts);
// the comparison is only honest while both give the same figures. On a tiny national file, for every
// year and each kind of filter, they must. (No timings: tests never assert them.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { buildNationalFile, nationalSize, NATIONAL_TODAY, NATIONAL_YEARS } from '../../scripts/nationalFile';
import { minimalFigures } from '../../scripts/statisticsMinimalSql';
import { appFigures, figureDifferences } from '../../scripts/statisticsFigures';
import type { StatisticsFilter } from '../../shared/statistics/types';

let backend: TestBackend;
const filters: StatisticsFilter[] = [];

beforeAll(async () => {
  backend = makeBackend(NATIONAL_TODAY);
  await buildNationalFile(backend, nationalSize(0.002));
  const { db } = backend.ctx;
  const none = { municipalityId: null, mentorId: null, education: null };
  filters.push(none);
  // The municipalities with most mentees, and one with few; every mentor; one education; and a combination.
  const municipalities = db.prepare('SELECT home_municipality_id FROM mentees GROUP BY 1 ORDER BY count(*) DESC, 1').pluck().all() as number[];
  for (const id of [municipalities[0], municipalities[1], municipalities[municipalities.length - 1]]) filters.push({ ...none, municipalityId: id });
  for (const id of db.prepare('SELECT id FROM mentors ORDER BY id').pluck().all() as number[]) filters.push({ ...none, mentorId: id });
  filters.push({ ...none, education: 'sosu_hjaelper' });
  filters.push({ municipalityId: municipalities[0], mentorId: 1, education: 'sosu_assistent' });
}, 120_000);

afterAll(() => backend?.cleanup());

describe('the national file', () => {
  it('has the national shape at a small scale', () => {
    const { db } = backend.ctx;
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM municipalities')).toBe(98);
    expect(count('SELECT count(*) FROM contacts')).toBe(2000);
    expect(count("SELECT count(*) FROM contacts WHERE type = 'gruppe'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM contacts WHERE type = 'klasse'")).toBeGreaterThan(0);
    expect(count('SELECT count(DISTINCT substr(contact_date, 1, 4)) FROM contacts')).toBe(7);
    expect(count('SELECT count(*) FROM billing_versions WHERE locked_on IS NOT NULL')).toBe(7);
    expect(count('SELECT count(*) FROM billing_participants')).toBe(7 * 98);
    expect(count('SELECT count(*) FROM courses WHERE last_contact_on IS NOT NULL')).toBeGreaterThan(0);
    // Planner statistics only as the app makes them itself (PRAGMA optimize after migrating); the builder runs no ANALYZE.
  });

  it('gives the same figures by the minimal SQL as by statistics.get, for every year and filter', async () => {
    let compared = 0;
    for (const year of NATIONAL_YEARS) {
      for (const filter of filters) {
        const app = appFigures(await backend.registry.call('statistics.get', { year, ...filter }));
        const minimal = minimalFigures(backend.ctx.db, year, filter, NATIONAL_TODAY);
        expect(figureDifferences(app, minimal), `${year} ${JSON.stringify(filter)}`).toEqual([]);
        compared += app.persons;
      }
    }
    // The comparison compared something: persons were reached under the filters.
    expect(compared).toBeGreaterThan(100);
  });
});
