// Samtaler: all contacts, newest first, per mentor and type; paged in SQL while scrolling.
import { useState } from 'react';
import { CONTACT_TYPES, type ContactType } from '../../../../shared/caseload';
import type { ContactRow } from '../../../../shared/caseloadTypes';
import { formatInteger } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FilterSelect } from '../../components/FilterSelect';
import { DateField } from '../../components/fields';
import { PagedTable, countText, type Column } from '../../components/LegacyPagedTable';
import { dateInput } from '../../lib/formValues';
import { useLoad } from '../../lib/useAsync';
import { ContactDialogs, contactColumns, type ContactDialogState } from './contactTable';
import { optionsOf } from './labels';

const participantsColumn: Column<ContactRow> = {
  key: 'who',
  header: 'Deltagere',
  // Long texts are cut off in the cell; the title shows them whole.
  cell: (k) => {
    if (k.type === 'klasse') {
      const text = `${k.school ?? ''}${k.className ? `, ${k.className}` : ''}: ${formatInteger(k.headCount ?? 0)} elever`;
      return <span title={text}>{text}</span>;
    }
    return (
      <span title={k.participants.map((p) => p.menteeName).join(', ')}>
        {k.participants.map((p, i) => (
          <span key={p.courseId}>
            {i ? ', ' : ''}
            <a href={`#/forloeb/${p.courseId}`}>{p.menteeName}</a>
          </span>
        ))}
      </span>
    );
  },
};

export function ContactsPage() {
  const [mentorId, setMentorId] = useState('');
  const [type, setType] = useState<ContactType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tick, setTick] = useState(0);
  const [dialog, setDialog] = useState<ContactDialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const info = useLoad(() => call('app.info'), []);
  const mentors = useLoad(() => call('mentors.list', { includeInactive: true }), []);
  const themes = useLoad(() => call('themes.list'), []);
  const fromIso = from ? dateInput(from) : null;
  const toIso = to ? dateInput(to) : null;
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    setTick((t) => t + 1);
  };
  const columns = contactColumns(themes.data ?? [], participantsColumn, setDialog);

  return (
    <>
      <header className="page-header">
        <h1>Samtaler</h1>
        <button type="button" className="primary" onClick={() => setDialog('new')}>
          Ny samtale
        </button>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{info.error}</Alert>
      <div className="toolbar toolbar--wrap">
        <FilterSelect label="Mentor" value={mentorId} onChange={setMentorId} options={mentors.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
        <FilterSelect label="Type" value={type} onChange={(v) => setType(v as ContactType | '')} options={optionsOf(CONTACT_TYPES)} />
        <DateField label="Fra" value={from} onChange={setFrom} hint=" " />
        <DateField label="Til" value={to} onChange={setTo} hint=" " />
      </div>
      <PagedTable
        caption="Samtaler"
        columns={columns}
        deps={[mentorId, type, fromIso, toIso, tick]}
        fetchPage={(offset, limit) =>
          call('contacts.list', { mentorId: mentorId ? Number(mentorId) : null, type: type || null, from: fromIso, to: toIso, offset, limit })
        }
        empty="Ingen samtaler matcher."
        countLabel={(n) => countText(n, 'samtale', 'samtaler')}
      />
      {/* The new contact's date starts at today, so the form waits until today is known. */}
      {info.data ? (
        <ContactDialogs
          dialog={dialog}
          participants={[]}
          defaultMentorId={mentorId ? Number(mentorId) : null}
          mentors={mentors.data ?? []}
          themes={themes.data ?? []}
          today={info.data.today}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
    </>
  );
}
