// Opfølgning efter afslutning: checkpoints due N months after a course closed, recorded in a few
// clicks (a status, how it was learned, the date; no free text), and the months to look again after.
import { useState } from 'react';
import type { DueCheckpoint } from '../../../../shared/api/followUp';
import { CHECKPOINT_SOURCES, CHECKPOINT_STATUSES } from '../../../../shared/followUp';
import { formatDate } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/CheckboxGroup';
import { DialogForm, InlineForm } from '../../components/DialogForm';
import { PagedTable, countText, type Column } from '../../components/LegacyPagedTable';
import { DateField, TextField } from '../../components/fields';
import { dateInput, dateText, numberInput } from '../../lib/formValues';
import { useLoad } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';
import { optionsOf } from './labels';

function RecordDialog({ row, today, onClose, onSaved }: { row: DueCheckpoint; today: string; onClose: () => void; onSaved: () => void }) {
  const [status, setStatus] = useState('');
  const [source, setSource] = useState('');
  const [learnedOn, setLearnedOn] = useState(dateText(today));
  const { errors, general, busy, run } = useSubmit(onSaved);
  const submit = () =>
    run(() =>
      call('checkpoints.record', {
        courseId: row.courseId,
        months: row.months,
        status: (status || undefined) as never,
        source: (source || undefined) as never,
        learnedOn: dateInput(learnedOn) as string,
      }),
    );
  return (
    <DialogForm title={`Opfølgning ${row.months} mdr. efter afslutning: ${row.menteeName}`} onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Gem status">
      <p className="doc-small">
        Forløbet blev afsluttet {formatDate(row.closedOn)}; opfølgningen faldt {formatDate(row.dueOn)}.
      </p>
      <Alert kind="error">{general ?? errors.courseId ?? errors.months ?? null}</Alert>
      <RadioGroup legend="Status" options={optionsOf(CHECKPOINT_STATUSES)} value={status} onChange={setStatus} error={errors.status} />
      <RadioGroup legend="Oplyst via" options={optionsOf(CHECKPOINT_SOURCES)} value={source} onChange={setSource} error={errors.source} />
      <DateField label="Oplyst den" required value={learnedOn} onChange={setLearnedOn} error={errors.learnedOn} />
    </DialogForm>
  );
}

function MonthsSetting({ onChanged }: { onChanged: () => void }) {
  const months = useLoad(() => call('checkpoints.months'), []);
  const [text, setText] = useState('');
  const { errors, message, busy, run } = useSubmit(() => {
    months.reload();
    onChanged();
  });
  return (
    <div className="toolbar" role="group" aria-label="Opfølgning efter afslutning: måneder">
      <span>
        Se igen efter afslutning:{' '}
        {(months.data?.months ?? []).map((m) => (
          <span key={m} className="tag">
            {m} mdr.{' '}
            <button type="button" className="link" aria-label={`Fjern opfølgning ${m} mdr. efter afslutning`} disabled={busy} onClick={() => run(() => call('checkpoints.removeMonths', { months: m }))}>
              ×
            </button>
          </span>
        ))}
      </span>
      <InlineForm busy={busy} submitLabel="Tilføj" onSubmit={() => run(() => call('checkpoints.addMonths', { months: numberInput(text) as number }), () => { setText(''); months.reload(); onChanged(); })}>
        <TextField label="Måneder efter afslutning" inputMode="numeric" value={text} onChange={setText} error={errors.months} hint="1–36, f.eks. 3 eller 12" />
      </InlineForm>
      {message && !errors.months ? <Alert kind="error">{message}</Alert> : null}
    </div>
  );
}

export function CheckpointSection() {
  const info = useLoad(() => call('app.info'), []);
  const [version, setVersion] = useState(0);
  const [recording, setRecording] = useState<DueCheckpoint | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  type Row = DueCheckpoint & { id: number };
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Navn', cell: (r) => <a href={`#/forloeb/${r.courseId}`}>{r.menteeName}</a> },
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
      <MonthsSetting onChanged={() => setVersion((v) => v + 1)} />
      <Alert kind="ok">{notice}</Alert>
      <PagedTable
        caption="Opfølgning efter afslutning"
        columns={columns}
        deps={[version]}
        fetchPage={async (offset, limit) => {
          const page = await call('checkpoints.due', { offset, limit });
          return { ...page, rows: page.rows.map((r) => ({ ...r, id: r.courseId * 100 + r.months })) };
        }}
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
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </section>
  );
}
