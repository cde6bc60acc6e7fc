// The municipality dialog (new or edit) over the shared schema: the code is typed as text and parsed there.
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { municipalityFields } from '../../../shared/schemas/roster';
import type { Municipality } from '../../../shared/types';
import { useApiMutation } from '../api/queries';
import { DialogForm } from '../components/DialogForm';
import { FormDate, FormText } from '../components/formFields';
import { formMessage, submitWith, useApiForm } from '../lib/useApiForm';

function defaults(m: Municipality | null): DefaultValues<z.input<typeof municipalityFields>> {
  const none = { financeReference: null, orderNumber: null, accountString: null, paymentTermsDays: null };
  if (!m) return { name: '', code: null, ean: null, address: null, contactPerson: null, contactEmail: null, participatingFrom: null, participatingTo: null, ...none };
  const { name, code, ean, address, contactPerson, contactEmail, participatingFrom, participatingTo, financeReference, orderNumber, accountString, paymentTermsDays } = m;
  return { name, code, ean, address, contactPerson, contactEmail, participatingFrom, participatingTo, financeReference, orderNumber, accountString, paymentTermsDays };
}

export function MunicipalityForm({ municipality, onSaved, onClose }: { municipality: Municipality | null; onSaved: (m: Municipality) => void; onClose: () => void }) {
  const form = useApiForm(municipalityFields, defaults(municipality));
  const create = useApiMutation('municipalities.create', { onSuccess: onSaved });
  const update = useApiMutation('municipalities.update', { onSuccess: onSaved });
  const { control } = form;

  return (
    <DialogForm
      title={municipality ? `Rediger ${municipality.name}` : 'Ny kommune'}
      onClose={onClose}
      onSubmit={submitWith(form, (data) => (municipality ? update.mutateAsync({ id: municipality.id, data }) : create.mutateAsync(data)))}
      busy={form.formState.isSubmitting}
      submitLabel={municipality ? 'Gem ændringer' : 'Opret kommune'}
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <div className="form__grid">
        <FormText control={control} name="name" label="Navn" required />
        <FormText control={control} name="code" label="Kommunekode" required inputMode="numeric" hint="Danmarks Statistiks kode, f.eks. 461" />
        <FormText control={control} name="ean" label="EAN-nummer" inputMode="numeric" hint="13 cifre til e-faktura" />
        <FormText control={control} name="address" label="Adresse" />
        <FormText control={control} name="contactPerson" label="Kontaktperson" />
        <FormText control={control} name="contactEmail" label="Kontaktens e-mail" type="email" />
        <FormDate control={control} name="participatingFrom" label="Deltager fra" />
        <FormDate control={control} name="participatingTo" label="Deltager til" hint="Tom, hvis kommunen fortsat deltager" />
      </div>
      <fieldset>
        <legend>Til kommunens økonomisystem (vises på opkrævningen)</legend>
        <div className="form__grid">
          <FormText control={control} name="financeReference" label="Kontaktperson/bruger-id" hint="Den person eller det bruger-id, fakturaen skal til" />
          <FormText control={control} name="orderNumber" label="Ordrenummer" />
          <FormText control={control} name="accountString" label="Kontostreng" />
          <FormText control={control} name="paymentTermsDays" label="Betalingsfrist (dage)" inputMode="numeric" hint="Højst 30; tom: fordelingsnøglens egen" />
        </div>
      </fieldset>
    </DialogForm>
  );
}
