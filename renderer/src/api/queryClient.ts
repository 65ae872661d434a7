import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { refreshOperation } from './operationCache';

/**
 * The core is local, so there is no network to wait for or retry against: an
 * error is an answer (locked, not found), not a blip. Data changes only through
 * this window, so focus and reconnect refetches would be wasted work.
 */
export function createQueryClient(): QueryClient {
  // If the records were locked behind this window's back, any call answers
  // LOCKED; asking for the vault status again brings up the unlock screen.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'LOCKED') void refreshOperation(client, 'vault.status');
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !isApiError(error) && failureCount < 1,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
