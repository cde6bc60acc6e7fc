// The dialogs' common shape: a modal with one form, its fields, and "label / Annuller" at the foot.
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
