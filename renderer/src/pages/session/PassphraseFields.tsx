// A new passphrase typed twice (setup, recovery, change), with the rule beside it, and its state in a form.
import { useState } from 'react';
import { PASSPHRASE_RULE, passphraseProblem } from '../../../../shared/security/passphrase';
import { TextField } from '../../components/fields';
import { clearing } from './SecretForm';

export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}

export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { passphrase: '', repeat: '' };

export const MISMATCH = 'Adgangskoderne er ikke ens. Skriv den samme adgangskode i begge felter.';

/** True when the pair may be sent: it keeps the rule and both fields agree. */
export function newPassphraseReady(v: NewPassphrase): boolean {
  return passphraseProblem(v.passphrase) === null && v.passphrase === v.repeat;
}

/**
 * A form's new pair: `ready()` on submit marks the try (the rule's problems show) and says whether to send;
 * `reset()` after a change starts the fields afresh, with no "left the field" marks (give `round` as key).
 */
export function useNewPassphrase(clear: () => void) {
  const [value, setValue] = useState(EMPTY_NEW_PASSPHRASE);
  const [submitted, setSubmitted] = useState(false);
  const [round, setRound] = useState(0);
  return {
    passphrase: value.passphrase,
    round,
    fields: { value, onChange: clearing(setValue, clear), submitted },
    ready(): boolean {
      setSubmitted(true);
      return newPassphraseReady(value);
    },
    reset() {
      setValue(EMPTY_NEW_PASSPHRASE);
      setSubmitted(false);
      setRound((r) => r + 1);
    },
  };
}

/**
 * Focus moving to the "Vis adgangskoderne" box does not count as leaving: the error appearing then
 * would move the box away between mouse-down and mouse-up, and the click would miss it.
 */
function toShowToggle(e: React.FocusEvent): boolean {
  const next = e.relatedTarget;
  return next instanceof HTMLInputElement && next.type === 'checkbox';
}

/**
 * The rule's problem shows once the field has been left (then live while typing), or after a submit;
 * serverError is the backend's message about the new passphrase.
 */
export function NewPassphraseFields({
  value,
  onChange,
  submitted,
  serverError,
  label = 'Ny adgangskode',
  repeatLabel = 'Gentag ny adgangskode',
  show,
  autoFocus,
}: {
  value: NewPassphrase;
  onChange: (v: NewPassphrase) => void;
  submitted: boolean;
  serverError?: string;
  label?: string;
  repeatLabel?: string;
  show: boolean;
  autoFocus?: boolean;
}) {
  const [left, setLeft] = useState({ passphrase: false, repeat: false });
  const checkFirst = left.passphrase || submitted;
  const checkRepeat = left.repeat || submitted;
  const problem = checkFirst ? (passphraseProblem(value.passphrase) ?? undefined) : undefined;
  let repeatError: string | undefined;
  if (checkRepeat && value.repeat === '') repeatError = `${repeatLabel} skal udfyldes.`;
  else if (checkRepeat && value.repeat !== value.passphrase) repeatError = MISMATCH;
  const type = show ? 'text' : 'password';
  return (
    <>
      {/* React's onBlur bubbles (focusout), so the wrapper learns when the field is left. */}
      <div onBlur={(e) => !toShowToggle(e) && setLeft((l) => ({ ...l, passphrase: value.passphrase !== '' || l.passphrase }))}>
        <TextField
          label={label}
          type={type}
          required
          autoFocus={autoFocus}
          autoComplete="new-password"
          value={value.passphrase}
          onChange={(passphrase) => onChange({ ...value, passphrase })}
          hint={PASSPHRASE_RULE}
          error={serverError ?? problem}
        />
      </div>
      <div onBlur={(e) => !toShowToggle(e) && setLeft((l) => ({ ...l, repeat: value.repeat !== '' || l.repeat }))}>
        <TextField label={repeatLabel} type={type} autoComplete="new-password" required value={value.repeat} onChange={(repeat) => onChange({ ...value, repeat })} error={repeatError} />
      </div>
    </>
  );
}
