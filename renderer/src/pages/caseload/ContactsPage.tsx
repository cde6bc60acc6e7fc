// Samtaler: all contacts, newest first, per mentor, type and period; paged in SQL while scrolling.
import { useState } from 'react';
import { CONTACT_TYPES, CONTACT_TYPE_KEYS, type ContactType } from '../../../../shared/caseload';
import type { ContactRow } from '../../../../shared/caseloadTypes';
import { formatInteger } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText, type Column } from '../../components/DataTable';
import { FilterSelect } from '../../components/FilterSelect';
import { DateField } from '../../components/fields';
import { PagedTable } from '../../components/PagedTable';
import { useValidInput } from '../../lib/useValidInput';
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
            <a href={href({ name: 'course', id: p.courseId })}>{p.menteeName}</a>
          </span>
        ))}
      </span>
    );
  },
};

const typeOf = (v: string): ContactType | null => CONTACT_TYPE_KEYS.find((k) => k === v) ?? null;

export function ContactsPage() {
  const [mentorId, setMentorId] = useState('');
  const [type, setType] = useState<ContactType | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dialog, setDialog] = useState<ContactDialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const info = useApiQuery('app.info');
  const mentors = useApiQuery('mentors.list', { includeInactive: true });
  const themes = useApiQuery('themes.list');
  // The dates go as typed; a bad one gets its message by the field and the list stays as it was.
  const filter = useValidInput('contacts.list', { mentorId: mentorId ? Number(mentorId) : null, type, from: from || null, to: to || null });
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
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
      <Alert kind="error">{info.error ? errorMessage(info.error) : null}</Alert>
      <div className="toolbar toolbar--wrap">
        <FilterSelect label="Mentor" value={mentorId} onChange={setMentorId} options={mentors.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
        <FilterSelect label="Type" value={type ?? ''} onChange={(v) => setType(typeOf(v))} options={optionsOf(CONTACT_TYPES)} />
        <DateField label="Fra" value={from} onChange={setFrom} hint=" " error={filter.errors.from} />
        <DateField label="Til" value={to} onChange={setTo} hint=" " error={filter.errors.to} />
      </div>
      <PagedTable
        caption="Samtaler"
        method="contacts.list"
        filter={filter.input ?? {}}
        columns={columns}
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
