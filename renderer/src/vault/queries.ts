import type { VaultStatus } from '@contract/vault';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { invoke } from '../api/client';

export const vaultKeys = {
  status: ['vault', 'status'] as const,
  details: ['vault', 'details'] as const,
};

export function useVaultStatus() {
  return useQuery({
    queryKey: vaultKeys.status,
    queryFn: () => invoke('vault.status', {}),
    staleTime: Infinity,
  });
}

/**
 * Drops everything but the vault status from the cache: once the records are
 * locked, no names or emails should stay in this window's memory.
 */
export function useForgetRecords() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    const isStatus = (key: readonly unknown[]) => key[0] === vaultKeys.status[0] && key[1] === vaultKeys.status[1];
    queryClient.removeQueries({ predicate: (query) => !isStatus(query.queryKey) });
    queryClient.getMutationCache().clear();
  }, [queryClient]);
}

/** Creates the database. The caller shows the recovery key before entering the app. */
export function useCreateVault() {
  return useMutation({ mutationFn: (passphrase: string) => invoke('vault.create', { passphrase }) });
}

export function useUnlockVault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => invoke('vault.unlock', { passphrase }),
    onSuccess: (status) => queryClient.setQueryData(vaultKeys.status, status),
  });
}

export function useRecoverVault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { recoveryKey: string; newPassphrase: string }) => invoke('vault.recover', input),
    onSuccess: (status) => queryClient.setQueryData(vaultKeys.status, status),
  });
}

export function useLockVault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('vault.lock', {}),
    onSuccess: (status) => queryClient.setQueryData(vaultKeys.status, status),
  });
}

/**
 * `vault.create` leaves the records open, but the app waits until the recovery
 * key has been confirmed as saved; this then lets the app in.
 */
export function useEnterNewVault() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.setQueryData<VaultStatus>(vaultKeys.status, (status) => status && { ...status, state: 'unlocked' });
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: (input: { current: string; next: string }) => invoke('vault.changePassphrase', input),
  });
}

export function useDatabaseDetails() {
  return useQuery({ queryKey: vaultKeys.details, queryFn: () => invoke('vault.details', {}), staleTime: 0 });
}
