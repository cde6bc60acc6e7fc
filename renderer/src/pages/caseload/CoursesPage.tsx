// Forløb: every course, filtered and sorted in SQL, paged while scrolling. A referral starts here.
import { useState } from 'react';
import type { CourseListInput } from '../../../../shared/api/caseload';
import { COURSE_STATUSES, COURSE_STATUS_KEYS, OUTCOMES, PHASES, type CourseStatus } from '../../../../shared/caseload';
import type { CourseRow } from '../../../../shared/caseloadTypes';
import { formatDate } from '../../../../shared/format';
import { href, type Route } from '../../../../shared/routes';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { countText, type Column } from '../../components/DataTable';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import type { SortState } from '../../components/SortHeader';
import { navigate } from '../../lib/router';
import { useDebounced } from '../../lib/useDebounced';
import { CourseDetailPage } from './CourseDetailPage';
import { ReferralDialog } from './CourseForms';
import { optionsOf } from './labels';
import { ThemesDialog } from './ThemesDialog';

type SortKey = NonNullable<NonNullable<CourseListInput>['sort']>;

export function CoursesRoute({ route }: { route: Route }) {
  // Keyed by id: another course starts with its own dialogs and notices.
  return route.name === 'course' ? <CourseDetailPage key={route.id} id={route.id} /> : <CoursesPage />;
}

export function StatusTag({ row }: { row: Pick<CourseRow, 'status' | 'outcome' | 'consentWithdrawnOn'> }) {
  if (row.status === 'afsluttet') return <span className="tag">{row.outcome ? OUTCOMES[row.outcome] : 'Afsluttet'}</span>;
  if (row.consentWithdrawnOn) return <span className="tag tag--warn">Samtykke trukket tilbage</span>;
  return <span className={`tag${row.status === 'venteliste' ? ' tag--warn' : ' tag--ok'}`}>{COURSE_STATUSES[row.status]}</span>;
}

const statusOf = (v: string): CourseStatus | '' => COURSE_STATUS_KEYS.find((k) => k === v) ?? '';
const idOf = (v: string): number | null => (v ? Number(v) : null);

const COLUMNS: Column<CourseRow>[] = [
  {
    key: 'name',
    header: 'Navn',
    sortKey: 'name',
    cell: (r) => (
      <a href={href({ name: 'course', id: r.id })} className="rowlink">
        {r.menteeName}
      </a>
    ),
  },
  { key: 'municipality', header: 'Hjemkommune', sortKey: 'municipality', cell: (r) => r.homeMunicipalityName },
  { key: 'phase', header: 'Fase ved start', cell: (r) => PHASES[r.phaseAtStart] },
  { key: 'mentor', header: 'Mentor', cell: (r) => r.mentorName ?? <span className="muted">Ingen endnu</span> },
  { key: 'referral', header: 'Henvist', sortKey: 'referralDate', cell: (r) => formatDate(r.referralDate) },
  { key: 'last', header: 'Sidste kontakt', sortKey: 'lastContact', cell: (r) => formatDate(r.lastContactOn) || '–' },
  { key: 'status', header: 'Status', cell: (r) => <StatusTag row={r} /> },
];

function CoursesPage() {
  const [search, setSearch] = useState('');
  // The list counts and searches with LIKE over every course: once per pause in typing, not per key press.
  const query = useDebounced(search);
  const [status, setStatus] = useState<CourseStatus | ''>('aktiv');
  const [mentorId, setMentorId] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', direction: 'asc' });
  const [referring, setReferring] = useState(false);
  const [editingThemes, setEditingThemes] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const info = useApiQuery('app.info');
  const municipalities = useApiQuery('municipalities.list');
  const mentors = useApiQuery('mentors.list', { includeInactive: true });
  const themes = useApiQuery('themes.list');

  return (
    <>
      <header className="page-header">
        <h1>Forløb</h1>
        <div className="page-header__actions">
          <button type="button" onClick={() => setEditingThemes(true)}>
            Temaer
          </button>
          <button type="button" className="primary" onClick={() => setReferring(true)} disabled={!municipalities.data?.length}>
            Ny henvisning
          </button>
        </div>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <div className="toolbar toolbar--wrap">
        <label className="search">
          <span>Søg</span>
          <input type="search" value={search} placeholder="Navn eller skole" onChange={(e) => setSearch(e.target.value)} />
        </label>
        <FilterSelect label="Status" value={status} onChange={(v) => setStatus(statusOf(v))} options={optionsOf(COURSE_STATUSES)} />
        <FilterSelect label="Mentor" value={mentorId} onChange={setMentorId} options={mentors.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
        <FilterSelect label="Hjemkommune" value={municipalityId} onChange={setMunicipalityId} options={municipalities.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
      </div>
      <PagedTable
        caption="Forløb"
        method="courses.list"
        columns={COLUMNS}
        filter={{ search: query, status: status || null, mentorId: idOf(mentorId), municipalityId: idOf(municipalityId), sort: sort.key, direction: sort.direction }}
        sort={{ state: sort, onSort: setSort }}
        empty="Ingen forløb matcher."
        countLabel={(n) => countText(n, 'forløb', 'forløb')}
      />
      {editingThemes ? <ThemesDialog onClose={() => setEditingThemes(false)} /> : null}
      {referring && info.data ? (
        <ReferralDialog
          municipalities={municipalities.data ?? []}
          themes={themes.data ?? []}
          today={info.data.today}
          onClose={() => setReferring(false)}
          onSaved={(c) => {
            setReferring(false);
            setNotice(`${c.menteeName} er henvist og står på ventelisten.`);
            navigate({ name: 'course', id: c.id });
          }}
        />
      ) : null}
    </>
  );
}
