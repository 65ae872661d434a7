import { userInfo } from 'node:os';

/**
 * Everything the command line touches in the outside world, passed in rather
 * than read from `process` so tests can run a command with fake streams.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Folder that relative `--db` paths are resolved against. */
  cwd: string;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Who is acting, for the audit log: the signed-in OS user, as in the app.
 * `userInfo()` throws where the user has no passwd entry (some containers).
 */
export function osUserName(env: CliIo['env']): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unknown user';
  }
}
