// `npm run bench:national` (#13): builds the national file (nationalFile.ts), reopens it as a user
// would, and times each call against its target: statistics through the registry beside the minimal
// SQL for the same figures (checked equal, or the run fails), evaluation .xlsx and PDF, 98 statements
// against a blank A4 page in the same Chromium, a contact write, and in web mode the course list
// after navigation and from start to first rows (benchNationalWeb.ts). Printing and web mode need
// `npm run build` (dist/ and dist-electron/web.cjs). Sizes: BENCH_NATIONAL_SCALE (default 1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend, type Backend } from '../electron/backend/index';
import { startBridge } from '../electron/backend/httpBridge';
import { chromiumPrinter } from '../electron/backend/pdf/chromium';
import type { Kdfs } from '../electron/backend/datafile/keys';
import type { StatisticsFilter } from '../shared/statistics/types';
import { buildNationalFile, nationalSize, NATIONAL_TODAY, scaleFromEnv } from './nationalFile';
import { minimalFigures } from './statisticsMinimalSql';
import { appFigures, figureDifferences } from './statisticsFigures';
import { benchPrinting } from './benchNationalPrint';
import { benchWeb } from './benchNationalWeb';
import { median, printTable, type ResultRow } from './benchNationalTable';

const PASSPHRASE = 'grøn cykel under broen';
const KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };
const YEAR = Number(process.env.BENCH_NATIONAL_YEAR ?? 2025);
const RUNS = Number(process.env.BENCH_NATIONAL_RUNS ?? 7);
const BUILT = path.resolve('dist/index.html');

/**
 * A write that changes no figure (a setting set to itself). The app keeps its last statistics answer until
 * anything is written (keptStatistics.ts); the rows below time the computation a call makes after a change.
 */
function touchData(backend: Backend): void {
  backend.ctx.db.prepare("UPDATE settings SET value = value WHERE key = 'corps_name'").run();
}

async function timeMedian(runs: number, work: () => unknown, before: () => void = () => undefined): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** App and minimal SQL for one filter; throws when their figures differ (the comparison would lie). */
async function statisticsRow(backend: Backend, label: string, filter: StatisticsFilter): Promise<ResultRow> {
  const { db } = backend.ctx;
  const input = { year: YEAR, ...filter };
  const differences = figureDifferences(appFigures(await backend.registry.call('statistics.get', input)), minimalFigures(db, YEAR, filter, NATIONAL_TODAY));
  if (differences.length) throw new Error(`The minimal SQL and statistics.get differ for ${label}:\n${differences.join('\n')}`);
  // Alternating, so neither side gets a warmer cache.
  const app: number[] = [];
  const minimal: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await timeMedian(1, () => backend.registry.call('statistics.get', input), () => touchData(backend)));
    minimal.push(await timeMedian(1, () => minimalFigures(db, YEAR, filter, NATIONAL_TODAY)));
  }
  const a = median(app);
  const m = median(minimal);
  return { label, app: a, baseline: m, baselineLabel: 'minimal SQL', ratio: a / m, targetMs: 150, targetRatio: 1.3 };
}

async function buildFile(dataFile: string, scale: number, size: ReturnType<typeof nationalSize>, log: (line: string) => void): Promise<void> {
  const t = performance.now();
  const builder = startBackend(dataFile, 'bench', () => NATIONAL_TODAY, { kdfs: KDFS });
  let built;
  try {
    builder.vault.setup(PASSPHRASE);
    built = await buildNationalFile(builder, size);
  } finally {
    builder.close();
  }
  log(`National file (scale ${scale}): 98 municipalities, ${size.mentors} mentors, ${size.mentees.toLocaleString('da-DK')} mentees, ` +
    `${built.courses.toLocaleString('da-DK')} courses with a mentor, ${size.contacts.toLocaleString('da-DK')} contacts 2020–2026; ` +
    `statistics summaries ${built.summaries ? 'flushed' : 'not in this version'}; built in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
}

export async function runNationalBench(log: (line: string) => void = console.log): Promise<void> {
  const scale = scaleFromEnv();
  const size = nationalSize(scale);
  // BENCH_NATIONAL_FILE keeps the built file there and reuses it on the next run (it takes minutes to build).
  const kept = process.env.BENCH_NATIONAL_FILE ? path.resolve(process.env.BENCH_NATIONAL_FILE) : null;
  const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-national-'));
  const dataFile = kept ?? path.join(dir, 'national.sqlite');
  try {
    if (kept && fs.existsSync(kept)) log(`Reusing the national file ${kept} (BENCH_NATIONAL_FILE).`);
    else await buildFile(dataFile, scale, size, log);
    // Reopened as a user opens the file: whatever the app does at open and close has happened.
    const t = performance.now();
    const backend = startBackend(dataFile, 'bench', () => NATIONAL_TODAY);
    backend.vault.unlock(PASSPHRASE);
    log(`Reopened and unlocked in ${(performance.now() - t).toFixed(0)} ms. Statistics year ${YEAR}, medians of ${RUNS} runs.`);
    // Writes wait for the file's integrity check; the rows below write between runs (touchData).
    const c = performance.now();
    await backend.vault.integrityChecked();
    log(`Integrity check passed in ${((performance.now() - c) / 1000).toFixed(1)} s.`);
    const rows: ResultRow[] = [];
    try {
      const { db } = backend.ctx;
      const none = { municipalityId: null, mentorId: null, education: null };
      const bigMunicipality = db.prepare('SELECT home_municipality_id FROM mentees GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1').pluck().get() as number;
      const busyMentor = db.prepare("SELECT mentor_id FROM contacts WHERE contact_date LIKE ? GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").pluck().get(`${YEAR}-%`) as number;
      rows.push(await statisticsRow(backend, `statistics ${YEAR}, no filter`, none));
      rows.push(await statisticsRow(backend, `statistics ${YEAR}, one municipality`, { ...none, municipalityId: bigMunicipality }));
      rows.push(await statisticsRow(backend, `statistics ${YEAR}, one mentor`, { ...none, mentorId: busyMentor }));
      rows.push({ label: 'evaluation .xlsx', app: await timeMedian(3, () => backend.registry.call('evaluation.exportXlsx', { year: YEAR }), () => touchData(backend)), targetMs: 300 });
      // The same figures again with nothing written in between: the kept answer.
      await backend.registry.call('statistics.get', { year: YEAR });
      rows.push({ label: `statistics ${YEAR} again, nothing written since`, app: await timeMedian(RUNS, () => backend.registry.call('statistics.get', { year: YEAR })) });

      const open = db.prepare('SELECT id, mentor_id FROM courses WHERE closed_on IS NULL AND mentor_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: number; mentor_id: number };
      rows.push({
        label: 'one contact write (contacts.create)',
        app: await timeMedian(RUNS, () => backend.registry.call('contacts.create', { type: 'individuel', date: NATIONAL_TODAY, mentorId: open.mentor_id, durationMinutes: 30, themeIds: [], courseIds: [open.id] })),
      });

      if (fs.existsSync(BUILT)) {
        const bridge = await startBridge({ registry: backend.registry, staticDir: path.dirname(BUILT), port: 0 });
        try {
          backend.ctx.pdfPrinter = chromiumPrinter(bridge.url, () => bridge.printerCookie());
          rows.push(...(await benchPrinting(backend, YEAR, log, () => touchData(backend))));
        } finally {
          await bridge.close();
        }
      } else log('No dist/: run `npm run build` for the printing and web-mode rows.');
    } finally {
      backend.close();
    }
    if (fs.existsSync(BUILT)) rows.push(...(await benchWeb(dataFile, PASSPHRASE, NATIONAL_TODAY, log)));
    printTable(rows, log);
  } finally {
    if (!kept) fs.rmSync(dir, { recursive: true, force: true });
  }
}
