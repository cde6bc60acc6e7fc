// Sagsfordeling: each mentor's active courses against capacity, the waiting list, assignment and bulk handover.
import { useState } from 'react';
import { PHASES } from '../../../../shared/caseload';
import type { CaseloadMentor, CourseRow } from '../../../../shared/caseloadTypes';
import { formatDate, formatInteger } from '../../../../shared/format';
import { PROFESSIONS } from '../../../../shared/reference';
import { href } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText, type Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { AssignDialog, HandoverDialog } from './AssignDialogs';

export function CaseloadPage() {
  const [assigning, setAssigning] = useState<CourseRow | null>(null);
  const [handingOver, setHandingOver] = useState<CaseloadMentor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const info = useApiQuery('app.info');
  const board = useApiQuery('caseload.board');
  // The dialogs' date starts at today, so they open once it is known.
  const today = info.data?.today;
  const failed = board.error ?? info.error;
  const done = (text: string) => {
    setAssigning(null);
    setHandingOver(null);
    setNotice(text);
  };

  const columns: Column<CourseRow>[] = [
    { key: 'name', header: 'Navn', cell: (r) => <a href={href({ name: 'course', id: r.id })}>{r.menteeName}</a> },
    { key: 'municipality', header: 'Hjemkommune', cell: (r) => r.homeMunicipalityName },
    { key: 'school', header: 'Skole', cell: (r) => r.school ?? '–' },
    { key: 'phase', header: 'Fase ved start', cell: (r) => PHASES[r.phaseAtStart] },
    { key: 'referral', header: 'Henvist', cell: (r) => formatDate(r.referralDate) },
    {
      key: 'actions',
      header: <span className="sr-only">Handlinger</span>,
      cell: (r) => (
        <button type="button" className="primary" aria-label={`Fordel ${r.menteeName}`} onClick={() => setAssigning(r)}>
          Fordel
        </button>
      ),
    },
  ];

  return (
    <>
      <header className="page-header">
        <h1>Sagsfordeling</h1>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{failed ? errorMessage(failed) : null}</Alert>
      <section aria-labelledby="load-h">
        <h2 id="load-h">Mentorernes forløb</h2>
        {board.data && board.data.mentors.length === 0 ? <p className="empty">Ingen aktive mentorer. Opret mentorer under Mentorer.</p> : null}
        <ul className="loadcards">
          {board.data?.mentors.map((m) => (
            <li key={m.id} className={`loadcard${m.overCapacity ? ' loadcard--over' : ''}`} aria-label={`${m.name}: ${formatInteger(m.activeCourses)} af ${formatInteger(m.capacity)} forløb`}>
              <div className="loadcard__head">
                <strong>{m.name}</strong>
                <span className="muted">{PROFESSIONS[m.profession]}</span>
              </div>
              <div className="loadcard__count">
                <span className="loadcard__n">
                  {formatInteger(m.activeCourses)}/{formatInteger(m.capacity)}
                </span>{' '}
                aktive forløb
              </div>
              <div className="loadbar" aria-hidden="true">
                <div style={{ width: `${Math.min(100, (m.activeCourses / m.capacity) * 100)}%` }} />
              </div>
              {m.overCapacity ? <p className="loadcard__warn">Over kapacitet med {formatInteger(m.activeCourses - m.capacity)}</p> : <p className="muted">{formatInteger(m.capacity - m.activeCourses)} ledige pladser</p>}
              <div className="loadcard__actions">
                <button type="button" disabled={m.activeCourses === 0} onClick={() => setHandingOver(m)} aria-label={`Overdrag forløb fra ${m.name}`}>
                  Overdrag forløb
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="waiting-h">
        <h2 id="waiting-h">Venteliste{board.data ? ` (${formatInteger(board.data.waiting)})` : ''}</h2>
        <PagedTable
          caption="Venteliste"
          method="courses.list"
          filter={{ status: 'venteliste', sort: 'referralDate', direction: 'asc' }}
          columns={columns}
          empty="Ingen henvisninger venter på en mentor."
          maxHeight={420}
          countLabel={(n) => countText(n, 'henvisning venter', 'henvisninger venter')}
        />
      </section>
      {assigning && today ? <AssignDialog courseId={assigning.id} menteeName={assigning.menteeName} today={today} onClose={() => setAssigning(null)} onDone={done} /> : null}
      {handingOver && board.data && today ? (
        <HandoverDialog from={handingOver} others={board.data.mentors.filter((m) => m.id !== handingOver.id)} today={today} onClose={() => setHandingOver(null)} onDone={done} />
      ) : null}
    </>
  );
}
