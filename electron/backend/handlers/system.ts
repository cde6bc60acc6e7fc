import type { systemMethods } from '../../../shared/api/system';
import { ApiError } from '../../../shared/errors';
import type { AppInfo } from '../../../shared/types';
import type { BackendContext } from '../context';
import { hasRosterData } from '../checks';
import { schemaVersion } from '../db';
import { DEMO_CORPS_NAME, loadDemo } from '../demo/index';
import type { HandlerMap } from '../registry';
import { getSetting, setSetting } from '../settings';

type SystemHandlers = Pick<HandlerMap, keyof typeof systemMethods>;

export function appInfo({ db, dataFile, version, today }: BackendContext): AppInfo {
  return {
    version,
    dataFile,
    schemaVersion: schemaVersion(db),
    corpsName: getSetting(db, 'corps_name'),
    setupDone: getSetting(db, 'setup_done') === '1',
    today: today(),
  };
}

function assertNotSetUp(ctx: BackendContext): void {
  if (appInfo(ctx).setupDone) throw new ApiError('CONFLICT', 'Mentorkorpset er allerede sat op.');
}

export const systemHandlers: SystemHandlers = {
  'app.info': (_input, ctx) => appInfo(ctx),

  'setup.startEmpty': ({ corpsName }, ctx) => {
    assertNotSetUp(ctx);
    setSetting(ctx.db, 'corps_name', corpsName);
    setSetting(ctx.db, 'setup_done', '1');
    return appInfo(ctx);
  },

  'setup.loadDemo': (_input, ctx) => {
    assertNotSetUp(ctx);
    if (hasRosterData(ctx.db)) throw new ApiError('CONFLICT', 'Demokorpset kan kun indlæses i en tom datafil.');
    loadDemo(ctx);
    setSetting(ctx.db, 'corps_name', DEMO_CORPS_NAME);
    setSetting(ctx.db, 'setup_done', '1');
    return appInfo(ctx);
  },
};
