// Payments received and the year-end settlement against them.
import type { billingMethods } from '../../../shared/api/billing';
import { ApiError } from '../../../shared/errors';
import { getVersion, settle } from '../billing/store';
import type { HandlerMap } from '../registry';

type PaymentHandlers = Pick<HandlerMap, Extract<keyof typeof billingMethods, 'billing.settle' | 'billing.issueSettlement' | 'billing.payments' | 'billing.addPayment' | 'billing.deletePayment'>>;

const notBuilt = () => {
  throw new ApiError('INTERNAL', 'Ikke bygget endnu.');
};

export const billingPaymentHandlers: PaymentHandlers = {
  'billing.settle': ({ id, actualCostOere, note }, ctx) => {
    settle(ctx, id, actualCostOere, note);
    return getVersion(ctx, id);
  },
  // TODO(#11 payments): replaced by the payments work.
  'billing.issueSettlement': notBuilt,
  'billing.payments': notBuilt,
  'billing.addPayment': notBuilt,
  'billing.deletePayment': notBuilt,
};
