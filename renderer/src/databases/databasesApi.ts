import type { DatabaseAnswer, DatabaseRequest } from '@common/bridge';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** Not an operation of the core: the shell's answer about which database is open. */
const databasesKey = ['shell.databases'] as const;

/** Asks the shell (the desktop app's main process, or the test host) about databases. */
export async function askDatabases(request: DatabaseRequest): Promise<DatabaseAnswer> {
  const bridge = window.trellis;
  if (typeof bridge?.databases !== 'function') {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'Databases can be opened only in the Trellis desktop app.',
    });
  }
  const envelope = await bridge.databases(request);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

/** Which database is open and the recent ones; the same for the whole time the page is open. */
export function useDatabases() {
  return useQuery({ queryKey: databasesKey, queryFn: () => askDatabases({ action: 'list' }), staleTime: Infinity });
}

/**
 * Another database is open: the page starts over from its first screen, so
 * nothing read from the last one stays in memory (as after Lock).
 */
export function startOver(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/** Runs a switching request; when another database opened, the page starts over. Null when cancelled. */
export async function switchDatabase(request: DatabaseRequest): Promise<DatabaseAnswer> {
  const answer = await askDatabases(request);
  if (answer.switched) startOver();
  return answer;
}
