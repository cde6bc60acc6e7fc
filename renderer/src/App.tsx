import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/types';
import { call, errorMessage } from './api/client';
import { navigate, useHashRoute } from './lib/useHashRoute';
import { BackupPage } from './pages/BackupPage';
import { MentorsPage } from './pages/MentorsPage';
import { MunicipalitiesPage } from './pages/MunicipalitiesPage';
import { Welcome } from './pages/Welcome';
import { CaseloadPage } from './pages/caseload/CaseloadPage';
import { ContactsPage } from './pages/caseload/ContactsPage';
import { CoursesRoute } from './pages/caseload/CoursesPage';
import { FollowUpPage } from './pages/caseload/FollowUpPage';
import { BillingPage } from './pages/billing/BillingPage';
import { PrintRoute } from './print/PrintRoute';
import { StatisticsPage } from './pages/statistics/StatisticsPage';
import { SurveyPage } from './pages/statistics/SurveyPage';
import { EvaluationReport } from './pages/statistics/EvaluationReport';
import { SessionGate } from './pages/session/SessionGate';
import { SecuritySettingsPage } from './pages/session/SecuritySettingsPage';

// Only sections that work are listed; later domains add theirs here.
const SECTIONS = [
  // Daily work first, then the corps, the money and results, and the data file last.
  { route: '/forloeb', label: 'Forløb', Page: CoursesRoute },
  { route: '/samtaler', label: 'Samtaler', Page: ContactsPage },
  { route: '/sagsfordeling', label: 'Sagsfordeling', Page: CaseloadPage },
  { route: '/opfoelgning', label: 'Opfølgning', Page: FollowUpPage },
  { route: '/mentorer', label: 'Mentorer', Page: MentorsPage },
  { route: '/kommuner', label: 'Kommuner', Page: MunicipalitiesPage },
  { route: '/fordeling', label: 'Fordelingsnøgle', Page: BillingPage },
  { route: '/statistik', label: 'Statistik', Page: StatisticsPage },
  { route: '/spoergeskema', label: 'Spørgeskema', Page: SurveyPage },
  { route: '/sikkerhedskopier', label: 'Sikkerhedskopier', Page: BackupPage },
  // After '/sikkerhedskopier', which also starts with '/sikkerhed' (the first match wins).
  { route: '/sikkerhed', label: 'Sikkerhed', Page: SecuritySettingsPage },
] as const;

/** The data file is opened first (setup, unlock, trouble); the app itself only while it is unlocked. */
export function App() {
  return (
    <SessionGate>
      <Workspace />
    </SessionGate>
  );
}

function Workspace() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const route = useHashRoute();

  useEffect(() => {
    call('app.info').then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);

  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        Mentorkorps kunne ikke starte: {error}
      </p>
    );
  }
  if (!info) return <p className="loading">Indlæser …</p>;
  if (!info.setupDone) {
    return (
      <Welcome
        onDone={(next, firstRoute) => {
          setInfo(next);
          navigate(firstRoute);
        }}
      />
    );
  }

  // Print routes are whole A4 documents without navigation (printed to PDF by the backend too).
  // In <main>: a print view is the page's main content (one landmark, for screen readers too).
  if (route.startsWith('/print/')) return <main id="indhold">{route.startsWith('/print/evaluering') ? <EvaluationReport route={route} /> : <PrintRoute route={route} />}</main>;
  const section = SECTIONS.find((s) => route.startsWith(s.route)) ?? SECTIONS[0];
  return (
    <div className="shell">
      <a className="skip-link" href="#indhold">
        Spring til indhold
      </a>
      <nav className="nav" aria-label="Hovedmenu">
        <div className="nav__brand">
          <strong>Mentorkorps</strong>
          <span>{info.corpsName}</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.route}>
              <a href={`#${s.route}`} aria-current={s === section ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="nav__footer" title={info.dataFile}>
          Version {info.version}
        </div>
      </nav>
      <main id="indhold" className="content" tabIndex={-1}>
        <section.Page />
      </main>
    </div>
  );
}
