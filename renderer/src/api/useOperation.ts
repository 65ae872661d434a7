import type { OperationInput, OperationName, OperationResult } from '@contract';
import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { invoke } from './client';
import { operationKey, refreshAfter } from './operationCache';

export interface OperationOptions {
  enabled?: boolean;
  /** While the answer to a new input loads, keep showing the last one (searches, filters). */
  keepPrevious?: boolean;
  /** Ask again this often, in milliseconds, while shown (the progress of long work). */
  refetchInterval?: number;
  staleTime?: number;
  gcTime?: number;
}

/** The cache entry of one call, for `useQueries` (the directory's pages). */
export function operationQuery<K extends OperationName>(name: K, input: OperationInput<K>) {
  return queryOptions({
    queryKey: operationKey(name, input),
    queryFn: (): Promise<OperationResult<K>> => invoke(name, input),
  });
}

/** The core's answer to `name` with `input`, kept until a change makes it out of date. */
export function useOperation<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
  { keepPrevious = false, ...options }: OperationOptions = {},
) {
  return useQuery({
    ...operationQuery(name, input),
    ...options,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}

/** Operations that page through a list: they take `offset` and `limit` and answer a `total`. */
type PagedOperation = {
  [K in OperationName]: OperationInput<K> extends { offset?: number; limit?: number }
    ? OperationResult<K> extends { total: number; rows: unknown[] } | { total: number; items: unknown[] }
      ? K
      : never
    : never;
}[OperationName];

const sizeOf = (page: { rows: unknown[] } | { items: unknown[] }) => ('rows' in page ? page.rows : page.items).length;

/** A long list fetched a page at a time as it scrolls; `fetchNextPage` asks for the next one. */
export function useOperationPages<K extends PagedOperation>(
  name: K,
  input: Omit<OperationInput<K>, 'offset' | 'limit'>,
  { pageSize, keepPrevious = false, staleTime }: { pageSize: number; keepPrevious?: boolean; staleTime?: number },
) {
  return useInfiniteQuery({
    queryKey: [...operationKey(name, input as OperationInput<K>), { pageSize }],
    queryFn: ({ pageParam }): Promise<OperationResult<K>> =>
      invoke(name, { ...input, offset: pageParam, limit: pageSize } as OperationInput<K>),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((count, page) => count + sizeOf(page), 0);
      return sizeOf(last) > 0 && loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    staleTime,
  });
}

type MutationCallbacks<K extends OperationName> = Pick<
  UseMutationOptions<OperationResult<K>, Error, OperationInput<K>>,
  'onSuccess' | 'onError'
>;

/**
 * Runs `name`; once it succeeds, every answer its contract entry says it
 * changes is fetched again before the returned promise settles, so the screen
 * the person goes back to already shows the change.
 */
export function useOperationMutation<K extends OperationName>(name: K, callbacks: MutationCallbacks<K> = {}) {
  const queryClient = useQueryClient();
  return useMutation<OperationResult<K>, Error, OperationInput<K>>({
    mutationFn: (input) => invoke(name, input),
    ...callbacks,
    onSuccess: async (...args) => {
      await refreshAfter(queryClient, name);
      await callbacks.onSuccess?.(...args);
    },
  });
}
