// The renderer's one way to the backend: Electron's preload bridge when present, the loopback HTTP bridge otherwise.
import type { Method, MethodInput, MethodResult } from '../../../shared/api/index';
import { ApiError, type ApiResponse } from '../../../shared/errors';

interface PreloadApi {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
}

declare global {
  interface Window {
    mentorkorps?: PreloadApi;
  }
}

async function viaHttp(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      // The session is an HttpOnly cookie the bridge set at sign-in; the page itself holds no secret.
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Kunne ikke nå Mentorkorps-serveren. Kører den stadig?' } };
  }
  try {
    return (await res.json()) as ApiResponse<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Uventet svar fra serveren (HTTP ${res.status}).` } };
  }
}

const lockedListeners = new Set<() => void>();

/** Called whenever the backend answers LOCKED or UNAUTHORIZED, so the app can show the unlock screen. Returns the unsubscribe. */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => {
    lockedListeners.delete(listener);
  };
}

export async function call<M extends Method>(method: M, ...args: undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]): Promise<MethodResult<M>> {
  const input = args[0];
  const response = window.mentorkorps ? await window.mentorkorps.invoke(method, input) : await viaHttp(method, input);
  if (!response.ok) {
    const err = ApiError.fromBody(response.error);
    if (err.code === 'LOCKED' || err.code === 'UNAUTHORIZED') lockedListeners.forEach((l) => l());
    throw err;
  }
  return response.result as MethodResult<M>;
}

/** Field errors of an update call come as "data.x"; forms show them as "x". */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(err.fields)) out[k.replace(/^data\./, '')] = v;
  return out;
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return err instanceof Error ? err.message : String(err);
}
