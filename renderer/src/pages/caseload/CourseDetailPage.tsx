// One course: the mentee, the course facts, its contacts (with quick entry) and the smaller parts.
import { useEffect, useState } from 'react';
import { EDUCATIONS, PHASES, REFERRERS } from '../../../../shared/caseload';
import { formatDate } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { navigate } from '../../lib/router';
import { AssignDialog } from './AssignDialogs';
import { CloseCourseDialog, CourseEditDialog, MenteeEditDialog, ReferralDialog } from './CourseForms';
import { MergeDialog } from './MergeDialog';
import { GoalsSection, HistorySection, PayersSection, ReferralsSection } from './CourseSections';
import { PersonPrivacySection } from '../privacy/PersonPrivacySection';
import { StatusTag } from './CoursesPage';
import { ContactDialogs, contactColumns, type ContactDialogState } from './contactTable';
import { themeNames } from './labels';

// 'new' is a new contact; 'edit' edits the course itself.
type Dialog = 'assign' | 'edit' | 'mentee' | 'close' | 'course' | 'merge' | ContactDialogState;

export function CourseDetailPage({ id }: { id: number }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Every write below invalidates the course's read: the page shows the saved state without reloading by hand.
  const info = useApiQuery('app.info');
  const course = useApiQuery('courses.get', { id });
  const themes = useApiQuery('themes.list');
  const municipalities = useApiQuery('municipalities.list');
  const mentors = useApiQuery('mentors.list', { includeInactive: true });
  const c = course.data;
  const canContact = !!c && c.status === 'aktiv' && !c.consentWithdrawnOn;

  // Alt+N: new contact, straight from the keyboard.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && canContact && dialog === null) {
        e.preventDefault();
        setDialog('new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canContact, dialog]);

  const failed = course.error ?? info.error;
  if (failed) return <Alert kind="error">{errorMessage(failed)}</Alert>;
  // The date fields of the sections and dialogs start at today, so they wait until it is known.
  if (!c || !info.data) return <p className="loading">Indlæser …</p>;
  const today = info.data.today;
  const hasOpenCourse = c.status !== 'afsluttet' || c.otherCourses.some((o) => o.status !== 'afsluttet');
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
  };

  const columns = contactColumns(
    themes.data ?? [],
    {
      key: 'with',
      header: 'Sammen med',
      cell: (k) => {
        const others = k.participants
          .filter((p) => p.courseId !== c.id)
          .map((p) => p.menteeName)
          .join(', ');
        return others ? <span title={others}>{others}</span> : '–';
      },
    },
    setDialog,
  );

  return (
    <>
      <p>
        <a href={href({ name: 'courses' })}>← Alle forløb</a>
      </p>
      <header className="page-header">
        <div>
          <h1>{c.menteeName}</h1>
          <p className="muted">
            Født {c.mentee.birthYear} · {c.mentee.homeMunicipalityName} · {EDUCATIONS[c.mentee.education]}
            {c.mentee.school ? ` · ${c.mentee.school}` : ''}
          </p>
        </div>
        <div className="page-header__actions course-actions">
          {c.status !== 'afsluttet' ? (
            <button type="button" className={c.mentorId ? undefined : 'primary'} onClick={() => setDialog('assign')}>
              {c.mentorId ? 'Skift mentor' : 'Tildel mentor'}
            </button>
          ) : null}
          {canContact ? (
            <button type="button" className="primary" onClick={() => setDialog('new')} title="Alt+N">
              Ny samtale
            </button>
          ) : null}
          <button type="button" onClick={() => setDialog('edit')}>
            Rediger forløb
          </button>
          <button type="button" onClick={() => setDialog('mentee')}>
            Rediger elev
          </button>
          {/* A student who comes back gets a new course on the same person (one open course at a time). */}
          {!hasOpenCourse ? (
            <button type="button" onClick={() => setDialog('course')}>
              Nyt forløb
            </button>
          ) : null}
          <button type="button" onClick={() => setDialog('merge')}>
            Slå sammen med…
          </button>
          {c.status !== 'afsluttet' ? (
            <button type="button" onClick={() => setDialog('close')}>
              Afslut forløb
            </button>
          ) : null}
        </div>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <section className="panel facts" aria-label="Forløbets oplysninger">
        <dl>
          <dt>Status</dt>
          <dd>
            <StatusTag row={c} />
            {c.closedOn ? ` ${formatDate(c.closedOn)}` : ''}
          </dd>
          <dt>Mentor</dt>
          <dd>{c.mentorName ?? 'Venteliste'}</dd>
          <dt>Henvist</dt>
          <dd>
            {formatDate(c.referralDate)} af {REFERRERS[c.referredBy].toLowerCase()}
          </dd>
          <dt>Fase ved start</dt>
          <dd>{PHASES[c.phaseAtStart]}</dd>
          <dt>Samtykke</dt>
          <dd>
            {c.consentGivenOn ? `Givet ${formatDate(c.consentGivenOn)}` : 'Ikke registreret'}
            {c.consentWithdrawnOn ? `, trukket tilbage ${formatDate(c.consentWithdrawnOn)}` : ''}
          </dd>
          <dt>Planlagt opfølgning</dt>
          <dd>{formatDate(c.plannedReviewOn) || '–'}</dd>
          <dt>Sidste kontakt</dt>
          <dd>{formatDate(c.lastContactOn) || 'Ingen endnu'}</dd>
          <dt>Temaer</dt>
          <dd>{themeNames(themes.data ?? [], c.themeIds) || '–'}</dd>
        </dl>
        {c.otherCourses.length ? (
          <p className="muted">
            Andre forløb:{' '}
            {c.otherCourses.map((o, i) => (
              <span key={o.id}>
                {i ? ', ' : ''}
                <a href={href({ name: 'course', id: o.id })}>henvist {formatDate(o.referralDate)}</a>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="contacts-h">
        <h2 id="contacts-h">Samtaler</h2>
        <PagedTable
          caption="Samtaler i forløbet"
          method="contacts.list"
          columns={columns}
          filter={{ courseId: id }}
          empty="Ingen samtaler endnu."
          maxHeight={360}
          countLabel={(n) => countText(n, 'samtale', 'samtaler')}
        />
      </section>
      <div className="panels">
        <GoalsSection course={c} />
        <ReferralsSection course={c} municipalities={municipalities.data ?? []} today={today} />
        <PayersSection course={c} />
        <HistorySection course={c} />
        <section className="panel" aria-labelledby="privacy-h">
          <h2 id="privacy-h">Databeskyttelse</h2>
          <p className="muted">Indsigt, sletning og log over opslag for {c.menteeName}.</p>
          <PersonPrivacySection menteeId={c.mentee.id} />
        </section>
      </div>

      {dialog === 'assign' ? <AssignDialog courseId={c.id} menteeName={c.menteeName} today={today} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog === 'edit' ? <CourseEditDialog course={c} themes={themes.data ?? []} today={today} onClose={() => setDialog(null)} onSaved={() => done('Forløbet er gemt.')} /> : null}
      {dialog === 'mentee' ? (
        <MenteeEditDialog mentee={c.mentee} municipalities={municipalities.data ?? []} today={today} onClose={() => setDialog(null)} onSaved={(m) => done(`${m.name} er gemt.`)} />
      ) : null}
      {dialog === 'course' ? (
        <ReferralDialog
          mentee={c.mentee}
          municipalities={municipalities.data ?? []}
          themes={themes.data ?? []}
          today={today}
          onClose={() => setDialog(null)}
          onSaved={(n) => {
            setDialog(null);
            navigate({ name: 'course', id: n.id });
          }}
        />
      ) : null}
      {dialog === 'merge' ? <MergeDialog keep={c.mentee} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog === 'close' ? <CloseCourseDialog course={c} today={today} onClose={() => setDialog(null)} onSaved={() => done('Forløbet er afsluttet.')} /> : null}
      <ContactDialogs
        dialog={dialog}
        participants={[{ courseId: c.id, menteeName: c.menteeName }]}
        defaultType={c.contactCount === 0 ? 'afklarende' : 'individuel'}
        defaultMentorId={c.mentorId}
        defaultThemeIds={c.themeIds}
        mentors={mentors.data ?? []}
        themes={themes.data ?? []}
        today={today}
        onClose={() => setDialog(null)}
        onDone={done}
      />
    </>
  );
}
