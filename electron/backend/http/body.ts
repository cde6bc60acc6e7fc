// Reads a request body with a size cap; never rejects, so a client that aborts cannot crash the server.
import type http from 'node:http';

export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export type Body = { kind: 'ok'; text: string } | { kind: 'tooLarge' } | { kind: 'aborted' };

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Body> {
  return new Promise((resolve) => {
    let size = 0;
    let done = false;
    const chunks: Buffer[] = [];
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (body.kind !== 'ok') chunks.length = 0;
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ kind: 'tooLarge' });
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => finish({ kind: 'aborted' }));
    req.on('close', () => finish(req.complete ? { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') } : { kind: 'aborted' }));
  });
}

/** The declared Content-Length when it alone already exceeds the cap (then the body is not read at all). */
export function declaredTooLarge(req: http.IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > limit;
}
