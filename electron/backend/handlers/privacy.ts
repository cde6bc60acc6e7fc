// Data-protection rights: erasure on request (or its recorded refusal) and the retention rule's
// confirmed anonymisation runs. Erasure and runs commit their own transaction with an audit row and
// then truncate the WAL, so no old page image of the erased text is left behind.
// An open course blocks erasure: closing it (date, outcome) is a decision the statistics count,
// so the coordinator closes it first.
import type { privacyMethods, PrivacyRequest } from '../../../shared/api/privacy';
import { fieldError } from '../../../shared/errors';
import { CLEARED_FIELDS, KEPT_FIELDS } from '../../../shared/privacy/anonymous';
import { retentionCutoff } from '../../../shared/privacy/retention';
import { addLogLine } from '../log/store';
import { flushStatisticsSummaries } from '../evaluation/summaries';
import type { BackendContext } from '../context';
import { anonymise, dueRows, dueSummary, erasureCounts, insertRequest, listRequests, menteeState, truncateWal, type MenteeState } from '../privacy/store';
import type { HandlerMap } from '../registry';
import { deleteSetting, setSetting } from '../settings';
import { DPO_SETTING, retentionSettings, YEARS_SETTING } from '../privacy/settings';


function assertNotAnonymous(m: MenteeState): void {
  if (m.anonymisedAt !== null) throw fieldError('menteeId', `Personen er allerede anonymiseret (${m.anonymisedAt.slice(0, 10)}); der er intet personligt tilbage at slette.`);
}

const openCoursesMessage = (n: number) =>
  `Personen har ${n === 1 ? 'et åbent forløb' : `${n} åbne forløb`}. Afslut forløbet først (dato og udfald tæller i statistikken), og slet derefter.`;

/** Runs `work` in one transaction with its audit row, then truncates the WAL. */
function committed(ctx: BackendContext, method: string, work: () => PrivacyRequest): PrivacyRequest {
  const result = ctx.db.transaction(() => {
    const r = work();
    flushStatisticsSummaries(ctx.db);
    addLogLine(ctx.db, { method, kind: 'write', entityId: r.id, menteeId: r.menteeId, at: new Date(ctx.vault.now()) });
    return r;
  })();
  truncateWal(ctx.db);
  return result;
}

export const privacyHandlers: Pick<HandlerMap, keyof typeof privacyMethods> = {
  'privacy.erasePreview': ({ menteeId }, { db }) => {
    const m = menteeState(db, menteeId);
    assertNotAnonymous(m);
    return {
      menteeId,
      name: m.name,
      openCourses: m.openCourses,
      blockedReason: m.openCourses > 0 ? openCoursesMessage(m.openCourses) : null,
      counts: erasureCounts(db, menteeId),
      cleared: CLEARED_FIELDS,
      kept: KEPT_FIELDS,
    };
  },

  'privacy.erase': ({ menteeId, reason }, ctx) =>
    committed(ctx, 'privacy.erase', () => {
      const { db } = ctx;
      const m = menteeState(db, menteeId);
      assertNotAnonymous(m);
      if (m.openCourses > 0) throw fieldError('menteeId', openCoursesMessage(m.openCourses));
      const at = new Date(ctx.vault.now()).toISOString();
      const { courses } = erasureCounts(db, menteeId);
      const request = insertRequest(db, { kind: 'erasure', menteeId, reason, retentionYears: null, cutoff: null, persons: 1, courses, decidedAt: at });
      anonymise(db, [menteeId], request.id, at);
      return request;
    }),

  'privacy.refuseErasure': ({ menteeId, reason }, ctx) => {
    const m = menteeState(ctx.db, menteeId);
    assertNotAnonymous(m);
    const at = new Date(ctx.vault.now()).toISOString();
    return insertRequest(ctx.db, { kind: 'refusal', menteeId, reason, retentionYears: null, cutoff: null, persons: 0, courses: 0, decidedAt: at });
  },

  'privacy.retentionSettings': (_input, ctx) => retentionSettings(ctx),

  'privacy.setRetentionSettings': ({ years, dpoContact }, ctx) => {
    setSetting(ctx.db, YEARS_SETTING, String(years));
    if (dpoContact === null) deleteSetting(ctx.db, DPO_SETTING);
    else setSetting(ctx.db, DPO_SETTING, dpoContact);
    return retentionSettings(ctx);
  },

  'privacy.retentionDue': (_input, ctx) => {
    const { years } = retentionSettings(ctx);
    const cutoff = retentionCutoff(ctx.today(), years);
    return dueSummary(ctx.db, dueRows(ctx.db, cutoff), years, cutoff);
  },

  'privacy.runRetention': ({ expectedCount }, ctx) =>
    committed(ctx, 'privacy.runRetention', () => {
      const { db } = ctx;
      const { years } = retentionSettings(ctx);
      const cutoff = retentionCutoff(ctx.today(), years);
      const rows = dueRows(db, cutoff);
      if (rows.length === 0) throw fieldError('expectedCount', `Ingen personer er klar til anonymisering (alle forløb afsluttet senest ${cutoff}). Der er intet at køre.`);
      if (rows.length !== expectedCount) {
        throw fieldError('expectedCount', `Antallet har ændret sig: ${rows.length} personer er nu klar, du bekræftede ${expectedCount}. Se listen igen, før du bekræfter.`);
      }
      const at = new Date(ctx.vault.now()).toISOString();
      const courses = rows.reduce((s, r) => s + r.courses, 0);
      const request = insertRequest(db, { kind: 'retention', menteeId: null, reason: null, retentionYears: years, cutoff, persons: rows.length, courses, decidedAt: at });
      anonymise(db, rows.map((r) => r.id), request.id, at);
      return request;
    }),

  'privacy.requests': (_input, { db }) => listRequests(db),
};
