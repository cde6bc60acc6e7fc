// The configurable theme list: add a theme, or retire one (kept on old courses and in the statistics).
import { useEffect, useState } from 'react';
import type { Theme } from '../../../../shared/caseloadTypes';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { InlineForm } from '../../components/DialogForm';
import { TextField } from '../../components/fields';
import { Modal } from '../../components/Modal';
import { useSubmit } from '../../lib/useSubmit';

export function ThemesDialog({ themes, onClose, onChanged }: { themes: Theme[]; onClose: () => void; onChanged: () => void }) {
  const [label, setLabel] = useState('');
  const { errors, general, busy, run } = useSubmit(onChanged);
  // The box follows the click at once; the saved list replaces it when it has been reloaded.
  const [shown, setShown] = useState<Record<number, boolean>>({});
  useEffect(() => setShown({}), [themes]);
  const setActive = (t: Theme, active: boolean) =>
    void run(async () => {
      setShown((s) => ({ ...s, [t.id]: active }));
      try {
        return await call('themes.update', { id: t.id, label: t.label, active });
      } catch (err) {
        setShown((s) => ({ ...s, [t.id]: t.active }));
        throw err;
      }
    });
  return (
    <Modal title="Temaer" onClose={onClose}>
      <div className="form">
        <p>Temaer markeres på forløb og samtaler som flag, ikke som fri tekst. Et tema, der ikke længere bruges, kan skjules; det bliver på gamle forløb og i statistikken.</p>
        <Alert kind="error">{general ?? errors.id ?? null}</Alert>
        <ul className="themes-list">
          {themes.map((t) => (
            <li key={t.id}>
              <label className="check">
                <input type="checkbox" checked={shown[t.id] ?? t.active} disabled={busy} onChange={(e) => setActive(t, e.target.checked)} />
                {t.label}
              </label>
            </li>
          ))}
        </ul>
        <InlineForm
          busy={busy}
          submitLabel="Tilføj tema"
          onSubmit={() =>
            run(
              () => call('themes.create', { label }),
              () => {
                setLabel('');
                onChanged();
              },
            )
          }
        >
          <TextField label="Nyt tema" value={label} onChange={setLabel} error={errors.label} />
        </InlineForm>
        <div className="form__actions">
          <button type="button" onClick={onClose}>
            Luk
          </button>
        </div>
      </div>
    </Modal>
  );
}
