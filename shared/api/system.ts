import { z } from 'zod';
import { emptyInput, requiredText } from '../schemas/common';
import type { AppInfo } from '../types';

export const systemMethods = {
  'app.info': { input: emptyInput, mutates: false },
  'setup.startEmpty': { input: z.strictObject({ corpsName: requiredText('Korpsets navn', 100) }), mutates: true },
  'setup.loadDemo': { input: emptyInput, mutates: true },
} as const;

export interface SystemResults {
  'app.info': AppInfo;
  'setup.startEmpty': AppInfo;
  'setup.loadDemo': AppInfo;
}
