// The key's instalments and payment details; the due dates follow the number of instalments and the year.
import { useController, useWatch } from 'react-hook-form';
import { INSTALMENT_COUNTS } from '../../../../shared/billing/types';
import { SelectField, TextField } from '../../components/fields';
import { displayValue, FormDate, FormText, FormTextArea } from '../../components/formFields';
import { defaultDueDates, dueDatesForYear } from './dueDates';
import { listError, yearOf, type KeyForm } from './keyForm';

const COUNT_LABELS: Record<number, string> = { 1: '1 (hele året på én gang)', 4: '4 (kvartalsvis)', 12: '12 (månedlig)' };

/** "År" of a new key: dates still at the old year's defaults move along with it. */
export function YearField({ form }: { form: KeyForm }) {
  const { field, fieldState } = useController({ control: form.control, name: 'year' });
  return (
    <TextField
      label="År"
      required
      inputMode="numeric"
      value={displayValue(field.value)}
      onChange={(text) => {
        field.onChange(text);
        const year = yearOf(text);
        if (year !== null) form.setValue('instalmentDueDates', dueDatesForYear(form.getValues('instalmentDueDates'), year));
      }}
      error={fieldState.error?.message}
    />
  );
}

export function KeyPayment({ form, fallbackYear }: { form: KeyForm; fallbackYear: number }) {
  const { control } = form;
  const dates = useWatch({ control, name: 'instalmentDueDates' });
  return (
    <fieldset className="billing-form__section">
      <legend>Rater og betaling</legend>
      <div className="form__grid">
        <SelectField
          label="Antal rater"
          value={String(dates.length)}
          onChange={(v) => form.setValue('instalmentDueDates', defaultDueDates(yearOf(form.getValues('year')) ?? fallbackYear, Number(v)), { shouldDirty: true })}
          options={INSTALMENT_COUNTS.map((n) => ({ value: String(n), label: COUNT_LABELS[n] ?? String(n) }))}
          error={listError(form.formState.errors.instalmentDueDates)}
        />
        <FormText control={control} name="paymentTermsDays" label="Betalingsfrist (dage)" inputMode="numeric" hint="Højst 30 dage; hver rate betales senest på sin forfaldsdato" />
      </div>
      <div className="billing-form__dates">
        {dates.map((_, i) => (
          <FormDate key={i} control={control} name={`instalmentDueDates.${i}`} label={`Forfaldsdato, rate ${i + 1}`} />
        ))}
      </div>
      <div className="form__grid">
        <FormText control={control} name="payeeName" label="Betalingsmodtager" required hint="Værtskommunen, f.eks. Odense Kommune" />
        <FormText control={control} name="payeeCvr" label="Betalingsmodtagers CVR-nummer" required inputMode="numeric" hint="8 cifre" />
        <FormText control={control} name="payeeAddress" label="Betalingsmodtagers adresse" required hint="F.eks. Flakhaven 2, 5000 Odense C" />
        <FormText control={control} name="payeeEan" label="Betalingsmodtagers EAN-nummer" required inputMode="numeric" />
        <FormText control={control} name="payeeRegNo" label="Reg.nr." required inputMode="numeric" />
        <FormText control={control} name="payeeAccount" label="Kontonummer" required inputMode="numeric" />
        <FormText control={control} name="contactName" label="Kontaktperson" required />
        <FormText control={control} name="contactEmail" label="Kontaktens e-mail" type="email" />
        <FormText control={control} name="contactPhone" label="Kontaktens telefon" type="tel" />
      </div>
      <FormTextArea control={control} name="statementText" label="Tekst på opkrævningen" rows={3} />
    </fieldset>
  );
}
