// Builds the national benchmark file (#13) in an unlocked backend, as a coordinator's file would be:
// municipalities, mentors and one issued billing key per year through the registry; the case data
// by direct inserts (nationalCaseload.ts); then what the app derives, the way the app derives it
// (last contact per course; the statistics summaries once that module exists). No ANALYZE.
// Scale 1: 98 municipalities, 250 mentors, 100,000 mentees, 1,000,000 contacts over 2020–2026.
import type { Backend } from '../electron/backend/index';
import { refreshLastContact } from '../electron/backend/caseload/courseRows';
import { flushStatisticsSummaries } from '../electron/backend/evaluation/summaries';
import { demoEan } from '../electron/backend/demo/roster';
import { seededRandom } from '../electron/backend/demo/caseload';
import { PROFESSION_KEYS } from '../shared/reference';
import { PHASE_KEYS, type Phase } from '../shared/caseload';
import { NATIONAL_MUNICIPALITIES } from './nationalMunicipalities';
import { insertNationalCaseload } from './nationalCaseload';

export const NATIONAL_TODAY = '2026-11-23';
export const NATIONAL_FIRST_YEAR = 2020;
export const NATIONAL_YEARS = Array.from({ length: 7 }, (_, i) => NATIONAL_FIRST_YEAR + i);

export interface NationalSize {
  mentors: number;
  mentees: number;
  contacts: number;
}

/** The national size times `scale` (municipalities stay 98: every billing key has all of them). */
export function nationalSize(scale: number): NationalSize {
  return { mentors: Math.max(3, Math.round(250 * scale)), mentees: Math.max(10, Math.round(100_000 * scale)), contacts: Math.max(50, Math.round(1_000_000 * scale)) };
}

/** BENCH_NATIONAL_SCALE (default 1). */
export const scaleFromEnv = (env: NodeJS.ProcessEnv = process.env) => {
  const s = Number(env.BENCH_NATIONAL_SCALE ?? 1);
  if (!(s > 0 && s <= 1)) throw new Error(`BENCH_NATIONAL_SCALE must be in (0, 1], not ${env.BENCH_NATIONAL_SCALE}`);
  return s;
};

/** Brings what the app derives from the case data up to date, as the app's own code does. */
export async function deriveAsTheAppDoes(backend: Backend): Promise<{ summaries: boolean }> {
  const { db } = backend.ctx;
  refreshLastContact(db, 'all');
  // The direct inserts marked their contacts for the statistics summaries; the app's own flush adds them.
  db.transaction(() => flushStatisticsSummaries(db))();
  return { summaries: true };
}

export async function buildNationalFile(backend: Backend, size: NationalSize): Promise<{ courses: number; summaries: boolean }> {
  const { registry } = backend;
  const { db } = backend.ctx;
  const rng = seededRandom(98);
  await registry.call('setup.startEmpty', { corpsName: 'Nationalt Mentorkorps' });
  const municipalities: [number, number][] = [];
  for (const m of NATIONAL_MUNICIPALITIES) {
    const created = await registry.call('municipalities.create', {
      name: m.name,
      code: m.code,
      ean: demoEan(m.code),
      address: `Rådhuset, ${m.name}`,
      contactPerson: 'Uddannelseskonsulent',
      participatingFrom: `${NATIONAL_FIRST_YEAR}-01-01`,
    });
    municipalities.push([created.id, m.weight]);
  }
  // One in ten mentors left mid-2023, one in ten started then; the rest served all seven years.
  const mentors: { id: number; from: string; to: string | null }[] = [];
  for (let i = 0; i < size.mentors; i++) {
    const from = i % 10 === 1 ? '2023-07-01' : `${NATIONAL_FIRST_YEAR}-01-01`;
    const to = i % 10 === 0 ? '2023-06-30' : null;
    const created = await registry.call('mentors.create', {
      name: `Mentor ${String(i + 1).padStart(3, '0')}`,
      profession: PROFESSION_KEYS[i % PROFESSION_KEYS.length],
      employerMunicipalityId: municipalities[i % municipalities.length][0],
      hoursPerWeek: i % 4 === 0 ? 30 : 37,
      capacity: 30,
      activeFrom: from,
      activeTo: to,
    });
    mentors.push({ id: created.id, from, to });
  }
  const { courses } = db.transaction(() =>
    insertNationalCaseload(db, { today: NATIONAL_TODAY, mentees: size.mentees, contacts: size.contacts, municipalities, mentors, firstDay: `${NATIONAL_FIRST_YEAR}-01-01` }),
  )();
  for (const year of NATIONAL_YEARS) {
    const participants = municipalities.map(([municipalityId, weight]) => {
      const students = Math.round(weight * 40 * (0.9 + 0.2 * rng()));
      // From 2024 the key also gives students per phase (reach by phase).
      const phaseStudents = year >= 2024 ? (Object.fromEntries(PHASE_KEYS.map((p) => [p, Math.floor(students / 5)])) as Record<Phase, number>) : undefined;
      return { municipalityId, students, countDate: `${year - 1}-09-05`, source: 'Elevtal fra skolerne pr. 5. september', phaseStudents };
    });
    const version = await registry.call('billing.create', {
      year,
      participants,
      costLines: [
        { kind: 'loen', description: `${size.mentors} mentorer`, amountOere: size.mentors * 55_000_000 },
        { kind: 'husleje', description: 'Kontorer', amountOere: 2_000_000_000 },
      ],
      instalmentDueDates: [`${year}-01-01`, `${year}-04-01`, `${year}-07-01`, `${year}-10-01`],
      paymentTermsDays: 30,
      payeeName: 'Nationalt Mentorkorps',
      payeeCvr: '35209115',
      payeeAddress: 'Flakhaven 2, 5000 Odense C',
      payeeEan: demoEan(101),
      payeeRegNo: '1234',
      payeeAccount: '0012345678',
      statementText: 'Mentorkorpset finansieres af landets kommuner efter en årlig fordelingsnøgle.',
      contactName: 'Koordinator',
    });
    await registry.call('billing.issue', { id: version.id, acceptWarnings: true });
  }
  const { summaries } = await deriveAsTheAppDoes(backend);
  return { courses, summaries };
}
