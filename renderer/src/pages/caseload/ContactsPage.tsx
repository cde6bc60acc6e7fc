// Samtaler: all contacts, newest first, per mentor and type; paged in SQL while scrolling.
import { useState } from 'react';
import { CONTACT_TYPES, type ContactType } from '../../../../shared/caseload';
import type { ContactRow } from '../../../../shared/caseloadTypes';
import { formatDate } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { FilterSelect } from '../../components/FilterSelect';
import { DateField } from '../../components/fields';
import { Modal } from '../../components/Modal';
import { PagedTable, countText, type Column } from '../../components/PagedTable';
import { dateInput } from '../../lib/formValues';
import { useSubmit } from '../../lib/useSubmit';
import { useLoad } from '../../lib/useAsync';
import { ContactForm } from './ContactForm';
import { optionsOf } from './labels';

/** Edit and delete buttons for a row of contacts, in every contact list. */
export function contactActionsColumn(open: (dialog: { edit: ContactRow } | { delete: ContactRow }) => void): Column<ContactRow> {
  return {
    key: 'actions',
    header: (
      <th scope="col">
        <span className="sr-only">Handlinger</span>
      </th>
    ),
    cell: (k) => (
      <span className="actions">
        <button type="button" aria-label={`Rediger samtalen ${formatDate(k.date)}`} onClick={() => open({ edit: k })}>
          Rediger
        </button>
        <button type="button" aria-label={`Slet samtalen ${formatDate(k.date)}`} onClick={() => open({ delete: k })}>
          Slet
        </button>
      </span>
    ),
  };
}

export function DeleteContactDialog({ contact, onClose, onDone }: { contact: ContactRow; onClose: () => void; onDone: () => void }) {
  const { message, busy, run } = useSubmit(onDone);
  return (
    <DialogForm
      title="Slet samtale"
      onClose={onClose}
      onSubmit={() => run(() => call('contacts.delete', { id: contact.id }))}
      busy={busy}
      submitLabel="Slet"
    >
      <p>
        Slet {CONTACT_TYPES[contact.type].toLowerCase()} {formatDate(contact.date)} med {contact.mentorName}? Den tæller så ikke længere med i statistikken.
      </p>
      <Alert kind="error">{message}</Alert>
    </DialogForm>
  );
}

export function ContactsPage() {
  const [mentorId, setMentorId] = useState('');
  const [type, setType] = useState<ContactType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tick, setTick] = useState(0);
  const [dialog, setDialog] = useState<'new' | { edit: ContactRow } | { delete: ContactRow } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const info = useLoad(() => call('app.info'), []);
  const mentors = useLoad(() => call('mentors.list', { includeInactive: true }), []);
  const themes = useLoad(() => call('themes.list'), []);
  const themeLabel = new Map((themes.data ?? []).map((t) => [t.id, t.label]));
  const fromIso = from ? dateInput(from) : null;
  const toIso = to ? dateInput(to) : null;
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    setTick((t) => t + 1);
  };

  const columns: Column<ContactRow>[] = [
    { key: 'date', header: 'Dato', cell: (k) => formatDate(k.date) },
    { key: 'type', header: 'Type', cell: (k) => CONTACT_TYPES[k.type] },
    { key: 'mentor', header: 'Mentor', cell: (k) => k.mentorName },
    { key: 'minutes', header: 'Minutter', numeric: true, cell: (k) => k.durationMinutes },
    {
      key: 'who',
      header: 'Deltagere',
      cell: (k) =>
        k.type === 'klasse' ? (
          `${k.school ?? ''}${k.className ? `, ${k.className}` : ''}: ${k.headCount} elever`
        ) : (
          <span title={k.participants.map((p) => p.menteeName).join(', ')}>
            {k.participants.map((p, i) => (
              <span key={p.courseId}>
                {i ? ', ' : ''}
                <a href={`#/forloeb/${p.courseId}`}>{p.menteeName}</a>
              </span>
            ))}
          </span>
        ),
    },
    { key: 'themes', header: 'Temaer', cell: (k) => k.themeIds.map((t) => themeLabel.get(t)).join(', ') },
    contactActionsColumn(setDialog),
  ];

  return (
    <>
      <header className="page-header">
        <h1>Samtaler</h1>
        <button type="button" className="primary" onClick={() => setDialog('new')}>
          Ny samtale
        </button>
      </header>
      <Alert kind="ok">{notice}</Alert>
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
      {dialog === 'new' || (dialog && 'edit' in dialog) ? (
        <Modal title={dialog === 'new' ? 'Ny samtale' : 'Rediger samtale'} onClose={() => setDialog(null)}>
          <ContactForm
            contact={dialog === 'new' ? null : dialog.edit}
            participants={[]}
            defaultMentorId={mentorId ? Number(mentorId) : null}
            mentors={mentors.data ?? []}
            themes={themes.data ?? []}
            today={info.data?.today ?? ''}
            onCancel={() => setDialog(null)}
            onSaved={(k) => done(`${CONTACT_TYPES[k.type]} ${formatDate(k.date)} er gemt.`)}
          />
        </Modal>
      ) : null}
      {dialog && typeof dialog === 'object' && 'delete' in dialog ? (
        <DeleteContactDialog contact={dialog.delete} onClose={() => setDialog(null)} onDone={() => done('Samtalen er slettet.')} />
      ) : null}
    </>
  );
}
