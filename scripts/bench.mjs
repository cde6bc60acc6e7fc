// npm run bench: bundles the TypeScript benchmark with Vite (as the app's backend is built) and runs it.
// Sizes: BENCH_MENTEES and BENCH_CONTACTS (default 100,000 and 1,000,000).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'vite';

// Inside the project, so the bundle finds better-sqlite3 in node_modules; one folder per run, as
// node_modules may be shared by several checkouts.
const out = path.resolve(`node_modules/.cache/mentorkorps-bench-${process.pid}`);
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'scripts/benchCaseload.ts',
      outDir: out,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { external: ['better-sqlite3-multiple-ciphers', 'electron', 'playwright-core', 'exceljs'], output: { format: 'cjs', entryFileNames: 'bench.cjs' } },
    },
  });
  const { runBench } = createRequire(import.meta.url)(path.join(out, 'bench.cjs'));
  await runBench();
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
