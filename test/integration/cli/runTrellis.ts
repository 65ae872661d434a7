import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real `trellis` bin (package.json "bin"), run as a subprocess the way staff and scripts run it. */
export const trellisBin = fileURLToPath(new URL('../../../electron/cli/trellis.mjs', import.meta.url));

export interface TrellisRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment, e.g. TRELLIS_PASSPHRASE. */
  env?: Record<string, string>;
  /**
   * Stands in for the user's home: the default database path and anything
   * else derived from HOME/XDG/APPDATA points inside it, never at real data.
   */
  home: string;
}

/** Runs `trellis …` with stdin a closed pipe (no terminal), and collects its output. */
export function runTrellis(args: string[], options: RunOptions): Promise<TrellisRun> {
  return new Promise((resolve, reject) => {
    const child = spawnTrellis(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** Starts `trellis …` and hands back the process, for tests that drive its streams themselves. */
export function spawnTrellis(args: string[], options: RunOptions): ChildProcessWithoutNullStreams {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('TRELLIS_')) delete env[name];
  Object.assign(env, {
    HOME: options.home,
    USERPROFILE: options.home,
    XDG_CONFIG_HOME: join(options.home, '.config'),
    APPDATA: join(options.home, 'AppData', 'Roaming'),
    ...options.env,
  });
  return spawn(process.execPath, [trellisBin, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Crockford base32, eight groups of four: how db/recoveryKey.ts writes recovery keys. */
export const recoveryKeyPattern = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

/** A row as a list's `--json` prints it: the people it names carry their email, the key other commands take. */
export type WithEmails<Row, Key extends keyof Row> = Omit<Row, Key> & {
  [K in Key]: (NonNullable<Row[K]> & { email: string | null }) | Extract<Row[K], null>;
};
