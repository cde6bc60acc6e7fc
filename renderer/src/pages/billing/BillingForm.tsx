// Creating or editing a draft of a year's key: participants and their student counts, budget lines,
// instalments, payment details. Every rule is checked by the backend; errors appear next to the field.
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/api/index';
import { COST_KINDS, COST_KIND_KEYS, INSTALMENT_COUNTS, type BillingVersion } from '../../../../shared/billing/types';
import { PHASES, PHASE_KEYS, type Phase } from '../../../../shared/caseload';
import { formatKroner } from '../../../../shared/format';
import type { Municipality } from '../../../../shared/types';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/DialogForm';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { dateInput, dateText, numberInput } from '../../lib/formValues';
import { kronerInput, kronerText } from '../../lib/money';
import { useSubmit } from '../../lib/useSubmit';

type BillingInput = MethodInput<'billing.create'>;

interface Row {
  municipalityId: number;
  name: string;
  included: boolean;
  students: string;
  countDate: string;
  source: string;
  /** Optional student counts per phase, as typed; empty = not given. */
  phases: Record<Phase, string>;
}

interface CostRow {
  key: number;
  kind: string;
  description: string;
  amount: string;
}

/** Due dates spread evenly over the year from 1 January: 1, 2, 4 or 12 instalments. */
export function defaultDueDates(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year}-${String(1 + (i * 12) / count).padStart(2, '0')}-01`);
}

/** After "År" changes: dates still at some year's defaults move to the new year; dates the coordinator typed stay. */
export function dueDatesForYear(dates: string[], year: number): string[] {
  const shownYear = Number(dateInput(dates[0] ?? '')?.slice(0, 4));
  const untouched = dates.length > 0 && defaultDueDates(shownYear, dates.length).map(dateText).join() === dates.join();
  return untouched ? defaultDueDates(year, dates.length).map(dateText) : dates;
}

let nextKey = 1;

interface Props {
  /** The draft being edited, or for a new year the version to start from (last year's), if any. */
  base: BillingVersion | null;
  editing: boolean;
  year: number;
  municipalities: Municipality[];
  onSaved: (v: BillingVersion) => void;
  onCancel: () => void;
}

export function BillingForm({ base, editing, year: initialYear, municipalities, onSaved, onCancel }: Props) {
  const [year, setYear] = useState(String(initialYear));
  const [rows, setRows] = useState<Row[]>(() =>
    municipalities.map((m) => {
      const p = base?.participants.find((x) => x.municipalityId === m.id);
      return {
        municipalityId: m.id,
        name: m.name,
        included: base ? !!p : true,
        students: p ? String(p.students) : '',
        countDate: dateText(p?.countDate),
        source: p?.source ?? '',
        phases: Object.fromEntries(PHASE_KEYS.map((k) => [k, p?.phaseStudents[k] === undefined ? '' : String(p.phaseStudents[k])])) as Record<Phase, string>,
      };
    }),
  );
  const [costs, setCosts] = useState<CostRow[]>(() =>
    (base?.costLines.length ? base.costLines : [{ kind: 'loen' as const, description: null, amountOere: 0 }]).map((c) => ({
      key: nextKey++,
      kind: c.kind,
      description: c.description ?? '',
      amount: base ? kronerText(c.amountOere) : '',
    })),
  );
  const [dueDates, setDueDates] = useState<string[]>(() =>
    (editing && base ? base.instalmentDueDates : defaultDueDates(initialYear, base?.instalmentDueDates.length ?? 4)).map(dateText),
  );
  const [terms, setTerms] = useState(String(base?.paymentTermsDays ?? 30));
  const [payeeName, setPayeeName] = useState(base?.payeeName ?? '');
  const [payeeEan, setPayeeEan] = useState(base?.payeeEan ?? '');
  const [payeeRegNo, setPayeeRegNo] = useState(base?.payeeRegNo ?? '');
  const [payeeAccount, setPayeeAccount] = useState(base?.payeeAccount ?? '');
  const [statementText, setStatementText] = useState(base?.statementText ?? '');
  const [contactName, setContactName] = useState(base?.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(base?.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(base?.contactPhone ?? '');
  const [commonDate, setCommonDate] = useState('');
  const [commonSource, setCommonSource] = useState('');
  const { errors, message, busy, run } = useSubmit(onSaved);
  // Which row each submitted participant came from, to put its errors next to the right field.
  const [sentIds, setSentIds] = useState<number[]>([]);

  const setRow = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.municipalityId === id ? { ...r, ...patch } : r)));
  const setCost = (key: number, patch: Partial<CostRow>) => setCosts((cs) => cs.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const rowError = (id: number, field: string) => {
    const i = sentIds.indexOf(id);
    return i >= 0 ? errors[`participants.${i}.${field}`] : undefined;
  };
  const changeYear = (text: string) => {
    setYear(text);
    const y = numberInput(text);
    if (typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100) setDueDates((ds) => dueDatesForYear(ds, y));
  };
  const budgetPreview = costs.reduce((s, c) => {
    const v = kronerInput(c.amount);
    return typeof v === 'number' && Number.isInteger(v) ? s + v : s;
  }, 0);

  async function submit() {
    const included = rows.filter((r) => r.included);
    setSentIds(included.map((r) => r.municipalityId));
    const numericYear = numberInput(year);
    const data = {
      year: numericYear,
      participants: included.map((r) => ({
        municipalityId: r.municipalityId,
        students: numberInput(r.students),
        countDate: dateInput(r.countDate),
        source: r.source,
        phaseStudents: Object.fromEntries(PHASE_KEYS.map((k) => [k, numberInput(r.phases[k])])),
      })),
      costLines: costs.map((c) => ({ kind: c.kind, description: c.description, amountOere: kronerInput(c.amount) })),
      instalmentDueDates: dueDates.map(dateInput),
      paymentTermsDays: numberInput(terms),
      payeeName,
      payeeEan,
      payeeRegNo,
      payeeAccount,
      statementText,
      contactName,
      contactEmail,
      contactPhone,
    } as unknown as BillingInput;
    await run(() => (editing && base ? call('billing.update', { id: base.id, data }) : call('billing.create', data)));
  }

  const dueError = (i: number) => errors[`instalmentDueDates.${i}`];
  return (
    <form
      className="form billing-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Alert kind="error">{message ? 'Fordelingsnøglen blev ikke gemt. Ret de markerede felter.' : null}</Alert>
      <div className="form__grid">
        {editing ? null : <TextField label="År" required inputMode="numeric" value={year} onChange={changeYear} error={errors.year} />}
      </div>

      <fieldset className="billing-form__section">
        <legend>Kommuner og elevtal</legend>
        {errors.participants ? (
          <p className="field__error" role="alert">
            {errors.participants}
          </p>
        ) : null}
        <div className="billing-form__common">
          <DateField label="Fælles tælledato" value={commonDate} onChange={setCommonDate} />
          <TextField label="Fælles kilde" value={commonSource} onChange={setCommonSource} placeholder="F.eks. elevliste fra SOSU-skolen" />
          <button
            type="button"
            onClick={() => setRows((rs) => rs.map((r) => ({ ...r, countDate: commonDate || r.countDate, source: commonSource || r.source })))}
          >
            Brug for alle kommuner
          </button>
        </div>
        <table className="table billing-form__rows">
          <thead>
            <tr>
              <th scope="col">Deltager</th>
              <th scope="col">Kommune</th>
              <th scope="col">Elevtal</th>
              <th scope="col">Tælledato</th>
              <th scope="col">Kilde</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.municipalityId}>
                <td>
                  <input type="checkbox" aria-label={`${r.name} deltager`} checked={r.included} onChange={(e) => setRow(r.municipalityId, { included: e.target.checked })} />
                </td>
                <th scope="row">{r.name}</th>
                <td>
                  <CellInput label={`Elevtal for ${r.name}`} value={r.students} onChange={(v) => setRow(r.municipalityId, { students: v })} error={rowError(r.municipalityId, 'students') ?? rowError(r.municipalityId, 'municipalityId')} disabled={!r.included} numeric />
                </td>
                <td>
                  <CellInput label={`Tælledato for ${r.name}`} value={r.countDate} onChange={(v) => setRow(r.municipalityId, { countDate: v })} error={rowError(r.municipalityId, 'countDate')} disabled={!r.included} placeholder="dd.mm.åååå" />
                </td>
                <td>
                  <CellInput label={`Kilde for ${r.name}`} value={r.source} onChange={(v) => setRow(r.municipalityId, { source: v })} error={rowError(r.municipalityId, 'source')} disabled={!r.included} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <details className="billing-form__section" open={rows.some((r) => PHASE_KEYS.some((k) => r.phases[k] !== ''))}>
        <summary>Elevtal pr. fase (valgfrit – giver rækkevidde pr. fase i statistikken)</summary>
        <p>Udfyld de faser, skolen kan oplyse; tomme felter tæller ikke med. Elevtallene fordeler ikke udgiften.</p>
        <table className="table billing-form__rows">
          <thead>
            <tr>
              <th scope="col">Kommune</th>
              {PHASE_KEYS.map((k) => (
                <th key={k} scope="col">
                  {PHASES[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.included)
              .map((r) => (
                <tr key={r.municipalityId}>
                  <th scope="row">{r.name}</th>
                  {PHASE_KEYS.map((k) => (
                    <td key={k}>
                      <CellInput
                        label={`${PHASES[k]} for ${r.name}`}
                        value={r.phases[k]}
                        onChange={(v) => setRow(r.municipalityId, { phases: { ...r.phases, [k]: v } })}
                        error={rowError(r.municipalityId, `phaseStudents.${k}`)}
                        numeric
                      />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </details>

      <fieldset className="billing-form__section">
        <legend>Budget (udgifter der fordeles)</legend>
        {errors.costLines ? (
          <p className="field__error" role="alert">
            {errors.costLines}
          </p>
        ) : null}
        <table className="table billing-form__rows">
          <thead>
            <tr>
              <th scope="col">Udgift</th>
              <th scope="col">Beskrivelse</th>
              <th scope="col">Beløb (kr.)</th>
              <th scope="col">
                <span className="sr-only">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.map((c, i) => (
              <tr key={c.key}>
                <td>
                  <select aria-label={`Udgift, linje ${i + 1}`} value={c.kind} onChange={(e) => setCost(c.key, { kind: e.target.value })}>
                    {COST_KIND_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {COST_KINDS[k]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput label={`Beskrivelse, linje ${i + 1}`} value={c.description} onChange={(v) => setCost(c.key, { description: v })} error={errors[`costLines.${i}.description`]} />
                </td>
                <td>
                  <CellInput label={`Beløb, linje ${i + 1}`} value={c.amount} onChange={(v) => setCost(c.key, { amount: v })} error={errors[`costLines.${i}.amountOere`]} numeric />
                </td>
                <td className="actions">
                  <button type="button" aria-label={`Fjern linje ${i + 1}`} disabled={costs.length === 1} onClick={() => setCosts((cs) => cs.filter((x) => x.key !== c.key))}>
                    Fjern
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Budget i alt
              </th>
              <td className="num" aria-live="polite">
                {formatKroner(budgetPreview)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
        <button type="button" onClick={() => setCosts((cs) => [...cs, { key: nextKey++, kind: 'andet', description: '', amount: '' }])}>
          Tilføj udgiftslinje
        </button>
      </fieldset>

      <fieldset className="billing-form__section">
        <legend>Rater og betaling</legend>
        <div className="form__grid">
          <SelectField
            label="Antal rater"
            value={String(dueDates.length)}
            onChange={(v) => setDueDates(defaultDueDates(Number(numberInput(year)) || initialYear, Number(v)).map(dateText))}
            options={INSTALMENT_COUNTS.map((n) => ({ value: String(n), label: n === 1 ? '1 (hele året på én gang)' : n === 4 ? '4 (kvartalsvis)' : n === 12 ? '12 (månedlig)' : String(n) }))}
            error={errors.instalmentDueDates}
          />
          <TextField label="Betalingsfrist (dage)" inputMode="numeric" value={terms} onChange={setTerms} error={errors.paymentTermsDays} />
        </div>
        <div className="billing-form__dates">
          {dueDates.map((d, i) => (
            <DateField
              key={i}
              label={`Forfaldsdato, rate ${i + 1}`}
              value={d}
              onChange={(v) => setDueDates((ds) => ds.map((x, j) => (j === i ? v : x)))}
              error={dueError(i)}
            />
          ))}
        </div>
        <div className="form__grid">
          <TextField label="Betalingsmodtager" required value={payeeName} onChange={setPayeeName} error={errors.payeeName} hint="Værtskommunen, f.eks. Odense Kommune" />
          <TextField label="Betalingsmodtagers EAN-nummer" required inputMode="numeric" value={payeeEan} onChange={setPayeeEan} error={errors.payeeEan} />
          <TextField label="Reg.nr." required inputMode="numeric" value={payeeRegNo} onChange={setPayeeRegNo} error={errors.payeeRegNo} />
          <TextField label="Kontonummer" required inputMode="numeric" value={payeeAccount} onChange={setPayeeAccount} error={errors.payeeAccount} />
          <TextField label="Kontaktperson" required value={contactName} onChange={setContactName} error={errors.contactName} />
          <TextField label="Kontaktens e-mail" type="email" value={contactEmail} onChange={setContactEmail} error={errors.contactEmail} />
          <TextField label="Kontaktens telefon" type="tel" value={contactPhone} onChange={setContactPhone} error={errors.contactPhone} />
        </div>
        <TextAreaField label="Tekst på opkrævningen" value={statementText} onChange={setStatementText} error={errors.statementText} rows={3} />
      </fieldset>

      <FormActions busy={busy} label={editing ? 'Gem ændringer' : 'Opret fordelingsnøgle'} onCancel={onCancel} />
    </form>
  );
}

/** A compact input inside a table row; its label is for screen readers, its error shows under it. */
function CellInput({
  label,
  value,
  onChange,
  error,
  disabled,
  numeric,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  disabled?: boolean;
  numeric?: boolean;
  placeholder?: string;
}) {
  const id = `cell-${label.replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-')}`;
  return (
    <div className={`cell-input${error ? ' field--error' : ''}`}>
      <input
        id={id}
        aria-label={label}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'num' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
