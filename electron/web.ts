// `npm run web`: the same backend and UI as the desktop app, over the loopback HTTP bridge,
// for machines where the Electron binary cannot be had (and for the end-to-end tests).
import path from 'node:path';
import { autoBackupIfDue } from './backend/backup';
import { startBackend } from './backend/index';
import { startBridge } from './backend/httpBridge';
import { chromiumPrinter } from './backend/pdf/chromium';
import { prepareDataFile } from './backend/paths';
import { parseWebArgs } from './webArgs';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2), process.env);
  const dataFile = prepareDataFile(args.data);
  const backend = startBackend(dataFile, __APP_VERSION__, args.today ? () => args.today as string : undefined);
  if (args.demo && !(await backend.registry.call('app.info')).setupDone) await backend.registry.call('setup.loadDemo');
  autoBackupIfDue(backend.ctx).catch((err: unknown) => console.error('Automatisk sikkerhedskopi mislykkedes:', err));
  const staticDir = path.resolve(__dirname, '..', 'dist');
  const bridge = await startBridge({ registry: backend.registry, staticDir, port: args.port });
  // Statements print from the bridge's own pages, token included, in Debian's Chromium.
  backend.ctx.pdfPrinter = chromiumPrinter(bridge.url);
  console.log(`Mentorkorps kører på ${bridge.url}  (datafil: ${dataFile})`);
  console.log('Åbn adressen i en browser på denne computer. Stop med Ctrl+C.');
  const stop = () => {
    void bridge.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
