// The configurable theme list: add a theme, or retire one (kept on old courses and in the statistics).
import { useEffect, useState } from 'react';
import type { Theme } from '../../../../shared/caseloadTypes';
import { call, errorMessage, fieldErrors } from '../../api/client';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { Modal } from '../../components/Modal';

export function ThemesDialog({ themes, onClose, onChanged }: { themes: Theme[]; onClose: () => void; onChanged: () => void }) {
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The box follows the click at once; the saved list replaces it when it has been reloaded.
  const [shown, setShown] = useState<Record<number, boolean>>({});
  useEffect(() => setShown({}), [themes]);
  const setActive = (t: Theme, active: boolean) => {
    setShown((s) => ({ ...s, [t.id]: active }));
    call('themes.update', { id: t.id, label: t.label, active }).then(onChanged, (err: unknown) => {
      setShown((s) => ({ ...s, [t.id]: t.active }));
      fail(err);
    });
  };
  const fail = (err: unknown) => {
    const f = fieldErrors(err);
    setErrors(Object.keys(f).length ? f : { input: errorMessage(err) });
  };
  return (
    <Modal title="Temaer" onClose={onClose}>
      <div className="form">
        <p>Temaer markeres på forløb og samtaler som flag, ikke som fri tekst. Et tema, der ikke længere bruges, kan skjules; det bliver på gamle forløb og i statistikken.</p>
        <Alert kind="error">{errors.input ?? errors.id ?? null}</Alert>
        <ul className="themes-list">
          {themes.map((t) => (
            <li key={t.id}>
              <label className="check">
                <input type="checkbox" checked={shown[t.id] ?? t.active} onChange={(e) => setActive(t, e.target.checked)} />
                {t.label}
              </label>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            call('themes.create', { label }).then(() => {
              setLabel('');
              setErrors({});
              onChanged();
            }, fail);
          }}
        >
          <TextField label="Nyt tema" value={label} onChange={setLabel} error={errors.label} />
          <button type="submit">Tilføj tema</button>
        </form>
        <div className="form__actions">
          <button type="button" onClick={onClose}>
            Luk
          </button>
        </div>
      </div>
    </Modal>
  );
}
