// npm run bench: bundles the TypeScript benchmarks with Vite (as the app's backend is built) and runs them:
// the caseload queries and encryption (benchCaseload.ts), the import (benchImport.ts), then the national
// file's statistics, printing and start-up against their targets (benchNational.ts; its printing and
// web-mode rows need `npm run build`). `npm run bench:import` / `bench:national` run one part alone.
// Sizes: BENCH_MENTEES and BENCH_CONTACTS (default 100,000 and 1,000,000); BENCH_IMPORT_ROWS (default 10000,100000);
// BENCH_NATIONAL_SCALE (default 1: 100,000 mentees, 1,000,000 contacts), BENCH_NATIONAL_YEAR, BENCH_NATIONAL_RUNS.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'vite';

const parts = process.argv.slice(2);
const wanted = (part) => parts.length === 0 || parts.includes(part);

/** Builds `entry` into a CommonJS bundle in its own folder and returns its exports. */
async function bundle(entry, out) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: out,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { external: ['better-sqlite3-multiple-ciphers', 'electron', 'playwright-core', 'exceljs'], output: { format: 'cjs', entryFileNames: 'bench.cjs' } },
    },
  });
  return createRequire(import.meta.url)(path.join(out, 'bench.cjs'));
}

// Inside the project, so the bundle finds better-sqlite3 in node_modules; one folder per run, as
// node_modules may be shared by several checkouts.
const out = path.resolve(`node_modules/.cache/mentorkorps-bench-${process.pid}`);
try {
  if (wanted('caseload')) {
    const { runBench } = await bundle('scripts/benchCaseload.ts', path.join(out, 'caseload'));
    await runBench();
  }
  if (wanted('import')) {
    const { runImportBench } = await bundle('scripts/benchImport.ts', path.join(out, 'import'));
    await runImportBench();
  }
  if (wanted('national')) {
    const { runNationalBench } = await bundle('scripts/benchNational.ts', path.join(out, 'national'));
    await runNationalBench();
  }
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
