// A real backend process for the kill trials: it does one kind of work in a loop and prints a line
// after each acknowledged step, until the parent kills it with SIGKILL.
import { startBackend } from '../../electron/backend/index';
import type { Kdfs } from '../../electron/backend/datafile/keys';

const KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };

export async function runChild(mode: string, dataFile: string, passphrase: string): Promise<void> {
  const backend = startBackend(dataFile, 'kill', () => '2026-11-23', { kdfs: KDFS });
  const { registry, vault } = backend;
  const state = vault.state();
  if (mode === 'upgrade') {
    process.stdout.write('START\n');
    await registry.call('session.setup', { passphrase });
    process.stdout.write('DONE\n');
    return;
  }
  if (state.kind === 'new') await registry.call('session.setup', { passphrase });
  else await registry.call('session.unlock', { passphrase });
  if (!(await registry.call('app.info')).setupDone) await registry.call('setup.startEmpty', { corpsName: 'Drabsforsøg' });
  process.stdout.write('READY\n');
  for (let i = 0; ; i++) {
    if (mode === 'writes') {
      // New rows while codes last, then updates of one row: both must survive a kill once acknowledged.
      const count = (await registry.call('municipalities.list')).length;
      if (count < 850) {
        const m = await registry.call('municipalities.create', { name: `Kommune ${101 + count}`, code: 101 + count });
        process.stdout.write(`ACK C${m.code}\n`);
      } else {
        await registry.call('municipalities.update', { id: 1, data: { name: 'Kommune 101', code: 101, address: `Vej ${i}` } });
        process.stdout.write(`ACK U${i}\n`);
      }
    } else if (mode === 'backup') {
      const b = await registry.call('backup.create');
      process.stdout.write(`ACK ${b.name}\n`);
    } else if (mode === 'restore') {
      const { backups } = await registry.call('backup.list');
      const r = await registry.call('backup.restore', { name: backups[i % backups.length].name });
      process.stdout.write(`ACK ${r.restored}\n`);
    }
  }
}

const [mode, dataFile, passphrase] = process.argv.slice(2);
if (mode) {
  runChild(mode, dataFile, passphrase).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
