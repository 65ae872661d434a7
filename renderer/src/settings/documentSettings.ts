import type { OperationInput, OperationName } from '@contract';
import type { DocumentSettings } from '@contract/documents';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

const key = ['documents', 'settings'] as const;

/** The letterhead, its images and the standard texts, as Settings edits them. */
export function useDocumentSettings() {
  return useQuery({ queryKey: key, queryFn: () => invoke('documents.settings.get', {}) });
}

type SettingsWrite = 'documents.settings.update' | 'documents.images.set' | 'documents.images.clear';

/** A change to the document settings; the answer is the new settings, so the page shows them at once. */
export function useDocumentSettingsWrite<K extends SettingsWrite & OperationName>(name: K) {
  const queryClient = useQueryClient();
  return useMutation<DocumentSettings, Error, OperationInput<K>>({
    mutationFn: (input) => invoke(name, input) as Promise<DocumentSettings>,
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
