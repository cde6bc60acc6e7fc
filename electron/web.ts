// `npm run web`: the same backend and UI as the desktop app, over the loopback HTTP bridge,
// for machines where the Electron binary cannot be had (and for the end-to-end tests).
import path from 'node:path';
import { DataFileInUseError } from './backend/dataFileLock';
import { startBackend, type Backend } from './backend/index';
import { startBridge } from './backend/httpBridge';
import { chromiumPrinter } from './backend/pdf/chromium';
import { prepareDataFile } from './backend/paths';
import { parseWebArgs } from './webArgs';

declare const __APP_VERSION__: string;

/**
 * MENTORKORPS_PASSPHRASE (for tests and automation only) sets up or unlocks the data file at start.
 * The browser must still sign in with the passphrase: the variable opens no session.
 */
async function unlockFromEnvironment(backend: Backend, passphrase: string, demo: boolean): Promise<void> {
  const { registry } = backend;
  const state = await registry.call('session.state');
  if (state.kind === 'new' || state.kind === 'plain') {
    const { recoveryCode } = await registry.call('session.setup', { passphrase });
    console.log(`Gendannelseskode (kun til test): ${recoveryCode}`);
  } else if (state.kind === 'locked') {
    await registry.call('session.unlock', { passphrase });
  }
  if (demo && backend.vault.isUnlocked() && !(await registry.call('app.info')).setupDone) await registry.call('setup.loadDemo');
}

async function main(): Promise<void> {
  // Everything this process creates (data file, backups, exports) is readable by this user only.
  process.umask(0o077);
  const args = parseWebArgs(process.argv.slice(2), process.env);
  const dataFile = prepareDataFile(args.data);
  const backend = startBackend(dataFile, __APP_VERSION__, args.today ? () => args.today as string : undefined);
  if (args.secondLocation) backend.ctx.secondLocationFromStart = path.resolve(args.secondLocation);
  const passphrase = process.env.MENTORKORPS_PASSPHRASE;
  if (passphrase) await unlockFromEnvironment(backend, passphrase, args.demo);
  const staticDir = path.resolve(__dirname, '..', 'dist');
  const bridge = await startBridge({ registry: backend.registry, staticDir, port: args.port });
  // Statements print from the bridge's own pages in Debian's Chromium, signed in with a session of their own.
  backend.ctx.pdfPrinter = chromiumPrinter(bridge.url, () => bridge.printerCookie());
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
  // A second process on the same file says so in one sentence and leaves the file alone.
  console.error(err instanceof DataFileInUseError || err instanceof Error ? err.message : err);
  process.exit(err instanceof DataFileInUseError ? 3 : 1);
});
