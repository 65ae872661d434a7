import { contract, isOperationName, operationNames, type OperationInput, type OperationName } from '@contract';
import { readDomainsOf } from '@common/contractKit';
import type { Query, QueryClient } from '@tanstack/react-query';

/**
 * How the renderer keeps the core's answers: each under the operation that
 * gave it and its input (`['programs.list', {}]`), so no key is ever written
 * by hand, and a change refreshes answers by what the contract says they are
 * built from.
 */
export function operationKey<K extends OperationName>(name: K, input: OperationInput<K>) {
  return [name, input] as const;
}

/** The domains each read's answer is built from, as its contract entry declares them. */
const readDomains = new Map(operationNames.map((name) => [name, readDomainsOf(name, contract[name])]));

function readsAny(query: Query, domains: readonly string[]): boolean {
  const name = query.queryKey[0];
  return isOperationName(name) && (readDomains.get(name) ?? []).some((domain) => domains.includes(domain));
}

/**
 * After `name` succeeded: every answer whose domains meet what it changes is
 * out of date; those on screen are fetched again (the promise waits for them),
 * the others when next shown. Reads and file exports change nothing.
 */
export function refreshAfter(queryClient: QueryClient, name: OperationName): Promise<void> {
  const changes = contract[name].changes;
  if (!changes || changes.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({ predicate: (query) => readsAny(query, changes) });
}

/** Asks again for every answer of one operation (any input), e.g. the session's state. */
export function refreshOperation(queryClient: QueryClient, name: OperationName): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [name] });
}
