// The key's participants: every municipality with a checkbox, its student count, count date and source,
// and optional counts per phase. Only checked municipalities are in the input (in the list's order).
import { useRef, useState, type ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { PHASES, PHASE_KEYS } from '../../../../shared/caseload';
import type { Municipality } from '../../../../shared/types';
import { DataTable, type Column } from '../../components/DataTable';
import { DateField, TextField } from '../../components/fields';
import { CellInput, FormCell } from './CellInput';
import { listError, participantValues, type KeyForm, type ParticipantValues } from './keyForm';

export function KeyParticipants({ form, municipalities }: { form: KeyForm; municipalities: readonly Municipality[] }) {
  const { control } = form;
  const { fields, insert, remove } = useFieldArray({ control, name: 'participants' });
  // What an unchecked row held, so checking it again brings it back.
  const stash = useRef(new Map<number, ParticipantValues>());
  const [commonDate, setCommonDate] = useState('');
  const [commonSource, setCommonSource] = useState('');
  const order = (id: number) => municipalities.findIndex((m) => m.id === id);
  const indexOf = (id: number) => fields.findIndex((f) => f.municipalityId === id);

  function toggle(m: Municipality, on: boolean) {
    const i = indexOf(m.id);
    if (on && i < 0) {
      const at = fields.filter((f) => order(f.municipalityId) < order(m.id)).length;
      insert(at, stash.current.get(m.id) ?? participantValues(m.id), { shouldFocus: false });
    } else if (!on && i >= 0) {
      stash.current.set(m.id, form.getValues(`participants.${i}`));
      remove(i);
    }
  }

  function applyToAll() {
    fields.forEach((_, i) => {
      if (commonDate) form.setValue(`participants.${i}.countDate`, commonDate, { shouldDirty: true });
      if (commonSource) form.setValue(`participants.${i}.source`, commonSource, { shouldDirty: true });
    });
    for (const [id, p] of stash.current) stash.current.set(id, { ...p, countDate: commonDate || p.countDate, source: commonSource || p.source });
  }

  const rowError = (i: number) => form.getFieldState(`participants.${i}.municipalityId`, form.formState).error?.message;
  const problem = listError(form.formState.errors.participants);
  const nameOf = (id: number) => municipalities.find((m) => m.id === id)?.name ?? '';
  /** A municipality's cell: bound to its row while it takes part, else disabled with what it held. */
  const cell = (m: Municipality, bound: (i: number) => ReactNode, off: (kept: ParticipantValues | undefined) => ReactNode) => {
    const i = indexOf(m.id);
    return i >= 0 ? bound(i) : off(stash.current.get(m.id));
  };
  const columns: Column<Municipality>[] = [
    {
      key: 'included',
      header: 'Deltager',
      cell: (m) => <input type="checkbox" aria-label={`${m.name} deltager`} checked={indexOf(m.id) >= 0} onChange={(e) => toggle(m, e.target.checked)} />,
    },
    { key: 'name', header: 'Kommune', rowHeader: true, cell: (m) => m.name },
    {
      key: 'students',
      header: 'Elevtal',
      cell: (m) =>
        cell(
          m,
          (i) => <FormCell control={control} name={`participants.${i}.students`} label={`Elevtal for ${m.name}`} otherError={rowError(i)} numeric />,
          (kept) => <CellInput label={`Elevtal for ${m.name}`} value={String(kept?.students ?? '')} disabled numeric />,
        ),
    },
    {
      key: 'countDate',
      header: 'Tælledato',
      cell: (m) =>
        cell(
          m,
          (i) => <FormCell control={control} name={`participants.${i}.countDate`} label={`Tælledato for ${m.name}`} placeholder="dd.mm.åååå" />,
          (kept) => <CellInput label={`Tælledato for ${m.name}`} value={kept?.countDate ?? ''} disabled placeholder="dd.mm.åååå" />,
        ),
    },
    {
      key: 'source',
      header: 'Kilde',
      cell: (m) =>
        cell(
          m,
          (i) => <FormCell control={control} name={`participants.${i}.source`} label={`Kilde for ${m.name}`} />,
          (kept) => <CellInput label={`Kilde for ${m.name}`} value={kept?.source ?? ''} disabled />,
        ),
    },
  ];
  const phaseColumns: Column<(typeof fields)[number]>[] = [
    { key: 'name', header: 'Kommune', rowHeader: true, cell: (f) => nameOf(f.municipalityId) },
    ...PHASE_KEYS.map((k) => ({
      key: k,
      header: PHASES[k],
      cell: (f: (typeof fields)[number]) => (
        <FormCell control={control} name={`participants.${indexOf(f.municipalityId)}.phaseStudents.${k}`} label={`${PHASES[k]} for ${nameOf(f.municipalityId)}`} numeric />
      ),
    })),
  ];
  return (
    <>
      <fieldset className="billing-form__section">
        <legend>Kommuner og elevtal</legend>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="billing-form__common">
          <DateField label="Fælles tælledato" value={commonDate} onChange={setCommonDate} />
          <TextField label="Fælles kilde" value={commonSource} onChange={setCommonSource} placeholder="F.eks. elevliste fra SOSU-skolen" />
          <button type="button" onClick={applyToAll}>
            Brug for alle kommuner
          </button>
        </div>
        <DataTable caption="Kommuner og elevtal" className="table billing-form__rows" columns={columns} rows={municipalities} rowKey={(m) => m.id} />
      </fieldset>

      <details className="billing-form__section" open={fields.some((f) => PHASE_KEYS.some((k) => (f.phaseStudents?.[k] ?? '') !== ''))}>
        <summary>Elevtal pr. fase (valgfrit – giver rækkevidde pr. fase i statistikken)</summary>
        <p>Udfyld de faser, skolen kan oplyse; tomme felter tæller ikke med. Elevtallene fordeler ikke udgiften.</p>
        <DataTable caption="Elevtal pr. fase" className="table billing-form__rows" columns={phaseColumns} rows={fields} rowKey={(f) => f.id} />
      </details>
    </>
  );
}
