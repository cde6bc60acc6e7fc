// The referral form's warning of a likely existing person: while a new mentee is typed, the backend is
// asked for a person with the same name (folded for case and æ/ø/å), birth year and home municipality.
// The coordinator uses that person (a new course for them) or confirms that this is someone else.
import { useController, useWatch, type Control } from 'react-hook-form';
import type { SimilarMentee } from '../../../../shared/api/caseload';
import { formatInteger } from '../../../../shared/format';
import { menteeSimilar, type courseRefer } from '../../../../shared/schemas/caseload';
import type { z } from 'zod';
import { useApiQuery } from '../../api/queries';
import { useDebounced } from '../../lib/useDebounced';

type ReferValues = z.input<typeof courseRefer>;
const NOBODY = { name: '', birthYear: 0, homeMunicipalityId: 0 };

export function SimilarPersons({ control, onUse }: { control: Control<ReferValues>; onUse: (m: SimilarMentee) => void }) {
  const [name, birthYear, homeMunicipalityId] = useWatch({ control, name: ['mentee.name', 'mentee.birthYear', 'mentee.homeMunicipalityId'] });
  // Debounced as text: a new object every render would never settle.
  const typed = useDebounced(JSON.stringify({ name, birthYear, homeMunicipalityId }), 300);
  const parsed = menteeSimilar.safeParse(JSON.parse(typed));
  const similar = useApiQuery('mentees.similar', parsed.success ? parsed.data : NOBODY, { enabled: parsed.success, keepPrevious: true });
  const confirm = useController({ control, name: 'confirmNewPerson' });
  const found = parsed.success ? (similar.data ?? []) : [];
  if (!found.length) return null;
  return (
    <div className="confirm-box" role="group" aria-label="Mulig kendt person">
      <p>
        <strong>Findes personen allerede?</strong> Der er registreret en person med samme navn, fødselsår og hjemkommune. En elev, der kommer igen, skal have et nyt
        forløb – ikke en ny person.
      </p>
      <ul className="similar-persons">
        {found.map((m) => (
          <li key={m.id}>
            {m.name} (født {m.birthYear}, {m.homeMunicipalityName}) · {formatInteger(m.courses)} {m.courses === 1 ? 'forløb' : 'forløb'}
            {m.openCourse ? ' · har et aktivt forløb' : ''}{' '}
            <button type="button" disabled={m.openCourse} onClick={() => onUse(m)}>
              Brug {m.name}
            </button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={confirm.field.value === true} onChange={(e) => confirm.field.onChange(e.target.checked)} />
        Det er en anden person – opret en ny
      </label>
      {confirm.fieldState.error ? (
        <small className="field__error" role="alert">
          {confirm.fieldState.error.message}
        </small>
      ) : null}
    </div>
  );
}
