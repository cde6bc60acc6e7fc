// The forms that take a new passphrase twice check the pair with the method's own rule and the repeat at once.
import { describe, expect, it } from 'vitest';
import { newPassphraseForms, sessionMethods } from '../../shared/api/session';
import { MISMATCH } from '../../shared/security/passphrase';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('newPassphraseForms', () => {
  it('shows the rule and the mismatch at the same time', () => {
    const r = newPassphraseForms['session.setup'].safeParse({ passphrase: 'kort kode', repeat: 'noget andet' });
    expect(messages(r)).toEqual({ passphrase: 'Adgangskoden skal være mindst 12 tegn (den har 9).', repeat: MISMATCH });
  });

  it('checks the repeat even when a field has the wrong type', () => {
    const r = newPassphraseForms['session.recover'].safeParse({ newPassphrase: 'grøn cykel under broen', repeat: 'grøn cykel' });
    expect(messages(r)).toEqual({ recoveryCode: 'Gendannelseskoden skal udfyldes.', repeat: MISMATCH });
  });

  it('names an empty repeat by its label, and not as a mismatch', () => {
    const r = newPassphraseForms['session.recover'].safeParse({ recoveryCode: '', newPassphrase: 'grøn cykel under broen', repeat: '' });
    const m = messages(r);
    expect(m.repeat).toBe('Gentag ny adgangskode skal udfyldes.');
    expect(m.recoveryCode).toMatch(/Gendannelseskoden/);
  });

  it('passes the same input the backend takes, plus the repeat', () => {
    const values = { currentPassphrase: 'gammel', newPassphrase: 'blå båd ved havnen i Faaborg' };
    const r = newPassphraseForms['session.changePassphrase'].safeParse({ ...values, repeat: values.newPassphrase });
    expect(r.success).toBe(true);
    expect(sessionMethods['session.changePassphrase'].input.safeParse(values).success).toBe(true);
    // The backend refuses a passphrase the form refuses, by the same message.
    const weak = { ...values, newPassphrase: '1234567890123' };
    expect(messages(sessionMethods['session.changePassphrase'].input.safeParse(weak))).toEqual(
      messages(newPassphraseForms['session.changePassphrase'].safeParse({ ...weak, repeat: weak.newPassphrase })),
    );
  });
});
