// The log of look-ups and changes: filtered by kind, person and period, and exported as shown.
// A bad filter value shows its error next to the field while the list keeps its last good answer.
import { useState } from 'react';
import type { LogEntry } from '../../../../shared/api/log';
import { formatDateTime } from '../../../../shared/format';
import { href, type Route } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText, type Column } from '../../components/DataTable';
import { DateField, SelectField, TextField } from '../../components/fields';
import { PagedTable } from '../../components/PagedTable';
import { downloadBase64 } from '../../lib/download';
import { useValidInput } from '../../lib/useValidInput';

const KINDS = [
  { value: 'read', label: 'Læsninger' },
  { value: 'write', label: 'Ændringer' },
] as const;
type Kind = (typeof KINDS)[number]['value'];

const COLUMNS: Column<LogEntry>[] = [
  { key: 'at', header: 'Tidspunkt', cell: (e) => formatDateTime(e.at), rowHeader: true },
  { key: 'kind', header: 'Slags', cell: (e) => (e.kind === 'read' ? 'Læsning' : 'Ændring') },
  { key: 'action', header: 'Handling', cell: (e) => e.action },
  {
    key: 'person',
    header: 'Person',
    cell: (e) => (e.menteeId === null ? '–' : e.menteeName ? `${e.menteeName} (nr. ${e.menteeId})` : `Anonymiseret (nr. ${e.menteeId})`),
  },
  { key: 'purpose', header: 'Formål', cell: (e) => e.purpose ?? '' },
  { key: 'fields', header: 'Felter', cell: (e) => e.fields.join(', ') },
];

export function LogPage({ route }: { route: Route }) {
  const menteeId = route.name === 'log' ? route.menteeId : undefined;
  // A new person in the address bar starts the filters over.
  return <LogView key={menteeId ?? 0} menteeId={menteeId} />;
}

function LogView({ menteeId }: { menteeId?: number }) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [person, setPerson] = useState(menteeId ? String(menteeId) : '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const personId = person.trim() === '' ? null : Number(person.trim());
  const { input, errors } = useValidInput('log.list', { filter: { kind: kind || null, menteeId: personId, from, to } });
  const filter = { filter: input?.filter };
  const exportXlsx = useApiMutation('log.exportXlsx', {
    onSuccess: (file) => {
      downloadBase64(file.base64, file.fileName, file.mimeType);
      setNotice(`Loggen er gemt som ${file.fileName} i overførsler.`);
    },
  });

  return (
    <>
      <header className="page-header">
        <h1>Log</h1>
        <div className="page-header__actions">
          <button type="button" disabled={exportXlsx.isPending} onClick={() => {
              setNotice(null);
              exportXlsx.mutate({ filter: input?.filter });
            }}>
            Eksportér (xlsx)
          </button>
        </div>
      </header>
      <p className="muted">
        Hvert opslag på en person og hver ændring registreres med tidspunkt og handling. Loggen kan ikke ændres; opslag slettes efter den periode, der er
        valgt under <a href={href({ name: 'privacy' })}>Databeskyttelse</a>.
      </p>
      <div className="toolbar toolbar--wrap" role="search" aria-label="Filtrér loggen">
        <SelectField label="Slags" value={kind} onChange={(v) => setKind(KINDS.find((k) => k.value === v)?.value ?? '')} placeholder="Alle" options={KINDS} />
        <TextField label="Personnr." value={person} onChange={setPerson} inputMode="numeric" error={errors['filter.menteeId']} />
        <DateField label="Fra" value={from} onChange={setFrom} error={errors['filter.from']} />
        <DateField label="Til" value={to} onChange={setTo} error={errors['filter.to']} />
      </div>
      {menteeId ? (
        <p>
          <a href={href({ name: 'log' })}>Vis loggen for alle</a>
        </p>
      ) : null}
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{exportXlsx.error ? `Loggen kunne ikke eksporteres: ${errorMessage(exportXlsx.error)}` : null}</Alert>
      <PagedTable
        caption="Log"
        method="log.list"
        filter={filter}
        columns={COLUMNS}
        empty="Ingen linjer i loggen passer til filteret."
        countLabel={(n) => countText(n, 'linje', 'linjer')}
      />
    </>
  );
}
