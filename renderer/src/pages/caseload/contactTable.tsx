// The contact list's columns and dialogs, shared by Samtaler and a course's own contact list.
import { CONTACT_TYPES, type ContactType } from '../../../../shared/caseload';
import type { ContactRow, Theme } from '../../../../shared/caseloadTypes';
import { formatDate, formatInteger } from '../../../../shared/format';
import type { Mentor } from '../../../../shared/types';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import type { Column } from '../../components/DataTable';
import { DialogForm } from '../../components/DialogForm';
import { ContactDialog, type Participant } from './ContactForm';
import { themeNames } from './labels';

export type ContactDialogState = 'new' | { edit: ContactRow } | { delete: ContactRow } | null;

/** Edit and delete buttons for a row of contacts, in every contact list. */
export function contactActionsColumn(open: (dialog: { edit: ContactRow } | { delete: ContactRow }) => void): Column<ContactRow> {
  return {
    key: 'actions',
    header: <span className="sr-only">Handlinger</span>,
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

/** Date, type, mentor, minutes, who took part (`who` differs per list), themes, and the row's buttons. */
export function contactColumns(themes: readonly Theme[], who: Column<ContactRow>, open: (dialog: { edit: ContactRow } | { delete: ContactRow }) => void): Column<ContactRow>[] {
  return [
    { key: 'date', header: 'Dato', cell: (k) => formatDate(k.date) },
    { key: 'type', header: 'Type', cell: (k) => CONTACT_TYPES[k.type] },
    { key: 'mentor', header: 'Mentor', cell: (k) => k.mentorName },
    { key: 'minutes', header: 'Minutter', numeric: true, cell: (k) => formatInteger(k.durationMinutes) },
    who,
    { key: 'themes', header: 'Temaer', cell: (k) => themeNames(themes, k.themeIds) },
    contactActionsColumn(open),
  ];
}

/**
 * The open contact dialog, if `dialog` is one: new, edit or delete. A page's other dialogs (plain strings) pass through.
 * `onDone` gets the notice to show; the lists showing contacts refresh themselves (the writes invalidate them).
 */
export function ContactDialogs({
  dialog,
  participants,
  defaultType,
  defaultMentorId,
  defaultThemeIds,
  mentors,
  themes,
  today,
  onClose,
  onDone,
}: {
  dialog: ContactDialogState | string;
  participants: Participant[];
  defaultType?: ContactType;
  defaultMentorId: number | null;
  defaultThemeIds?: number[];
  mentors: Mentor[];
  themes: Theme[];
  today: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  if (dialog && typeof dialog === 'object' && 'delete' in dialog) return <DeleteContactDialog contact={dialog.delete} onClose={onClose} onDone={() => onDone('Samtalen er slettet.')} />;
  const contact = dialog && typeof dialog === 'object' ? dialog.edit : null;
  if (dialog !== 'new' && !contact) return null;
  return (
    <ContactDialog
      contact={contact}
      participants={participants}
      defaultType={defaultType}
      defaultMentorId={defaultMentorId}
      defaultThemeIds={defaultThemeIds}
      mentors={mentors}
      themes={themes}
      today={today}
      onClose={onClose}
      onSaved={(k) => onDone(`${CONTACT_TYPES[k.type]} ${formatDate(k.date)} er gemt.`)}
    />
  );
}

function DeleteContactDialog({ contact, onClose, onDone }: { contact: ContactRow; onClose: () => void; onDone: () => void }) {
  const remove = useApiMutation('contacts.delete', { onSuccess: onDone });
  return (
    <DialogForm
      title="Slet samtale"
      onClose={onClose}
      onSubmit={() => remove.mutate({ id: contact.id })}
      busy={remove.isPending}
      submitLabel="Slet"
      message={remove.error ? errorMessage(remove.error) : null}
    >
      <p>
        Slet {CONTACT_TYPES[contact.type].toLowerCase()} {formatDate(contact.date)} med {contact.mentorName}? Den tæller så ikke længere med i statistikken.
      </p>
    </DialogForm>
  );
}
