// Starts the backend: takes the data file's lock, looks at the file, builds the registry, and keeps
// the app lock and the daily backup running. Shared by Electron and web mode.
import { autoBackupIfDue, logBackupFailure } from './backup';
import { thinReadLog } from './log/store';
import { createContext, type BackendContext } from './context';
import { createRegistry, type Registry } from './registry';
import { closeImports } from './import/state';
import { Vault, type VaultOptions } from './vault';

export interface Backend {
  ctx: BackendContext;
  registry: Registry;
  vault: Vault;
  close(): void;
}

/** How often the idle lock and the daily backup are looked at while the app runs. */
const TICK_MS = 30_000;

export function startBackend(dataFile: string, version: string, today?: () => string, options: VaultOptions = {}): Backend {
  const vault = Vault.open(dataFile, options);
  const ctx = createContext(vault, version, today);
  const timer = setInterval(() => void tick(ctx), TICK_MS);
  timer.unref();
  return {
    ctx,
    vault,
    registry: createRegistry(ctx),
    close: () => {
      clearInterval(timer);
      // Uploaded spreadsheets hold personal data: they never outlive the backend.
      closeImports(ctx);
      vault.close();
    },
  };
}

/**
 * An app left open for a week still takes its daily copy, and locks itself when left alone.
 * The copy is written in the background; the promise (for tests) settles when it is done.
 */
export function tick(ctx: BackendContext): Promise<void> {
  // Nothing is copied from or written to a file whose integrity check still runs.
  if (ctx.vault.lockIfIdle() || ctx.vault.integrityPending()) return Promise.resolve();
  const copied = autoBackupIfDue(ctx, ctx.vault.now()).then(() => undefined, logBackupFailure);
  if (!ctx.vault.isUnlocked()) return copied;
  try {
    // Look-ups older than the kept period go (an empty delete writes nothing).
    thinReadLog(ctx.db, new Date(ctx.vault.now()));
  } catch (err) {
    console.error('Udtynding af loggen mislykkedes:', err instanceof Error ? err.message : err);
  }
  return copied;
}
