import { useState } from 'react';
import type { MethodInput } from '../../../shared/api/index';
import type { Municipality } from '../../../shared/types';
import { call } from '../api/client';
import { DateField, TextField } from '../components/fields';
import { dateInput, dateText, numberInput } from '../lib/formValues';
import { Alert } from '../components/Alert';
import { FormActions } from '../components/DialogForm';
import { useSubmit } from '../lib/useSubmit';

type MunicipalityInput = MethodInput<'municipalities.create'>;

export function MunicipalityForm({ municipality, onSaved, onCancel }: { municipality: Municipality | null; onSaved: (m: Municipality) => void; onCancel: () => void }) {
  const [name, setName] = useState(municipality?.name ?? '');
  const [code, setCode] = useState(municipality ? String(municipality.code) : '');
  const [ean, setEan] = useState(municipality?.ean ?? '');
  const [address, setAddress] = useState(municipality?.address ?? '');
  const [contactPerson, setContactPerson] = useState(municipality?.contactPerson ?? '');
  const [contactEmail, setContactEmail] = useState(municipality?.contactEmail ?? '');
  const [from, setFrom] = useState(dateText(municipality?.participatingFrom));
  const [to, setTo] = useState(dateText(municipality?.participatingTo));
  const { errors, message, busy, run } = useSubmit(onSaved);

  async function submit() {
    const data = {
      name,
      code: numberInput(code),
      ean,
      address,
      contactPerson,
      contactEmail,
      participatingFrom: dateInput(from),
      participatingTo: dateInput(to),
    } as unknown as MunicipalityInput;
    await run(() => (municipality ? call('municipalities.update', { id: municipality.id, data }) : call('municipalities.create', data)));
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Alert kind="error">{message && Object.keys(errors).length ? 'Kommunen blev ikke gemt. Ret de markerede felter.' : message}</Alert>
      <div className="form__grid">
        <TextField label="Navn" required autoFocus value={name} onChange={setName} error={errors.name} />
        <TextField label="Kommunekode" required inputMode="numeric" value={code} onChange={setCode} error={errors.code} hint="Danmarks Statistiks kode, f.eks. 461" />
        <TextField label="EAN-nummer" inputMode="numeric" value={ean} onChange={setEan} error={errors.ean} hint="13 cifre til e-faktura" />
        <TextField label="Adresse" value={address} onChange={setAddress} error={errors.address} />
        <TextField label="Kontaktperson" value={contactPerson} onChange={setContactPerson} error={errors.contactPerson} />
        <TextField label="Kontaktens e-mail" type="email" value={contactEmail} onChange={setContactEmail} error={errors.contactEmail} />
        <DateField label="Deltager fra" value={from} onChange={setFrom} error={errors.participatingFrom} />
        <DateField label="Deltager til" value={to} onChange={setTo} error={errors.participatingTo} hint="Tom, hvis kommunen fortsat deltager" />
      </div>
      <FormActions busy={busy} label={municipality ? 'Gem ændringer' : 'Opret kommune'} onCancel={onCancel} />
    </form>
  );
}
