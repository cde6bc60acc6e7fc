// Bundles the kill-trial child with Vite (as the app's backend is built) into a runnable CommonJS file.
import path from 'node:path';
import { build } from 'vite';

export async function buildChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: path.resolve(import.meta.dirname, 'child.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { external: ['better-sqlite3-multiple-ciphers', 'electron', 'playwright-core', 'exceljs'], output: { format: 'cjs', entryFileNames: 'child.cjs' } },
    },
  });
  return path.join(outDir, 'child.cjs');
}
