// "Klar til anonymisering": who is due under the retention rule, by municipality and close year, and the
// confirmed run. With nothing due there is nothing to run, so there is no button.
import { useState } from 'react';
import type { PrivacyRequest, RetentionDue } from '../../../../shared/api/privacy';
import { formatDate, formatInteger } from '../../../../shared/format';
import { errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
import { RetentionRunDialog } from './RetentionRunDialog';
import { useRetentionDue } from './useRetentionDue';

type MunicipalityRow = RetentionDue['byMunicipality'][number];
type YearRow = RetentionDue['byCloseYear'][number];

const MUNICIPALITY_COLUMNS: Column<MunicipalityRow>[] = [
  { key: 'name', header: 'Hjemkommune', cell: (r) => r.name, rowHeader: true },
  { key: 'persons', header: 'Personer', cell: (r) => formatInteger(r.persons), numeric: true },
];
const YEAR_COLUMNS: Column<YearRow>[] = [
  { key: 'year', header: 'Seneste forløb afsluttet', cell: (r) => String(r.year), rowHeader: true },
  { key: 'persons', header: 'Personer', cell: (r) => formatInteger(r.persons), numeric: true },
];

export function RetentionDueSection() {
  const due = useRetentionDue();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<PrivacyRequest | null>(null);
  const d = due.data;

  return (
    <section className="settings-section privacy-section" aria-labelledby="due-heading">
      <h2 id="due-heading">Klar til anonymisering</h2>
      <Alert kind="ok">{result ? `Anonymiseringen er kørt: ${result.persons} personer og ${result.courses} forløb er anonymiseret. Statistikken er uændret.` : null}</Alert>
      <Alert kind="error">{due.error ? errorMessage(due.error) : null}</Alert>
      {!d ? (
        due.error ? null : <p className="loading">Indlæser …</p>
      ) : d.total === 0 ? (
        <p>
          Ingen personer er klar til anonymisering. Personoplysninger gemmes i {d.years} år efter personens seneste afsluttede forløb; i dag gælder det forløb
          afsluttet senest {formatDate(d.cutoff)}.
        </p>
      ) : (
        <>
          <p className="privacy-due" role="status">
            <strong>
              {formatInteger(d.total)} {d.total === 1 ? 'person' : 'personer'} ({formatInteger(d.courses)} forløb) er klar til anonymisering
            </strong>
            : alle deres forløb er afsluttet senest {formatDate(d.cutoff)} ({d.years} års opbevaring).
          </p>
          <div className="privacy-due__tables">
            <DataTable caption="Klar til anonymisering pr. hjemkommune" columns={MUNICIPALITY_COLUMNS} rows={d.byMunicipality} rowKey={(r) => r.municipalityId} />
            <DataTable caption="Klar til anonymisering pr. afslutningsår" columns={YEAR_COLUMNS} rows={d.byCloseYear} rowKey={(r) => r.year} />
          </div>
          <div className="form__actions">
            <button type="button" className="danger" onClick={() => setRunning(true)}>
              Kør anonymisering…
            </button>
          </div>
          {running ? (
            <RetentionRunDialog
              due={d}
              onClose={() => setRunning(false)}
              onDone={(r) => {
                setResult(r);
                setRunning(false);
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
