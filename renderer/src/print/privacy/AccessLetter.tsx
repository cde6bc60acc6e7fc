// The access answer as an A4 letter ("#/print/indsigt?person=12&sprog=da"): everything held about one
// person, the look-ups of it, and why and how long it is kept. Its own read (access.letter) is the one
// look-up the read log records for the letter, with the purpose from the route.
import type { AccessContact, AccessCourse, AccessData, AccessLogLine } from '../../../../shared/api/access';
import { formatDate, formatDateTime } from '../../../../shared/format';
import { ACCESS_LETTER, type AccessLetterText } from '../../../../shared/privacy/accessLetterText';
import { buildRoute, type Route } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { DataTable, type Column } from '../../components/DataTable';
import { usePrintReady } from '../usePrintReady';
import { Facts, LetterToolbar, ProcessingSections } from './LetterParts';

type AccessLetterRoute = Extract<Route, { name: 'accessLetter' }>;

export function AccessLetter({ route }: { route: AccessLetterRoute }) {
  // A fresh letter per route: another person's data or error is never shown or signalled for this one.
  return <Letter key={buildRoute(route)} route={route} />;
}

function Letter({ route }: { route: AccessLetterRoute }) {
  const path = buildRoute(route);
  const query = useApiQuery('access.letter', { menteeId: route.menteeId, purpose: route.purpose });
  const error = query.error ? errorMessage(query.error) : null;
  usePrintReady(path, { ready: Boolean(query.data), error });

  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        Indsigtsbrevet kunne ikke vises: {error}
      </p>
    );
  }
  if (!query.data) return <p className="loading">Indlæser …</p>;
  const a = query.data;
  const t = ACCESS_LETTER[route.lang];
  return (
    <div className="print-view">
      <LetterToolbar />
      <article className="sheet letter" aria-label={`${t.title}: ${a.person.name}`} lang={route.lang}>
        <header className="doc-block">
          <p className="doc-head__corps">{a.corpsName}</p>
          <h1>{t.title}</h1>
          <p className="doc-small">{t.made(a.generatedOn)}</p>
        </header>
        <p>{t.greeting(a.person.name)}</p>
        <p>{t.intro(a.corpsName)}</p>
        {t.asRecorded ? <p className="doc-note">{t.asRecorded}</p> : null}
        <PersonSection a={a} t={t} />
        <section className="doc-block">
          <h2>{t.courses}</h2>
          {a.courses.map((c, i) => (
            <CourseSection key={c.id} course={c} n={i + 1} t={t} />
          ))}
        </section>
        <section>
          <h2>{t.contacts}</h2>
          <DataTable caption={t.contacts} className="doc-table" columns={contactColumns(t)} rows={a.contacts} rowKey={(k) => a.contacts.indexOf(k)} empty={t.noContacts} />
        </section>
        <section>
          <h2>{t.readLog}</h2>
          <p>{t.readLogIntro}</p>
          <DataTable caption={t.readLog} className="doc-table" columns={logColumns(t)} rows={a.readLog} rowKey={(l) => a.readLog.indexOf(l)} empty={t.noReads} />
        </section>
        <ProcessingSections lang={route.lang} t={t} retention={t.retentionText(a.retention.years, a.retention.anonymisedOn, a.retention.latestClose)} dpoContact={a.dpoContact} />
        <p>{t.closing(a.corpsName)}</p>
      </article>
    </div>
  );
}

function PersonSection({ a, t }: { a: AccessData; t: AccessLetterText }) {
  const p = a.person;
  const f = t.personFields;
  return (
    <section className="doc-block">
      <h2>{t.person}</h2>
      <Facts
        none={t.none}
        items={[
          [f.name, p.name],
          [f.birthYear, String(p.birthYear)],
          [f.homeMunicipality, p.homeMunicipality],
          [f.education, p.education],
          [f.school, p.school],
          [f.phone, p.phone],
          [f.email, p.email],
        ]}
      />
    </section>
  );
}

const date = (iso: string | null) => (iso ? formatDate(iso) : '');

function CourseSection({ course: c, n, t }: { course: AccessCourse; n: number; t: AccessLetterText }) {
  const f = t.courseFields;
  const col = t.columns;
  return (
    <div className="doc-block">
      <h3>{t.course(n, c.referralDate)}</h3>
      <Facts
        none={t.none}
        items={[
          [f.referredBy, c.referredBy],
          [f.phaseAtStart, c.phaseAtStart],
          [f.status, c.status],
          [f.consentGivenOn, date(c.consentGivenOn)],
          [f.consentWithdrawnOn, date(c.consentWithdrawnOn)],
          [f.plannedReviewOn, date(c.plannedReviewOn)],
          [f.closedOn, date(c.closedOn)],
          [f.outcome, c.outcome],
          [f.themes, c.themes.join(', ')],
        ]}
      />
      <SubTable title={t.goals} rows={c.goals} columns={[{ key: 'text', header: col.text, cell: (g) => g.text }, { key: 'status', header: col.status, cell: (g) => g.status }]} />
      <SubTable
        title={t.mentors}
        rows={c.mentorHistory}
        columns={[{ key: 'mentor', header: col.mentor, cell: (m) => m.mentor }, { key: 'from', header: col.from, cell: (m) => date(m.fromDate) }, { key: 'to', header: col.to, cell: (m) => date(m.toDate) }, { key: 'kind', header: col.kind, cell: (m) => m.kind }]}
      />
      <SubTable
        title={t.referrals}
        rows={c.referrals}
        columns={[{ key: 'offer', header: col.offer, cell: (r) => r.offer }, { key: 'muni', header: col.municipality, cell: (r) => r.municipality }, { key: 'date', header: col.date, cell: (r) => date(r.referredOn) }]}
      />
      <SubTable
        title={t.payers}
        rows={c.payerPeriods}
        columns={[{ key: 'payer', header: col.payer, cell: (p) => p.payer }, { key: 'from', header: col.from, cell: (p) => date(p.fromDate) }, { key: 'to', header: col.to, cell: (p) => date(p.toDate) }]}
      />
      <SubTable
        title={t.checkpoints}
        rows={c.checkpoints}
        columns={[{ key: 'months', header: col.time, cell: (k) => t.checkpointMonths(k.months) }, { key: 'status', header: col.status, cell: (k) => k.status }, { key: 'learned', header: col.date, cell: (k) => date(k.learnedOn) }, { key: 'source', header: col.source, cell: (k) => k.source }]}
      />
    </div>
  );
}

/** A titled table of one kind of course detail; nothing when there is none. */
function SubTable<T>({ title, rows, columns }: { title: string; rows: readonly T[]; columns: ReadonlyArray<Column<T>> }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4 className="doc-small">{title}</h4>
      <DataTable caption={title} className="doc-table" columns={columns} rows={rows} rowKey={(r) => rows.indexOf(r)} />
    </>
  );
}

const contactColumns = (t: AccessLetterText): Column<AccessContact>[] => [
  { key: 'date', header: t.columns.date, cell: (k) => formatDate(k.date) },
  { key: 'type', header: t.columns.type, cell: (k) => k.type },
  { key: 'mentor', header: t.columns.mentor, cell: (k) => k.mentor },
  { key: 'minutes', header: t.columns.minutes, cell: (k) => String(k.durationMinutes), numeric: true },
  { key: 'themes', header: t.columns.themes, cell: (k) => k.themes.join(', ') },
  { key: 'note', header: t.columns.note, cell: (k) => (k.otherParticipants > 0 ? t.othersNote(k.otherParticipants) : '') },
];

const logColumns = (t: AccessLetterText): Column<AccessLogLine>[] => [
  { key: 'at', header: t.columns.time, cell: (l) => formatDateTime(l.at) },
  { key: 'action', header: t.columns.action, cell: (l) => l.action },
  { key: 'purpose', header: t.columns.purpose, cell: (l) => l.purpose ?? '' },
];
