import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { href, isPrintRoute, pageOf, type PageName, type Route } from '../../shared/routes';
import { queryClient, useApiQuery } from './api/queries';
import { errorMessage } from './api/client';
import { navigate, useRoute } from './lib/router';
import { BackupPage } from './pages/BackupPage';
import { MentorsPage } from './pages/MentorsPage';
import { MunicipalitiesPage } from './pages/MunicipalitiesPage';
import { Welcome } from './pages/Welcome';
import { CaseloadPage } from './pages/caseload/CaseloadPage';
import { ContactsPage } from './pages/caseload/ContactsPage';
import { CoursesRoute } from './pages/caseload/CoursesPage';
import { FollowUpPage } from './pages/caseload/FollowUpPage';
import { BillingPage } from './pages/billing/BillingPage';
import { SessionGate } from './pages/session/SessionGate';
import { SecuritySettingsPage } from './pages/session/SecuritySettingsPage';
import { LogPage } from './pages/privacy/LogPage';
import { PrivacyMenuLabel } from './pages/privacy/PrivacyMenuLabel';
import { PrivacyPage } from './pages/privacy/PrivacyPage';
import { ImportPage } from './pages/import/ImportPage';
import { LAZY_PRINT_DOCUMENTS, printDocument } from './print/printDocument';

// The charts (recharts) and the print documents (print/printDocument.tsx) are loaded when first shown,
// so the first screen (Forløb) does not download and parse them. Each lazy module is its own chunk in the build.
const StatisticsPage = lazy(() => import('./pages/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const SurveyPage = lazy(() => import('./pages/statistics/SurveyPage').then((m) => ({ default: m.SurveyPage })));

const loadingPage = <p className="loading">Indlæser siden …</p>;

/** The menu, in order: daily work first, then the corps, the money and results, and the data file last. */
const SECTIONS: ReadonlyArray<{ page: PageName; label: string; Page: ComponentType<{ route: Route }> }> = [
  { page: 'courses', label: 'Forløb', Page: CoursesRoute },
  { page: 'contacts', label: 'Samtaler', Page: ContactsPage },
  { page: 'caseload', label: 'Sagsfordeling', Page: CaseloadPage },
  { page: 'followUp', label: 'Opfølgning', Page: FollowUpPage },
  { page: 'mentors', label: 'Mentorer', Page: MentorsPage },
  { page: 'municipalities', label: 'Kommuner', Page: MunicipalitiesPage },
  { page: 'billing', label: 'Fordelingsnøgle', Page: BillingPage },
  { page: 'statistics', label: 'Statistik', Page: StatisticsPage },
  { page: 'survey', label: 'Spørgeskema', Page: SurveyPage },
  { page: 'backups', label: 'Sikkerhedskopier', Page: BackupPage },
  { page: 'import', label: 'Import og eksport', Page: ImportPage },
  { page: 'security', label: 'Sikkerhed', Page: SecuritySettingsPage },
  { page: 'privacy', label: 'Databeskyttelse', Page: PrivacyPage },
  { page: 'log', label: 'Log', Page: LogPage },
];

/** The data file is opened first (setup, unlock, trouble); the app itself only while it is unlocked. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionGate>
        <Workspace />
      </SessionGate>
    </QueryClientProvider>
  );
}

function Workspace() {
  const info = useApiQuery('app.info');
  const route = useRoute();

  if (info.error) {
    return (
      <p className="alert alert--error" role="alert">
        Mentorkorps kunne ikke starte: {errorMessage(info.error)}
      </p>
    );
  }
  if (!info.data) return <p className="loading">Indlæser …</p>;
  if (!info.data.setupDone) return <Welcome onDone={navigate} />;

  // Print routes are whole A4 documents without navigation (printed to PDF by the backend too).
  // In <main>: a print view is the page's main content (one landmark, for screen readers too).
  if (isPrintRoute(route)) {
    return (
      <main id="indhold">
        <Suspense fallback={loadingPage}>{printDocument(route, LAZY_PRINT_DOCUMENTS)}</Suspense>
      </main>
    );
  }
  const current = pageOf(route);
  const section = SECTIONS.find((s) => s.page === current) ?? SECTIONS[0];
  return (
    <div className="shell">
      {/* The hash is the route: the skip link moves focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#indhold"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('indhold')?.focus();
        }}
      >
        Spring til indhold
      </a>
      <nav className="nav" aria-label="Hovedmenu">
        <div className="nav__brand">
          <strong>Mentorkorps</strong>
          <span>{info.data.corpsName}</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.page}>
              <a href={href({ name: s.page } as Route)} aria-current={s === section ? 'page' : undefined}>
                {s.page === 'privacy' ? <PrivacyMenuLabel label={s.label} /> : s.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="nav__footer" title={info.data.dataFile}>
          Version {info.data.version}
        </div>
      </nav>
      <main id="indhold" className="content" tabIndex={-1}>
        <Suspense fallback={loadingPage}>
          <section.Page route={route} />
        </Suspense>
      </main>
    </div>
  );
}
