// "Indbetalinger": what each municipality has paid for the year against the newest issued version,
// what is outstanding and what is overdue, and the payments themselves.
import { useState } from 'react';
import type { Payment, PaymentStatusRow } from '../../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../../shared/format';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
import { AddPaymentDialog, DeletePaymentDialog } from './PaymentDialogs';

const kroner = (key: string, header: string, f: (r: PaymentStatusRow) => number, total: number): Column<PaymentStatusRow> => ({
  key,
  header,
  numeric: true,
  cell: (r) => formatKroner(f(r)),
  total: formatKroner(total),
});

/** "Rate 1 og 2" for the overdue instalments, so the mark says more than a colour. */
const overdueInstalments = (r: PaymentStatusRow) => {
  const numbers = r.instalments.filter((s) => s.overdue).map((s) => s.number);
  if (!numbers.length) return '';
  const last = numbers[numbers.length - 1];
  return numbers.length === 1 ? `rate ${last} forfalden` : `rate ${numbers.slice(0, -1).join(', ')} og ${last} forfaldne`;
};

export function PaymentsSection({ year }: { year: number }) {
  const overview = useApiQuery('billing.payments', { year });
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Payment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const o = overview.data;
  return (
    <section className="billing-pdf" aria-labelledby="payments-heading">
      <h2 id="payments-heading">Indbetalinger {year}</h2>
      <Alert kind="error">{overview.error ? errorMessage(overview.error) : null}</Alert>
      <Alert kind="ok">{notice}</Alert>
      {!o ? (
        overview.error ? null : <p className="loading">Indlæser …</p>
      ) : o.versionId === null ? (
        <p className="muted">Der er ikke udstedt opkrævninger for {year} endnu. Indbetalinger registreres mod de udstedte opkrævninger.</p>
      ) : (
        <>
          <p>
            Opgjort mod version {o.version} pr. {formatDate(o.today)}. Indbetalinger, der ikke er knyttet til en rate, dækker den ældste rate først.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`Indbetalinger pr. kommune ${year}`}>
            <DataTable
              caption={`Indbetalinger pr. kommune ${year}`}
              className="table key-table"
              rows={o.rows}
              rowKey={(r) => r.municipalityId}
              rowClassName={(r) => (r.overdueOere > 0 ? 'payments__overdue' : undefined)}
              totalLabel="I alt"
              columns={[
                { key: 'name', header: 'Kommune', rowHeader: true, cell: (r) => r.name },
                kroner('billed', 'Opkrævet', (r) => r.billedOere, o.totals.billedOere),
                kroner('paid', 'Indbetalt', (r) => r.paidOere, o.totals.paidOere),
                kroner('outstanding', 'Udestående', (r) => r.outstandingOere, o.totals.outstandingOere),
                {
                  key: 'overdue',
                  header: 'Forfaldent',
                  numeric: true,
                  cell: (r) => (r.overdueOere > 0 ? <strong className="overdue">{`${formatKroner(r.overdueOere)} (${overdueInstalments(r)})`}</strong> : '–'),
                  total: formatKroner(o.totals.overdueOere),
                },
              ]}
            />
          </div>
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              Registrér indbetaling
            </button>
          </div>
          <DataTable
            caption={`Registrerede indbetalinger ${year}`}
            rows={o.payments}
            rowKey={(p) => p.id}
            empty="Der er ikke registreret indbetalinger endnu."
            columns={[
              { key: 'paidOn', header: 'Betalt den', cell: (p) => formatDate(p.paidOn) },
              { key: 'name', header: 'Kommune', rowHeader: true, cell: (p) => p.name },
              { key: 'instalment', header: 'Rate', cell: (p) => (p.instalment ? `Rate ${p.instalment}` : 'Ikke knyttet') },
              { key: 'amount', header: 'Beløb', numeric: true, cell: (p) => formatKroner(p.amountOere) },
              { key: 'note', header: 'Bemærkning', cell: (p) => p.note ?? '' },
              {
                key: 'actions',
                header: <span className="sr-only">Handlinger</span>,
                cell: (p) => (
                  <button type="button" className="link" onClick={() => setDeleting(p)} aria-label={`Slet indbetaling fra ${p.name} ${formatDate(p.paidOn)}`}>
                    Slet
                  </button>
                ),
              },
            ]}
          />
          {adding ? (
            <AddPaymentDialog
              overview={o}
              onClose={() => setAdding(false)}
              onDone={(p) => {
                setAdding(false);
                setNotice(`Indbetalingen fra ${p.name} på ${formatKroner(p.amountOere)} er registreret.`);
              }}
            />
          ) : null}
          {deleting ? (
            <DeletePaymentDialog
              payment={deleting}
              onClose={() => setDeleting(null)}
              onDone={() => {
                setNotice(`Indbetalingen fra ${deleting.name} på ${formatKroner(deleting.amountOere)} er slettet.`);
                setDeleting(null);
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
