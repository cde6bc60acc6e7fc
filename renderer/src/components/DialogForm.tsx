// The dialogs' common shape: a modal with one form, its fields, and "label / Annuller" at the foot;
// and the one-line form that adds an item to a list on a page or in a dialog.
import type { ReactNode } from 'react';
import { Modal } from './Modal';

export function FormActions({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="form__actions">
      <button type="submit" className="primary" disabled={busy}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
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
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void | Promise<void>;
  busy: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <FormActions busy={busy} label={submitLabel} onCancel={onClose} />
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
