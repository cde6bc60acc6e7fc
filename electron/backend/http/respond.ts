// Response helpers shared by every route of the loopback bridge: the same safety headers on every answer.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiErrorBody, ApiErrorCode, ApiResponse } from '../../../shared/errors';

/** Sent with every response, including the raw ones for requests Node cannot parse. */
export const SAFETY_HEADERS: Readonly<Record<string, string>> = {
  // Nobody may frame the app (clickjacking); X-Frame-Options for older browsers.
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const STATUS: Record<ApiErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  LOCKED: 423,
  STORAGE: 507,
  INTERNAL: 500,
};

export function statusFor(code: string): number {
  return STATUS[code as ApiErrorCode] ?? 500;
}

export function sendJson(res: http.ServerResponse, status: number, body: ApiResponse<unknown>, extra: Record<string, string | string[]> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SAFETY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...extra });
  res.end(text);
}

export function sendApiError(res: http.ServerResponse, status: number, error: ApiErrorBody, extra: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error }, extra);
}

export function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...SAFETY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...extra });
  res.end(text);
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Content Too Large', 431: 'Request Header Fields Too Large' };

/** A whole HTTP/1.1 response as bytes, for a socket whose request never became an IncomingMessage. */
export function rawResponse(status: number, text: string): string {
  const body = Buffer.from(text, 'utf8');
  const headers = { ...SAFETY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length), connection: 'close' };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${text}`;
}

/**
 * Node's parser refused the request (bad syntax, huge headers, smuggling-like framing, timeouts).
 * Answer in Danish when nothing of another response is on the wire yet, then close the connection.
 */
export function onClientError(err: Error & { code?: string }, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  let reply: string;
  if (err.code === 'HPE_HEADER_OVERFLOW') reply = rawResponse(431, 'Forespørgslens headere er for store.');
  else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') reply = rawResponse(408, 'Forespørgslen kom ikke færdig i tide.');
  else reply = rawResponse(400, 'Ugyldig forespørgsel: den kunne ikke læses som HTTP.');
  socket.end(reply);
  // A client that keeps the connection half-open after our answer must not hold the socket forever.
  setTimeout(() => socket.destroy(), 2000).unref();
}
