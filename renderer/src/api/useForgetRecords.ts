import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * Once the records are closed (locked by the button or by time, or found
 * locked by a call), nothing read from them may stay in this window's memory:
 * every answer goes but the session's own state, and so do the inputs of past
 * saves.
 */
export function useForgetRecords(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'vault.status' });
    queryClient.getMutationCache().clear();
  }, [queryClient]);
}
