import type { OperationInput, OperationName, OperationResult } from '@contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

/**
 * Queries of the mentoring records: programs, mentorships, meetings, change
 * requests, peer groups, a person's mentoring and the dashboard. They share
 * one key prefix because a change to one touches the others (a meeting moves
 * the dashboard, a resolved request opens a mentorship), so every save
 * refreshes them all; the lists are small and computed in the database.
 */
export const mentoringKey = ['mentoring'] as const;

export function useMentoringQuery<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
  { enabled = true, keepPrevious = false }: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  return useQuery<OperationResult<K>>({
    queryKey: [...mentoringKey, name, input],
    queryFn: () => invoke(name, input),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}

/** A save of any mentoring record; on success, every mentoring query is refreshed. */
export function useMentoringMutation<K extends OperationName>(name: K) {
  const queryClient = useQueryClient();
  return useMutation<OperationResult<K>, Error, OperationInput<K>>({
    mutationFn: (input) => invoke(name, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKey }),
  });
}
