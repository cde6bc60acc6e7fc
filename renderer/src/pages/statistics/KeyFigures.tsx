// The year's key figures: each a labelled group holding a term and its value (with a hint), so a
// screen reader reads "Samtaler i alt: 1.234" rather than a bare number.
import { useId } from 'react';
import { formatDecimal, formatInteger, formatPercent } from '../../../../shared/format';
import { formatCell } from '../../../../shared/statistics/tables';
import { followUpCells } from '../../../../shared/statistics/followUpTables';
import type { YearStatistics } from '../../../../shared/statistics/types';

type Figure = [label: string, value: string, hint: string | null];

export function KeyFigures({ s }: { s: YearStatistics }) {
  const firstQuestion = s.survey?.questions[0];
  const figures: Figure[] = [
    ['Samtaler i alt', formatInteger(s.contacts.total), `${formatDecimal(s.contacts.hours, 1)} samtaletimer`],
    ['Unikke personer', formatInteger(s.persons.total), s.contacts.classSessionHeads ? `+ ${formatInteger(s.contacts.classSessionHeads)} elever ved klasseoplæg` : null],
    ['Samtaler pr. person', s.persons.contactsPerPerson === null ? '–' : formatDecimal(s.persons.contactsPerPerson, 1), null],
    ['Rækkevidde', formatPercent(s.reach?.rate), s.reach ? `af ${formatInteger(s.reach.students)} elever` : 'kræver årets fordelingsnøgle og ingen mentor- eller uddannelsesfilter'],
    ['Fastholdelse', formatPercent(s.outcomes.retentionRate), `${formatInteger(s.outcomes.retained)} af ${formatInteger(s.outcomes.known)} afsluttede med kendt udfald`],
    ['Andel enige (spørgeskema)', formatPercent(firstQuestion?.shareAgreeing), s.survey ? `n = ${formatInteger(s.survey.respondents)}, svarprocent ${formatPercent(s.survey.responseRate)}${s.filterLabel ? '; hele korpset, filtrene gælder ikke' : ''}` : 'intet spørgeskema for året'],
    ...s.followUp.figures.map((f): Figure => {
      const [due, reached, , , share] = followUpCells(f);
      const n = (c: typeof due) => formatCell(c, { label: '', format: 'int' });
      return [`I uddannelse eller arbejde ${f.months} mdr. efter`, formatCell(share, { label: '', format: 'percent' }), `n = ${n(due)}, nået ${n(reached)}`];
    }),
  ];
  return (
    <section className="key-figures" aria-label="Nøgletal">
      {figures.map(([label, value, hint]) => (
        <KeyFigure key={label} label={label} value={value} hint={hint} />
      ))}
    </section>
  );
}

/** One figure: a group named by its term (a <dl> of one term), so it is found and read by its label. */
function KeyFigure({ label, value, hint }: { label: string; value: string; hint: string | null }) {
  const termId = useId();
  return (
    <div className="key-figures__item" role="group" aria-labelledby={termId}>
      <dl>
        <dt id={termId}>{label}</dt>
        <dd>
          <strong>{value}</strong>
          {hint ? <small>{hint}</small> : null}
        </dd>
      </dl>
    </div>
  );
}
