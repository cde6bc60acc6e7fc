// The configurable theme list: add a theme, or retire one (kept on old courses and in the statistics).
import { themeFields } from '../../../../shared/schemas/caseload';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { InlineForm } from '../../components/DialogForm';
import { FormText } from '../../components/formFields';
import { Modal, useRequestClose } from '../../components/Modal';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

export function ThemesDialog({ onClose }: { onClose: () => void }) {
  const themes = useApiQuery('themes.list');
  const update = useApiMutation('themes.update');
  const form = useApiForm(themeFields, { label: '' });
  const create = useApiMutation('themes.create', { onSuccess: () => form.reset({ label: '' }) });
  const failed = themes.error ?? update.error;
  return (
    <Modal title="Temaer" onClose={onClose} dirty={form.formState.isDirty}>
      <div className="form">
        <p>Temaer markeres på forløb og samtaler som flag, ikke som fri tekst. Et tema, der ikke længere bruges, kan skjules; det bliver på gamle forløb og i statistikken.</p>
        <Alert kind="error">{failed ? errorMessage(failed) : formMessage(form)}</Alert>
        <ul className="themes-list">
          {(themes.data ?? []).map((t) => (
            <li key={t.id}>
              <label className="check">
                {/* The box keeps what was clicked while it is saved; the reloaded list (a new key) then sets it. */}
                <input key={`${t.id}:${t.active}`} type="checkbox" defaultChecked={t.active} disabled={update.isPending} onChange={(e) => update.mutate({ id: t.id, label: t.label, active: e.target.checked })} />
                {t.label}
              </label>
            </li>
          ))}
        </ul>
        <InlineForm busy={create.isPending || form.formState.isSubmitting} submitLabel="Tilføj tema" onSubmit={submitWith(form, (values) => create.mutateAsync(values))}>
          <FormText control={form.control} name="label" label="Nyt tema" />
        </InlineForm>
        <div className="form__actions">
          <CloseButton />
        </div>
      </div>
    </Modal>
  );
}

/** "Luk" asks first, as Esc does, when a new theme is typed but not added. */
function CloseButton() {
  const requestClose = useRequestClose();
  return (
    <button type="button" onClick={requestClose}>
      Luk
    </button>
  );
}
