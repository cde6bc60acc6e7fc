// Web-mode sign-in: random session ids in an HttpOnly, SameSite=Strict cookie, kept in memory only,
// each bound to the registry's session epoch so that locking (or unlocking again) ends it.
import crypto from 'node:crypto';
import type http from 'node:http';

export const SESSION_COOKIE = 'mk_session';
/** Enough for a few browser tabs and the PDF printer; the oldest goes first beyond it. */
const MAX_SESSIONS = 32;

// Stored by hash: a lookup then reveals nothing about the ids through timing.
const digest = (id: string) => crypto.createHash('sha256').update(id).digest('hex');

export class SessionStore {
  private readonly sessions = new Map<string, number>();
  constructor(private readonly currentEpoch: () => number | null) {}

  /** A new session for the current epoch, or null while the data file is locked. */
  create(): string | null {
    const epoch = this.currentEpoch();
    if (epoch === null) return null;
    this.prune(epoch);
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    const id = crypto.randomBytes(32).toString('hex');
    this.sessions.set(digest(id), epoch);
    return id;
  }

  isValid(id: string | null): boolean {
    if (!id) return false;
    const epoch = this.currentEpoch();
    return epoch !== null && this.sessions.get(digest(id)) === epoch;
  }

  clear(): void {
    this.sessions.clear();
  }

  private prune(epoch: number): void {
    for (const [key, e] of this.sessions) if (e !== epoch) this.sessions.delete(key);
  }
}

/** The session ids the request's Cookie header carries (browsers may send more than one). */
export function sessionIdsFrom(req: http.IncomingMessage): string[] {
  const header = req.headers.cookie;
  if (!header) return [];
  const ids: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) ids.push(part.slice(eq + 1).trim());
  }
  return ids;
}

// No Secure flag: the bridge speaks plain http on loopback, where browsers would drop a Secure cookie.
export const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/`;
export const clearedSessionCookie = () => `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
