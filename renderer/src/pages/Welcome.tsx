import type { Route } from '../../../shared/routes';
import { systemMethods } from '../../../shared/api/system';
import { useApiMutation } from '../api/queries';
import { errorMessage } from '../api/client';
import { Alert } from '../components/Alert';
import { FormText } from '../components/formFields';
import { formMessage, submitWith, useApiForm } from '../lib/useApiForm';
import { RestoreForm } from './import/RestoreForm';

/** onDone gets the section to open: the daily work for the demo, the municipalities for an empty corps. */
export function Welcome({ onDone }: { onDone: (first: Route) => void }) {
  const loadDemo = useApiMutation('setup.loadDemo', { onSuccess: () => onDone({ name: 'courses' }) });
  const startEmpty = useApiMutation('setup.startEmpty', { onSuccess: () => onDone({ name: 'municipalities' }) });
  const form = useApiForm(systemMethods['setup.startEmpty'].input, { corpsName: '' });
  const busy = loadDemo.isPending || startEmpty.isPending;

  return (
    <main className="welcome">
      <h1>Velkommen til Mentorkorps</h1>
      <p>Vælg, hvordan du vil begynde. Du kan altid tilføje kommuner og mentorer senere.</p>
      <div className="welcome__choices">
        <section className="card">
          <h2>Prøv med demokorpset</h2>
          <p>
            De ti fynske kommuner med deres kommunekoder, tre mentorer (socialrådgiver, ergoterapeut og speciallærer), ca. 470 mentees
            med et års samtaler, en fordelingsnøgle og et spørgeskema. Alle personer er opdigtede.
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => loadDemo.mutate(undefined)}>
            Indlæs demokorps
          </button>
        </section>
        <section className="card">
          <h2>Start tomt</h2>
          <form noValidate onSubmit={submitWith(form, (values) => startEmpty.mutateAsync(values))}>
            <FormText control={form.control} name="corpsName" label="Korpsets navn" required />
            <button type="submit" disabled={busy}>
              Start tomt
            </button>
          </form>
        </section>
        <section className="card">
          <h2>Indlæs fra en fuld eksport (JSON)</h2>
          <p>Flytter I korpset fra en anden computer? Vælg JSON-filen fra "Eksportér alt (JSON)", så kommer hele korpset med.</p>
          <RestoreForm onRestored={() => onDone({ name: 'courses' })} />
        </section>
      </div>
      <Alert kind="error">{loadDemo.error ? errorMessage(loadDemo.error) : formMessage(form)}</Alert>
    </main>
  );
}
