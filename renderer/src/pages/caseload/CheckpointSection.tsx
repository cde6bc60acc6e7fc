// Opfølgning efter afslutning: checkpoints due N months after a course closed, recorded in a few
// clicks (a status, how it was learned, the date; no free text), and the months to look again after.
import { useState } from 'react';
import type { DueCheckpoint } from '../../../../shared/api/followUp';
import { CHECKPOINT_SOURCES, CHECKPOINT_STATUSES } from '../../../../shared/followUp';
import { formatDate } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { checkpointMonthsInput, checkpointRecord } from '../../../../shared/schemas/followUp';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText, type Column } from '../../components/DataTable';
import { DialogForm, InlineForm } from '../../components/DialogForm';
import { FormDate, FormRadios, FormText } from '../../components/formFields';
import { PagedTable } from '../../components/PagedTable';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { optionsOf } from './labels';

function RecordDialog({ row, today, onClose, onSaved }: { row: DueCheckpoint; today: string; onClose: () => void; onSaved: () => void }) {
  const form = useApiForm(checkpointRecord, { courseId: row.courseId, months: row.months, status: undefined, source: undefined, learnedOn: today });
  const record = useApiMutation('checkpoints.record', { onSuccess: onSaved });
  const { errors } = form.formState;
  return (
    <DialogForm
      title={`Opfølgning ${row.months} mdr. efter afslutning: ${row.menteeName}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => record.mutateAsync(values))}
      busy={record.isPending}
      submitLabel="Gem status"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p className="doc-small">
        Forløbet blev afsluttet {formatDate(row.closedOn)}; opfølgningen faldt {formatDate(row.dueOn)}.
      </p>
      <Alert kind="error">{errors.courseId?.message ?? errors.months?.message ?? null}</Alert>
      <FormRadios control={form.control} name="status" label="Status" options={optionsOf(CHECKPOINT_STATUSES)} />
      <FormRadios control={form.control} name="source" label="Oplyst via" options={optionsOf(CHECKPOINT_SOURCES)} />
      <FormDate control={form.control} name="learnedOn" label="Oplyst den" required />
    </DialogForm>
  );
}

function MonthsSetting() {
  const months = useApiQuery('checkpoints.months');
  const form = useApiForm(checkpointMonthsInput, { months: '' });
  const add = useApiMutation('checkpoints.addMonths', { onSuccess: () => form.reset({ months: '' }) });
  const remove = useApiMutation('checkpoints.removeMonths');
  const busy = add.isPending || remove.isPending;
  const failed = remove.error ? errorMessage(remove.error) : formMessage(form);
  return (
    <div className="toolbar" role="group" aria-label="Opfølgning efter afslutning: måneder">
      <span>
        Se igen efter afslutning:{' '}
        {(months.data?.months ?? []).map((m) => (
          <span key={m} className="tag">
            {m} mdr.{' '}
            <button type="button" className="link" aria-label={`Fjern opfølgning ${m} mdr. efter afslutning`} disabled={busy} onClick={() => remove.mutate({ months: m })}>
              ×
            </button>
          </span>
        ))}
      </span>
      <InlineForm busy={busy} submitLabel="Tilføj" onSubmit={submitWith(form, (values) => add.mutateAsync(values))}>
        <FormText control={form.control} name="months" label="Måneder efter afslutning" inputMode="numeric" hint="1–36, f.eks. 3 eller 12" />
      </InlineForm>
      {failed ? <Alert kind="error">{failed}</Alert> : null}
    </div>
  );
}

export function CheckpointSection() {
  const info = useApiQuery('app.info');
  const [recording, setRecording] = useState<DueCheckpoint | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const columns: Column<DueCheckpoint>[] = [
    { key: 'name', header: 'Navn', cell: (r) => <a href={href({ name: 'course', id: r.courseId })}>{r.menteeName}</a> },
    { key: 'mentor', header: 'Mentor', cell: (r) => r.mentorName ?? '–' },
    { key: 'municipality', header: 'Hjemkommune', cell: (r) => r.homeMunicipalityName },
    { key: 'closed', header: 'Afsluttet', cell: (r) => formatDate(r.closedOn) },
    { key: 'due', header: 'Opfølgning', cell: (r) => `${r.months} mdr., ${formatDate(r.dueOn)}` },
    {
      key: 'record',
      header: 'Status',
      cell: (r) => (
        <button type="button" onClick={() => setRecording(r)} aria-label={`Registrér status for ${r.menteeName}, ${r.months} mdr.`}>
          Registrér
        </button>
      ),
    },
  ];
  return (
    <section className="stat-section" aria-label="Opfølgning efter afslutning">
      <h2>Opfølgning efter afslutning</h2>
      <MonthsSetting />
      <Alert kind="ok">{notice}</Alert>
      <PagedTable
        caption="Opfølgning efter afslutning"
        method="checkpoints.due"
        filter={{}}
        columns={columns}
        empty="Ingen afsluttede forløb venter på opfølgning."
        countLabel={(n) => countText(n, 'opfølgning efter afslutning venter', 'opfølgninger efter afslutning venter')}
      />
      {recording && info.data ? (
        <RecordDialog
          row={recording}
          today={info.data.today}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setNotice(`Status for ${recording.menteeName} er gemt.`);
            setRecording(null);
          }}
        />
      ) : null}
    </section>
  );
}
