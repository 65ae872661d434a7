import type { OperationInput } from '@contract';
import type { ImportKind } from '@contract/imports';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

export const importKeys = {
  all: ['imports'] as const,
  batches: ['imports', 'list'] as const,
  templates: (kind: ImportKind) => ['imports', 'templates', kind] as const,
  progress: (key: string) => ['imports', 'progress', key] as const,
};

export function useImportBatches() {
  return useQuery({ queryKey: importKeys.batches, queryFn: () => invoke('imports.list', { limit: 200 }) });
}

export function useImportTemplates(kind: ImportKind) {
  return useQuery({ queryKey: importKeys.templates(kind), queryFn: () => invoke('imports.templates.list', { kind }) });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OperationInput<'imports.templates.save'>) => invoke('imports.templates.save', input),
    onSuccess: (saved) => queryClient.invalidateQueries({ queryKey: importKeys.templates(saved.kind) }),
  });
}

/**
 * Imports and undos change people, surveys and mentoring records (change
 * requests): everything cached is refreshed, not just the batch list.
 */
function useRecordsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'vault' });
}

export function useUndoImport() {
  const changed = useRecordsChanged();
  return useMutation({
    mutationFn: (batchId: number) => invoke('imports.undo', { batchId }),
    onSuccess: changed,
  });
}

export function useCommitImport() {
  const changed = useRecordsChanged();
  return useMutation({
    mutationFn: (input: OperationInput<'imports.commit'>) => invoke('imports.commit', input),
    onSuccess: changed,
  });
}

/** How far a long preview or commit has got, asked about four times a second while it runs. */
export function useImportProgress(progressKey: string | null) {
  return useQuery({
    queryKey: importKeys.progress(progressKey ?? ''),
    queryFn: () => invoke('imports.progress', { progressKey: progressKey! }),
    enabled: progressKey !== null,
    refetchInterval: 250,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSurveys() {
  return useQuery({ queryKey: ['surveys', 'list'], queryFn: () => invoke('surveys.list', {}) });
}
