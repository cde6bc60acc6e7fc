// How long personal data and look-ups are kept: the retention rule (years after the last close, with the
// data protection officer's contact for the letters) and the read log's months.
import { useState } from 'react';
import type { RetentionSettings } from '../../../../shared/api/privacy';
import { logSettings } from '../../../../shared/schemas/log';
import { retentionSettingsInput } from '../../../../shared/schemas/privacy';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '../../../../shared/privacy/retention';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { FormText, FormTextArea } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

export function PrivacySettings() {
  const retention = useApiQuery('privacy.retentionSettings');
  const log = useApiQuery('log.settings');
  const failed = retention.error ?? log.error;
  return (
    <section className="settings-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Opbevaring</h2>
      <Alert kind="error">{failed ? errorMessage(failed) : null}</Alert>
      {retention.data ? <RetentionForm saved={retention.data} /> : null}
      <h3 id="readlog-heading">Log over opslag</h3>
      {log.data ? <ReadLogForm saved={log.data.readMonths} /> : null}
      {!failed && (!retention.data || !log.data) ? <p className="loading">Indlæser …</p> : null}
    </section>
  );
}

function RetentionForm({ saved }: { saved: RetentionSettings }) {
  const form = useApiForm(retentionSettingsInput, { years: saved.years, dpoContact: saved.dpoContact ?? '' });
  const [notice, setNotice] = useState<string | null>(null);
  const save = useApiMutation('privacy.setRetentionSettings', {
    onSuccess: (r) => {
      form.reset({ years: r.years, dpoContact: r.dpoContact ?? '' });
      setNotice(`Gemt: personoplysninger gemmes ${r.years} år efter seneste afsluttede forløb.`);
    },
  });
  return (
    <form
      className="settings-form"
      noValidate
      aria-label="Opbevaringsperiode"
      onSubmit={(e) => {
        setNotice(null);
        void submitWith(form, (v) => save.mutateAsync(v))(e);
      }}
    >
      <FormText
        control={form.control}
        name="years"
        label="Opbevaringsperiode (år)"
        inputMode="numeric"
        required
        hint={`Antal år efter personens seneste afsluttede forløb, ${RETENTION_YEARS_MIN}–${RETENTION_YEARS_MAX}. Kommunen fastsætter perioden.`}
      />
      <FormTextArea control={form.control} name="dpoContact" label="Databeskyttelsesrådgiverens kontakt" hint="Navn, e-mail og telefon; står i brevene til de unge." rows={2} />
      <Alert kind="error">{formMessage(form)}</Alert>
      <Alert kind="ok">{notice}</Alert>
      <div className="form__actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Gem opbevaring
        </button>
      </div>
    </form>
  );
}

function ReadLogForm({ saved }: { saved: number }) {
  const form = useApiForm(logSettings, { readMonths: saved });
  const [notice, setNotice] = useState<string | null>(null);
  const save = useApiMutation('log.saveSettings', {
    onSuccess: (r) => {
      form.reset({ readMonths: r.readMonths });
      setNotice(`Gemt: opslag i loggen gemmes ${r.readMonths} måneder.`);
    },
  });
  return (
    <form
      className="settings-form"
      noValidate
      aria-label="Loggens opslag"
      onSubmit={(e) => {
        setNotice(null);
        void submitWith(form, (v) => save.mutateAsync(v))(e);
      }}
    >
      <FormText
        control={form.control}
        name="readMonths"
        label="Læsninger gemmes i måneder"
        inputMode="numeric"
        required
        hint="Opslag på personer i loggen slettes derefter automatisk; ændringer gemmes."
      />
      <Alert kind="error">{formMessage(form)}</Alert>
      <Alert kind="ok">{notice}</Alert>
      <div className="form__actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Gem logindstilling
        </button>
      </div>
    </form>
  );
}
