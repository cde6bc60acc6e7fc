// The dialogs' common shape: a modal with one form, its fields, and "label / Annuller" at the foot;
// and the one-line form that adds an item to a list on a page or in a dialog.
import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { Modal, useRequestClose } from './Modal';

/** "label / Annuller"; inside a dialog, Annuller asks before throwing away a changed form. */
export function FormActions({ busy, label, onCancel }: { busy: boolean; label: string; onCancel?: () => void }) {
  const requestClose = useRequestClose();
  return (
    <div className="form__actions">
      <button type="submit" className="primary" disabled={busy}>
        {label}
      </button>
      <button type="button" onClick={onCancel ?? requestClose}>
        Annuller
      </button>
    </div>
  );
}

export function DialogForm({
  title,
  onClose,
  onSubmit,
  busy,
  submitLabel,
  dirty = false,
  message,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void | Promise<void>;
  busy: boolean;
  submitLabel: string;
  /** A changed form: closing asks first. */
  dirty?: boolean;
  /** A refusal that names no field, shown above the buttons. */
  message?: string | null;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onClose} dirty={dirty}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <Alert kind="error">{message ?? null}</Alert>
        <FormActions busy={busy} label={submitLabel} />
      </form>
    </Modal>
  );
}

/** A row of fields and one submit button; Enter in a field submits, and not while `busy`. */
export function InlineForm({ onSubmit, busy, submitLabel, children }: { onSubmit: () => void | Promise<void>; busy: boolean; submitLabel: string; children: ReactNode }) {
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
