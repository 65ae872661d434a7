import type { AutoLockMinutes } from '@contract/autoLock';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

export const autoLockKey = ['autoLock'] as const;

/** How long Trellis may stay open without use (null: never locks by itself). */
export function useAutoLockSetting() {
  return useQuery({ queryKey: autoLockKey, queryFn: () => invoke('autoLock.get', {}) });
}

/** Saves the choice; the idle watcher picks the new time up at once. */
export function useSetAutoLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (minutes: AutoLockMinutes | null) => invoke('autoLock.set', { minutes }),
    onSuccess: (setting) => queryClient.setQueryData(autoLockKey, setting),
  });
}
