// "Indlæs en fuld eksport" on the import page: only for an empty corps (a new data file); otherwise it says why.
import { useState } from 'react';
import type { RestoreResult } from '../../../../shared/api/import';
import { formatInteger } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { useApiQuery } from '../../api/queries';
import { RestoreForm } from './RestoreForm';

export function RestoreDone({ result }: { result: RestoreResult }) {
  return (
    <div className="alert alert--ok" role="status">
      <p>
        Eksporten er indlæst{result.corpsName ? ` (${result.corpsName})` : ''}: {formatInteger(result.municipalities)} kommuner,{' '}
        {formatInteger(result.mentors)} mentorer, {formatInteger(result.mentees)} mentees, {formatInteger(result.courses)} forløb og{' '}
        {formatInteger(result.contacts)} samtaler.
      </p>
      <p>
        <a href={href({ name: 'courses' })}>Se forløbene</a>
      </p>
    </div>
  );
}

export function RestoreSection() {
  const state = useApiQuery('import.restoreState');
  const [done, setDone] = useState<RestoreResult | null>(null);
  const allowed = state.data?.allowed ?? false;
  return (
    <section className="card" aria-labelledby="full-restore">
      <h2 id="full-restore">Indlæs en fuld eksport</h2>
      <p>
        Hent hele korpset tilbage fra en JSON-fil dannet med "Eksportér alt (JSON)" — fx når korpset flyttes til en ny computer. Alle rækker kommer
        tilbage med de samme numre, og statistikken bliver den samme. Slettede personer kommer tilbage som anonyme rækker.
      </p>
      {done ? <RestoreDone result={done} /> : null}
      {!done && state.data && !allowed ? <p className="import-restore__why">{state.data.reason}</p> : null}
      {done ? null : <RestoreForm disabled={!allowed} onRestored={setDone} />}
    </section>
  );
}
