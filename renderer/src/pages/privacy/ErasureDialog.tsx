// Erasure on request, or its recorded refusal: the preview says exactly what goes and what stays, and
// the reason is recorded with either decision. A refusal from the backend shows next to the field.
import { useState } from 'react';
import type { PrivacyRequest } from '../../../../shared/api/privacy';
import { formatDate } from '../../../../shared/format';
import { erasureDecision } from '../../../../shared/schemas/privacy';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { FormTextArea } from '../../components/formFields';
import { Modal, useRequestClose } from '../../components/Modal';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { ErasurePreviewView } from './ErasurePreviewView';

export function ErasureDialog({ menteeId, onClose, onErased }: { menteeId: number; onClose: () => void; onErased?: () => void }) {
  const [done, setDone] = useState<PrivacyRequest | null>(null);
  const erase = useApiMutation('privacy.erase', { onSuccess: setDone });
  const refuse = useApiMutation('privacy.refuseErasure', { onSuccess: setDone });
  // Not re-read once a decision is under way: after an erasure there is no person left to preview.
  const deciding = erase.isPending || refuse.isPending || done !== null;
  const preview = useApiQuery('privacy.erasePreview', { menteeId }, { enabled: !deciding });
  const form = useApiForm(erasureDecision, { menteeId, reason: '' });
  const busy = erase.isPending || refuse.isPending;
  const blocked = !preview.data || preview.data.blockedReason !== null;

  const close = () => {
    if (done?.kind === 'erasure') onErased?.();
    onClose();
  };

  return (
    <Modal title="Slet eller afvis sletning" onClose={close} dirty={form.formState.isDirty && !done}>
      {done ? (
        <Decided request={done} />
      ) : (
        <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
          {preview.data ? <ErasurePreviewView preview={preview.data} /> : null}
          <Alert kind="error">{preview.error ? errorMessage(preview.error) : null}</Alert>
          {!preview.data && !preview.error ? <p className="loading">Indlæser …</p> : null}
          <FormTextArea
            control={form.control}
            name="reason"
            label="Årsag"
            required
            hint="Registreres med afgørelsen. Skriv ikke personens navn. Ved afvisning f.eks.: kommunens notatpligt."
          />
          <Alert kind="error">{form.formState.errors.menteeId?.message ?? formMessage(form)}</Alert>
          <div className="form__actions">
            <button type="button" className="danger" disabled={busy || blocked} onClick={() => void submitWith(form, (v) => erase.mutateAsync(v))()}>
              Slet personoplysninger
            </button>
            <button type="button" disabled={busy || !!preview.error} onClick={() => void submitWith(form, (v) => refuse.mutateAsync(v))()}>
              Afvis sletning
            </button>
            <CancelButton />
          </div>
        </form>
      )}
    </Modal>
  );
}

function CancelButton({ label = 'Annuller' }: { label?: string }) {
  const requestClose = useRequestClose();
  return (
    <button type="button" onClick={requestClose}>
      {label}
    </button>
  );
}

function Decided({ request }: { request: PrivacyRequest }) {
  const when = formatDate(request.decidedAt.slice(0, 10));
  return (
    <div className="form">
      <Alert kind="ok">
        {request.kind === 'erasure'
          ? `Personoplysningerne er slettet ${when}. ${request.courses} forløb og deres samtaler er bevaret som anonyme rækker; statistikken er uændret.`
          : `Afvisningen er registreret ${when} med årsagen. Intet er slettet.`}
      </Alert>
      <div className="form__actions">
        <CancelButton label="Færdig" />
      </div>
    </div>
  );
}
