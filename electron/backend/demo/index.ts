// The demo corps: invented data at the scale of Fælles Fynsk Mentorkorps.
// Each step adds one domain's demo data; later domains append their step here.
import type { BackendContext } from '../context';
import { flushStatisticsSummaries } from '../evaluation/summaries';
import { addDemoRoster } from './roster';
import { addDemoCaseload } from './caseload';
import { addDemoBilling } from './billing';
import { addDemoPayments } from './billingPayments';
import { addDemoSurvey } from './evaluation';
import { addDemoFollowUp } from './followUp';

export type DemoStep = (ctx: BackendContext) => void;

export const demoSteps: readonly DemoStep[] = [addDemoRoster, addDemoCaseload, addDemoBilling, addDemoPayments, addDemoSurvey, addDemoFollowUp];

export const DEMO_CORPS_NAME = 'Fælles Fynsk Mentorkorps (demo)';

export function loadDemo(ctx: BackendContext): void {
  for (const step of demoSteps) step(ctx);
  flushStatisticsSummaries(ctx.db);
}
