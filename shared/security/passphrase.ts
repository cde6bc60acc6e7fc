// The passphrase rule and the recovery code's shape: pure, so the unlock screens and the backend check alike.
import { z } from 'zod';

export const PASSPHRASE_MIN_LENGTH = 12;

/** The rule in plain Danish, shown beside the field. */
export const PASSPHRASE_RULE =
  `Mindst ${PASSPHRASE_MIN_LENGTH} tegn. Brug gerne flere ord, f.eks. "grøn cykel under broen". Den må ikke kun være tal eller ét tegn gentaget.`;

/** Why a new passphrase breaks the rule, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  const p = passphrase.trim();
  if (p.length < PASSPHRASE_MIN_LENGTH) return `Adgangskoden skal være mindst ${PASSPHRASE_MIN_LENGTH} tegn (den har ${p.length}).`;
  if (/^\d+$/.test(p)) return 'Adgangskoden må ikke kun bestå af tal.';
  if (new Set(p.toLowerCase()).size < 5) return 'Adgangskoden må ikke være det samme tegn eller få tegn gentaget.';
  if (p.length > 200) return 'Adgangskoden må højst være 200 tegn.';
  return null;
}

/** A new passphrase (setup, change, after recovery): checked against the rule. */
export const newPassphrase = (label = 'Ny adgangskode') =>
  z.string({ error: `${label} skal udfyldes.` }).superRefine((v, ctx) => {
    const problem = passphraseProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export const MISMATCH = 'Adgangskoderne er ikke ens. Skriv den samme adgangskode i begge felter.';

/**
 * A form that takes a new passphrase twice: the method's own input (so its passphrase keeps the very rule the
 * backend checks) plus `repeat`, which must be filled and equal the passphrase at `key`. The mismatch is checked
 * even when a field failed (zod 4 skips an object's refinements otherwise), so every error shows at once.
 */
export function withRepeat<Shape extends z.core.$ZodLooseShape, K extends keyof Shape & string>(
  schema: z.ZodObject<Shape, z.core.$strict>,
  key: K,
  repeatLabel: string,
) {
  return schema
    .extend({ repeat: z.string({ error: `${repeatLabel} skal udfyldes.` }).min(1, { error: `${repeatLabel} skal udfyldes.` }) })
    .superRefine(
      (value, ctx) => {
        // Read as plain data: with `when` it runs on what parsed and what did not alike.
        const v: unknown = value;
        if (isRecord(v) && v.repeat !== '' && v.repeat !== v[key]) ctx.addIssue({ code: 'custom', path: ['repeat'], message: MISMATCH });
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

/** A passphrase typed to unlock: only its presence is checked here. */
export const givenPassphrase = (label = 'Adgangskode') =>
  z.string({ error: `${label} skal udfyldes.` }).min(1, { error: `${label} skal udfyldes.` }).max(1000, { error: `${label} er for lang.` });

// Crockford's base32 without I, L, O, U: nothing to misread when it is copied from paper.
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 6;
export const RECOVERY_GROUP_LENGTH = 4;

/** Upper case, no spaces or dashes; O read as 0 and I/L as 1, as people copy them. */
export function normalizeRecoveryCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** "ABCD-EFGH-…" for display and print. */
export function formatRecoveryCode(code: string): string {
  const n = normalizeRecoveryCode(code);
  return n.match(new RegExp(`.{1,${RECOVERY_GROUP_LENGTH}}`, 'g'))?.join('-') ?? n;
}

export const recoveryCodeSchema = z
  .string({ error: 'Gendannelseskoden skal udfyldes.' })
  .transform(normalizeRecoveryCode)
  .refine((v) => v.length === RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH && [...v].every((c) => RECOVERY_ALPHABET.includes(c)), {
    error: `Gendannelseskoden består af ${RECOVERY_GROUPS} grupper á ${RECOVERY_GROUP_LENGTH} tegn (tal og bogstaver), f.eks. 7K2M-…`,
  });
