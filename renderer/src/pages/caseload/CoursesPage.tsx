// Forløb: every course, filtered and sorted in SQL, paged while scrolling. A referral starts here.
import { useState } from 'react';
import type { CourseListInput } from '../../../../shared/api/caseload';
import { COURSE_STATUSES, OUTCOMES, PHASES, type CourseStatus } from '../../../../shared/caseload';
import type { CourseRow } from '../../../../shared/caseloadTypes';
import { formatDate } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable, countText, type Column } from '../../components/LegacyPagedTable';
import { SortHeader, type SortState } from '../../components/SortHeader';
import { navigate, useHashRoute } from '../../lib/legacyHashRoute';
import { useLoad } from '../../lib/useAsync';
import { useDebounced } from '../../lib/useDebounced';
import { CourseDetailPage } from './CourseDetailPage';
import { ReferralDialog } from './CourseForms';
import { optionsOf } from './labels';
import { ThemesDialog } from './ThemesDialog';

type SortKey = NonNullable<NonNullable<CourseListInput>['sort']>;

export function CoursesRoute() {
  const route = useHashRoute();
  const m = /^\/forloeb\/(\d+)/.exec(route);
  return m ? <CourseDetailPage id={Number(m[1])} /> : <CoursesPage />;
}

export function StatusTag({ row }: { row: Pick<CourseRow, 'status' | 'outcome' | 'consentWithdrawnOn'> }) {
  if (row.status === 'afsluttet') return <span className="tag">{row.outcome ? OUTCOMES[row.outcome] : 'Afsluttet'}</span>;
  if (row.consentWithdrawnOn) return <span className="tag tag--warn">Samtykke trukket tilbage</span>;
  return <span className={`tag${row.status === 'venteliste' ? ' tag--warn' : ' tag--ok'}`}>{COURSE_STATUSES[row.status]}</span>;
}

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
  const info = useLoad(() => call('app.info'), []);
  const municipalities = useLoad(() => call('municipalities.list'), []);
  const mentors = useLoad(() => call('mentors.list', { includeInactive: true }), []);
  const themes = useLoad(() => call('themes.list'), []);

  const columns: Column<CourseRow>[] = [
    {
      key: 'name',
      header: <SortHeader label="Navn" column="name" sort={sort} onSort={setSort} />,
      cell: (r) => (
        <a href={`#/forloeb/${r.id}`} className="rowlink">
          {r.menteeName}
        </a>
      ),
    },
    { key: 'municipality', header: <SortHeader label="Hjemkommune" column="municipality" sort={sort} onSort={setSort} />, cell: (r) => r.homeMunicipalityName },
    { key: 'phase', header: 'Fase ved start', cell: (r) => PHASES[r.phaseAtStart] },
    { key: 'mentor', header: 'Mentor', cell: (r) => r.mentorName ?? <span className="muted">Ingen endnu</span> },
    { key: 'referral', header: <SortHeader label="Henvist" column="referralDate" sort={sort} onSort={setSort} />, cell: (r) => formatDate(r.referralDate) },
    { key: 'last', header: <SortHeader label="Sidste kontakt" column="lastContact" sort={sort} onSort={setSort} />, cell: (r) => formatDate(r.lastContactOn) || '–' },
    { key: 'status', header: 'Status', cell: (r) => <StatusTag row={r} /> },
  ];

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
        <FilterSelect label="Status" value={status} onChange={(v) => setStatus(v as CourseStatus | '')} options={optionsOf(COURSE_STATUSES)} />
        <FilterSelect label="Mentor" value={mentorId} onChange={setMentorId} options={mentors.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
        <FilterSelect label="Hjemkommune" value={municipalityId} onChange={setMunicipalityId} options={municipalities.data?.map((m) => ({ value: m.id, label: m.name })) ?? []} />
      </div>
      <PagedTable
        caption="Forløb"
        columns={columns}
        deps={[query, status, mentorId, municipalityId, sort]}
        fetchPage={(offset, limit) =>
          call('courses.list', {
            search: query,
            status: status || null,
            mentorId: mentorId ? Number(mentorId) : null,
            municipalityId: municipalityId ? Number(municipalityId) : null,
            sort: sort.key,
            direction: sort.direction,
            offset,
            limit,
          })
        }
        empty="Ingen forløb matcher."
        countLabel={(n) => countText(n, 'forløb', 'forløb')}
      />
      {editingThemes ? <ThemesDialog themes={themes.data ?? []} onClose={() => setEditingThemes(false)} onChanged={themes.reload} /> : null}
      {referring && info.data ? (
        <ReferralDialog
          municipalities={municipalities.data ?? []}
          themes={themes.data ?? []}
          today={info.data.today}
          onClose={() => setReferring(false)}
          onSaved={(c) => {
            setReferring(false);
            setNotice(`${c.menteeName} er henvist og står på ventelisten.`);
            navigate(`/forloeb/${c.id}`);
          }}
        />
      ) : null}
    </>
  );
}
