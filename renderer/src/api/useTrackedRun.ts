import type { OperationInput, OperationResult } from '@contract';
import type { MutateOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { useOperation, useOperationMutation } from './useOperation';

/** Long work that reports how far it has got under a progress key, and the operations that read and stop it. */
type TrackedOperation =
  | 'imports.preview'
  | 'imports.commit'
  | 'awards.packets.generate'
  | 'backups.create'
  | 'backups.restore'
  | 'exports.all';
type ProgressOperation = 'imports.progress' | 'awards.packets.progress' | 'work.progress';
type CancelOperation = 'imports.cancel' | 'awards.packets.cancel' | 'work.cancel';

/** How often the progress of a run is asked for while it is under way. */
const progressInterval = 250;

/**
 * A run of long work (an import's check or commit, a cycle's packets): each
 * run gets its own progress key, which is polled while the run is under way
 * and which Cancel names.
 */
export function useTrackedRun<K extends TrackedOperation, P extends ProgressOperation>(
  name: K,
  watch: { progress: P; cancel: CancelOperation },
) {
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const run = useOperationMutation(name);
  const { mutate: stop } = useOperationMutation(watch.cancel);
  const polling = run.isPending && progressKey !== null;
  const progress = useOperation(watch.progress, { progressKey: progressKey ?? '' } as OperationInput<P>, {
    enabled: polling,
    refetchInterval: progressInterval,
    staleTime: 0,
    gcTime: 0,
  });
  const data = progress.data as OperationResult<ProgressOperation> | undefined;
  return {
    run,
    progress: (polling ? (data?.progress ?? null) : null) as OperationResult<P>['progress'] | null,
    start(
      input: Omit<OperationInput<K>, 'progressKey'>,
      options?: MutateOptions<OperationResult<K>, Error, OperationInput<K>>,
    ) {
      const key = crypto.randomUUID();
      setProgressKey(key);
      run.mutate({ ...input, progressKey: key } as OperationInput<K>, options);
    },
    cancel() {
      if (progressKey) stop({ progressKey });
    },
  };
}
