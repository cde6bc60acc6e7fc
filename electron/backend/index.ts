// Starts the backend: opens the data file and builds the registry. Shared by Electron and web mode.
import { createContext, type BackendContext } from './context';
import { openDatabase } from './db';
import { createRegistry, type Registry } from './registry';

export interface Backend {
  ctx: BackendContext;
  registry: Registry;
  close(): void;
}

export function startBackend(dataFile: string, version: string, today?: () => string): Backend {
  const db = openDatabase(dataFile);
  const ctx = createContext(db, dataFile, version, today);
  return { ctx, registry: createRegistry(ctx), close: () => db.close() };
}
