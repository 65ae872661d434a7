import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { invoke } from '../../api/client';
import { useImportProgress } from '../queries';

/**
 * A preview or commit that reports progress: each run gets its own progress
 * key, which the page polls while the run is under way and which Cancel names.
 */
export function useTrackedRun<I, R>(run: (input: I, progressKey: string) => Promise<R>) {
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ input, key }: { input: I; key: string }) => run(input, key),
  });
  const progress = useImportProgress(mutation.isPending ? progressKey : null);
  return {
    mutation,
    progress: mutation.isPending ? (progress.data?.progress ?? null) : null,
    start(input: I, options?: Parameters<typeof mutation.mutate>[1]) {
      const key = crypto.randomUUID();
      setProgressKey(key);
      mutation.mutate({ input, key }, options);
    },
    cancel() {
      if (progressKey) void invoke('imports.cancel', { progressKey });
    },
  };
}
