// Opfølgning: active courses with no contact for N days, reviews due, courses past two years, and
// closed courses whose follow-up checkpoint is due.
import { useState } from 'react';
import { FOLLOW_UP_DAYS, LONG_COURSE_YEARS } from '../../../../shared/caseload';
import type { FollowUpRow } from '../../../../shared/caseloadTypes';
import { formatDate, formatInteger } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { followUpList } from '../../../../shared/schemas/caseload';
import { countText, type Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { TextField } from '../../components/fields';
import { useValidInput } from '../../lib/useValidInput';
import { CheckpointSection } from './CheckpointSection';

export function FollowUpPage() {
  const [daysText, setDaysText] = useState(String(FOLLOW_UP_DAYS));
  // The typed text is the input (the schema reads "30"; empty is the standard); a bad value keeps the last good list.
  const filter = useValidInput('followUp.list', { days: daysText.trim() ? daysText : undefined });
  const days = followUpList.safeParse(filter.input).data?.days ?? FOLLOW_UP_DAYS;

  const columns: Column<FollowUpRow>[] = [
    { key: 'name', header: 'Navn', cell: (r) => <a href={href({ name: 'course', id: r.id })}>{r.menteeName}</a> },
    { key: 'mentor', header: 'Mentor', cell: (r) => r.mentorName },
    { key: 'municipality', header: 'Hjemkommune', cell: (r) => r.homeMunicipalityName },
    { key: 'last', header: 'Sidste kontakt', cell: (r) => (r.lastContactOn ? `${formatDate(r.lastContactOn)} (${formatInteger(r.daysSinceContact ?? 0)} dage)` : 'Ingen endnu') },
    { key: 'review', header: 'Planlagt opfølgning', cell: (r) => formatDate(r.plannedReviewOn) || '–' },
    {
      key: 'why',
      header: 'Hvorfor',
      cell: (r) => (
        <span className="tags">
          {r.noRecentContact ? <span className="tag tag--warn">Ingen kontakt i {formatInteger(days)} dage</span> : null}
          {r.reviewDue ? <span className="tag tag--warn">Opfølgning forfalden</span> : null}
          {r.overTwoYears ? <span className="tag tag--warn">Over {LONG_COURSE_YEARS} år</span> : null}
        </span>
      ),
    },
  ];

  return (
    <>
      <header className="page-header">
        <h1>Opfølgning</h1>
      </header>
      <div className="toolbar">
        <TextField label="Dage uden kontakt" inputMode="numeric" value={daysText} onChange={setDaysText} hint="Aktive forløb uden samtale i så mange dage" error={filter.errors.days} />
      </div>
      <PagedTable
        caption="Opfølgning"
        method="followUp.list"
        filter={filter.input ?? {}}
        columns={columns}
        empty="Ingen forløb kræver opfølgning."
        countLabel={(n) => countText(n, 'forløb kræver opfølgning', 'forløb kræver opfølgning')}
      />
      <CheckpointSection />
    </>
  );
}
