// Builds the main process, preload and web-bridge entry into dist-electron/ as CommonJS for Node/Electron.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Bundled rather than required from node_modules: zod's CommonJS entry alone is ~95 files (every
  // locale) and took 40–180 ms of the web server's start; bundled, only what is used is read.
  ssr: { noExternal: ['zod', 'fflate', 'fast-xml-parser'] },
  build: {
    ssr: true,
    outDir: 'dist-electron',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      input: { main: 'electron/main.ts', preload: 'electron/preload.ts', web: 'electron/web.ts' },
      external: ['electron', 'better-sqlite3-multiple-ciphers', 'playwright-core', 'exceljs'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
});
