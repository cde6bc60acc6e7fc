// The information letter for a young person at the first conversation (GDPR art. 13), as an A4
// print route ("#/print/oplysning?sprog=en"). It names no one, so it is not logged. Without the data
// protection officer's contact the letter says to ask the municipality, and the screen warns.
import { PROCESSING } from '../../../../shared/privacy/processing';
import { INFO_LETTER } from '../../../../shared/privacy/infoLetterText';
import { buildRoute, type Route } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { usePrintReady } from '../usePrintReady';
import { Bullets, LetterToolbar, ProcessingSections } from './LetterParts';

type InfoLetterRoute = Extract<Route, { name: 'infoLetter' }>;

export function InfoLetter({ route }: { route: InfoLetterRoute }) {
  const path = buildRoute(route);
  const info = useApiQuery('app.info');
  const settings = useApiQuery('privacy.retentionSettings');
  const failed = info.error ?? settings.error;
  const error = failed ? errorMessage(failed) : null;
  usePrintReady(path, { ready: Boolean(info.data && settings.data), error });

  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        Oplysningsbrevet kunne ikke vises: {error}
      </p>
    );
  }
  if (!info.data || !settings.data) return <p className="loading">Indlæser …</p>;
  const t = INFO_LETTER[route.lang];
  const p = PROCESSING[route.lang];
  const corps = info.data.corpsName ?? 'Mentorkorpset';
  const { years, dpoContact } = settings.data;
  return (
    <div className="print-view">
      <LetterToolbar>
        {dpoContact ? null : (
          <p className="alert alert--error" role="alert">
            Databeskyttelsesrådgiverens kontakt er ikke udfyldt. Brevet beder derfor den unge spørge kommunen. Udfyld kontakten under Databeskyttelse.
          </p>
        )}
      </LetterToolbar>
      <article className="sheet letter" aria-label={t.title} lang={route.lang}>
        <header className="doc-block">
          <p className="doc-head__corps">{corps}</p>
          <h1>{t.title}</h1>
        </header>
        <p>{t.intro(corps)}</p>
        <section className="doc-block">
          <h2>{t.whoWeAre}</h2>
          <p>{t.whoWeAreText(corps)}</p>
        </section>
        <section className="doc-block">
          <h2>{t.registered}</h2>
          <ul>
            {p.registered.map((r) => (
              <li key={r.group}>
                <strong>{r.group}:</strong> {r.fields}.
              </li>
            ))}
          </ul>
        </section>
        <section className="doc-block">
          <h2>{t.notRegistered}</h2>
          <Bullets items={p.notRegistered} />
        </section>
        <ProcessingSections lang={route.lang} t={t} retention={p.retention(years)} dpoContact={dpoContact} rightsHow={t.rightsHow} />
      </article>
    </div>
  );
}
