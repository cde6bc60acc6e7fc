// Files for the finance system: the debtor file and Peppol BIS Billing 3.0 invoices.
import type { billingMethods } from '../../../shared/api/billing';
import { ApiError } from '../../../shared/errors';
import type { HandlerMap } from '../registry';

type FileHandlers = Pick<HandlerMap, Extract<keyof typeof billingMethods, 'billing.debtorFile' | 'billing.exportPeppol'>>;

const notBuilt = () => {
  throw new ApiError('INTERNAL', 'Ikke bygget endnu.');
};

// TODO(#11 finance files): replaced by the debtor file and Peppol work.
export const billingFileHandlers: FileHandlers = {
  'billing.debtorFile': notBuilt,
  'billing.exportPeppol': notBuilt,
};
