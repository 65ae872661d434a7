import { userInfo } from 'node:os';

/**
 * Who the audit log names for writes made in the app: the signed-in OS user,
 * as the command line does. userInfo() throws on accounts without a passwd
 * entry (some directory-service set-ups), so fall back to the environment.
 */
export function auditActor(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unknown user';
  }
}
