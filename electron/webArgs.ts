export interface WebArgs {
  data?: string;
  port: number;
  demo: boolean;
  /** Fixes "today" (ISO date), for tests and demonstrations. */
  today?: string;
  /** A second backup location (e.g. the municipality's drive), offered on the backup page. */
  secondLocation?: string;
}

export const DEFAULT_WEB_PORT = 5317;

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(value('port') ?? env.MENTORKORPS_PORT ?? DEFAULT_WEB_PORT);
  return {
    data: value('data'),
    port: Number.isInteger(port) && port >= 0 ? port : DEFAULT_WEB_PORT,
    demo: argv.includes('--demo'),
    today: value('today') ?? env.MENTORKORPS_TODAY,
    secondLocation: value('kopimappe'),
  };
}
