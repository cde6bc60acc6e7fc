import { useState } from 'react';
import type { AppInfo } from '../../../shared/types';
import { call } from '../api/client';
import { TextField } from '../components/fields';
import { Alert } from '../components/Alert';
import { useSubmit } from '../lib/useSubmit';

/** onDone gets the section to open: the daily work for the demo, the municipalities for an empty corps. */
export function Welcome({ onDone }: { onDone: (info: AppInfo, firstRoute: string) => void }) {
  const [corpsName, setCorpsName] = useState('');
  const { errors, message, busy, run } = useSubmit<{ info: AppInfo; firstRoute: string }>((r) => onDone(r.info, r.firstRoute));

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
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run(async () => ({ info: await call('setup.loadDemo'), firstRoute: '/forloeb' }))}
          >
            Indlæs demokorps
          </button>
        </section>
        <section className="card">
          <h2>Start tomt</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => ({ info: await call('setup.startEmpty', { corpsName }), firstRoute: '/kommuner' }));
            }}
          >
            <TextField label="Korpsets navn" required value={corpsName} onChange={setCorpsName} error={errors.corpsName} />
            <button type="submit" disabled={busy}>
              Start tomt
            </button>
          </form>
        </section>
      </div>
      <Alert kind="error">{message}</Alert>
    </main>
  );
}
