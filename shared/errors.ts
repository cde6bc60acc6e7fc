// The one error shape every transport carries from the backend to the UI.

export type ApiErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  /** The data file is locked (app lock or not yet unlocked): show the unlock screen. */
  | 'LOCKED'
  /** The disk or the data file refused a read or write (full, read-only, gone, busy, damaged): nothing saved was lost. */
  | 'STORAGE'
  | 'INTERNAL';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** Field path ("capacity", "schools.0") -> Danish message. */
  fields?: Record<string, string>;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string>;
  constructor(code: ApiErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, fields: this.fields };
  }
  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.fields ?? {});
  }
}

/** A validation error about one field, thrown by handlers for rules that need the database. */
export function fieldError(field: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, { [field]: message });
}

/** The record the method is about does not exist (its key is `field`). */
export function notFound(field: string, message: string): ApiError {
  return new ApiError('NOT_FOUND', message, { [field]: message });
}

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };
