// Payments received and the year-end settlement against them.
import type { billingMethods } from '../../../shared/api/billing';
import { addPayment, deletePayment, paymentsOverview } from '../billing/payments';
import { issueSettlement, settle } from '../billing/settlement';
import { getVersion } from '../billing/store';
import type { HandlerMap } from '../registry';

type PaymentHandlers = Pick<HandlerMap, Extract<keyof typeof billingMethods, 'billing.settle' | 'billing.issueSettlement' | 'billing.payments' | 'billing.addPayment' | 'billing.deletePayment'>>;

export const billingPaymentHandlers: PaymentHandlers = {
  'billing.settle': (input, ctx) => {
    settle(ctx, input);
    return getVersion(ctx, input.id);
  },
  'billing.issueSettlement': ({ id, firstSequence }, ctx) => {
    issueSettlement(ctx, getVersion(ctx, id), firstSequence);
    return getVersion(ctx, id);
  },
  'billing.payments': ({ year }, ctx) => paymentsOverview(ctx, year),
  'billing.addPayment': (input, ctx) => addPayment(ctx, input),
  'billing.deletePayment': ({ id }, ctx) => deletePayment(ctx, id),
};
