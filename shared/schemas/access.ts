// Inputs of the access answer (GDPR art. 15) and the information letter (art. 13).
import { z } from 'zod';
import { id, optionalText } from './common';
import { DEFAULT_ACCESS_PURPOSE, LANGS } from '../privacy/processing';

/** The purpose goes into the read log with the look-up; none given is an access request. */
const purpose = optionalText('Formål', 200).transform((v) => v ?? DEFAULT_ACCESS_PURPOSE);
const lang = z.enum(LANGS, { error: 'Sprog skal være dansk (da) eller engelsk (en).' }).default('da');

export const accessRequest = z.strictObject({ menteeId: id('Mentee'), purpose });
export const accessLetterRequest = z.strictObject({ menteeId: id('Mentee'), purpose, lang });
export const infoLetterRequest = z.strictObject({ lang }).optional().default({ lang: 'da' });
