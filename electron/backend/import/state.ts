// One upload store per backend (a test process runs many), closed with the backend.
import type { BackendContext } from '../context';
import { UploadStore } from './uploads';

const stores = new WeakMap<BackendContext, UploadStore>();

export function uploadsOf(ctx: BackendContext): UploadStore {
  let store = stores.get(ctx);
  if (!store) {
    store = new UploadStore(() => ctx.vault.now());
    stores.set(ctx, store);
  }
  return store;
}

/** Deletes every upload of this backend (called when the backend closes). */
export function closeImports(ctx: BackendContext): void {
  stores.get(ctx)?.close();
  stores.delete(ctx);
}
