// One registry of handlers behind every transport (IPC, HTTP bridge, tests).
// Each call: known method? -> input validated against the shared schema -> handler,
// inside a transaction when the method writes, with an audit-log row.
import { apiMethods, isMethod, type Method, type MethodInput, type MethodResult, type ParsedInput } from '../../shared/api/index';
import { ApiError, type ApiResponse } from '../../shared/errors';
import { PUBLIC_METHODS } from '../../shared/api/session';
import type { BackendContext } from './context';
import { zodToApiError } from './validationErrors';
import { describeIoError } from './ioErrors';
import { rosterHandlers } from './handlers/roster';
import { systemHandlers } from './handlers/system';
import { caseloadHandlers } from './handlers/caseload';
import { courseHandlers } from './handlers/courses';
import { personHandlers } from './handlers/persons';
import { contactHandlers } from './handlers/contacts';
import { billingHandlers } from './handlers/billing';
import { billingPaymentHandlers } from './handlers/billingPayments';
import { billingFileHandlers } from './handlers/billingFiles';
import { evaluationHandlers } from './handlers/evaluation';
import { backupHandlers } from './handlers/backup';
import { sessionHandlers } from './handlers/session';
import { followUpHandlers } from './handlers/followUp';
import { logHandlers } from './handlers/log';
import { privacyHandlers } from './handlers/privacy';
import { accessHandlers } from './handlers/access';
import { exportHandlers } from './handlers/export';
import { importHandlers } from './handlers/import';
import { restoreHandlers } from './handlers/restore';
import { backupBeforeRiskyChange } from './backup';
import { READS_BEFORE_CHECK } from './integrityCheck';
import { addLogLine } from './log/store';
import { flushStatisticsSummaries } from './evaluation/summaries';
import { PERSON_READS, fieldNames, personOf, purposeOf } from './log/person';

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: BackendContext) => MethodResult<M> | Promise<MethodResult<M>>;
export type HandlerMap = { [M in Method]: Handler<M> };

const handlers: HandlerMap = {
  ...sessionHandlers,
  ...systemHandlers,
  ...backupHandlers,
  ...rosterHandlers,
  ...caseloadHandlers,
  ...courseHandlers,
  ...personHandlers,
  ...contactHandlers,
  ...billingHandlers,
  ...billingPaymentHandlers,
  ...billingFileHandlers,
  ...evaluationHandlers,
  ...followUpHandlers,
  ...logHandlers,
  ...privacyHandlers,
  ...accessHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...restoreHandlers,
};

export interface Caller {
  signedIn: boolean;
}

export interface Registry {
  /** Typed call, for the backend's own use and tests. */
  call<M extends Method>(method: M, input?: MethodInput<M>): Promise<MethodResult<M>>;
  /** Untyped call, as a transport receives it. */
  invoke(method: string, rawInput: unknown): Promise<unknown>;
  /**
   * Same as invoke, but never throws: the shape the transports send. A caller that is not signed in
   * (web mode without a session cookie) may use only PUBLIC_METHODS and sees the file as locked.
   */
  respond(method: string, rawInput: unknown, caller?: Caller): Promise<ApiResponse<unknown>>;
  /** Changes every time the data file is unlocked; null while locked. Web sessions are bound to it. */
  sessionEpoch(): number | null;
}

export function createRegistry(ctx: BackendContext): Registry {
  async function invoke(method: string, rawInput: unknown): Promise<unknown> {
    if (!isMethod(method)) throw new ApiError('UNKNOWN_METHOD', `Ukendt metode: ${method}.`);
    if (!PUBLIC_METHODS.has(method)) {
      // Every data call first checks the idle lock, then counts as activity.
      if (ctx.vault.lockIfIdle() || !ctx.vault.isUnlocked()) throw new ApiError('LOCKED', 'Mentorkorps er låst. Lås op med din adgangskode.');
      ctx.vault.touch();
    }
    const spec = apiMethods[method];
    const parsed = spec.input.safeParse(rawInput ?? undefined);
    if (!parsed.success) throw zodToApiError(parsed.error);
    const handler = handlers[method] as Handler<Method>;
    const at = () => new Date(ctx.vault.now());
    // Right after unlock only the first screens' reads run before the integrity check has passed.
    const early = PUBLIC_METHODS.has(method) || READS_BEFORE_CHECK.has(method);
    if (!early) await ctx.vault.integrityChecked();
    if (!spec.mutates) {
      // A read that fails on a file whose check then fails is refused as LOCKED, so the start screen shows the damage.
      let result: unknown;
      try {
        result = await handler(parsed.data as never, ctx);
      } catch (err) {
        if (ctx.vault.integrityPending()) await ctx.vault.integrityChecked();
        throw err;
      }
      // A look-up of one person's data is logged once it has been shown (a refused call showed nothing).
      const menteeId = PERSON_READS[method] ? personOf(ctx.db, method, parsed.data) : null;
      if (menteeId !== null) await ctx.vault.integrityChecked();
      if (menteeId !== null) addLogLine(ctx.db, { method, kind: 'read', menteeId, purpose: purposeOf(parsed.data), at: at() });
      return result;
    }
    backupBeforeRiskyChange(ctx, method);
    return ctx.db.transaction(() => {
      // The person is found before the change: a delete removes the row that names them.
      const before = personOf(ctx.db, method, parsed.data);
      const result = handler(parsed.data as never, ctx);
      if (result instanceof Promise) throw new Error(`Handler ${method} must be synchronous.`);
      // The statistics summaries change in the same transaction as the data they count.
      flushStatisticsSummaries(ctx.db);
      const entityId = typeof result === 'object' && result !== null && 'id' in result ? Number(result.id) : null;
      const menteeId = before ?? personOf(ctx.db, method, parsed.data, result);
      addLogLine(ctx.db, { method, kind: 'write', entityId, menteeId, fields: fieldNames(parsed.data), at: at() });
      return result;
    })();
  }

  async function respond(method: string, rawInput: unknown, caller: Caller = { signedIn: true }): Promise<ApiResponse<unknown>> {
    try {
      if (!caller.signedIn) {
        if (!PUBLIC_METHODS.has(method)) throw new ApiError('UNAUTHORIZED', 'Log ind med adgangskoden først.');
        // Someone else's unlocked session is not this caller's: they see the unlock screen.
        if (method === 'session.state') return { ok: true, result: ctx.vault.state(false) };
      }
      return { ok: true, result: await invoke(method, rawInput) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toBody() };
      console.error(`Fejl i ${method}:`, err);
      const io = describeIoError(err);
      if (io) return { ok: false, error: io.toBody() };
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'INTERNAL', message: `Der opstod en uventet fejl: ${detail}` } };
    }
  }

  const call = <M extends Method>(method: M, input?: MethodInput<M>) => invoke(method, input) as Promise<MethodResult<M>>;
  return { call, invoke, respond, sessionEpoch: () => ctx.vault.sessionEpoch() };
}
