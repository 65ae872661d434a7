import type { PacketBatchResult } from '@contract/awards/packets';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OperationInput } from '@contract';
import { invoke } from '../../api/client';

type GenerateInput = Omit<OperationInput<'awards.packets.generate'>, 'progressKey'>;

/**
 * One run of "generate all packets": it gets its own progress key, which is
 * polled every 250 ms while the run is under way and which Cancel names.
 */
export function usePacketRun() {
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const run = useMutation<PacketBatchResult, Error, { input: GenerateInput; key: string }>({
    mutationFn: ({ input, key }) => invoke('awards.packets.generate', { ...input, progressKey: key }),
  });
  const polling = run.isPending && progressKey !== null;
  const progress = useQuery({
    queryKey: ['awards', 'packets', 'progress', progressKey],
    queryFn: () => invoke('awards.packets.progress', { progressKey: progressKey! }),
    enabled: polling,
    refetchInterval: 250,
    staleTime: 0,
    gcTime: 0,
  });
  return {
    run,
    progress: polling ? (progress.data?.progress ?? null) : null,
    start(input: GenerateInput, onDone?: (result: PacketBatchResult) => void) {
      const key = crypto.randomUUID();
      setProgressKey(key);
      run.mutate({ input, key }, { onSuccess: onDone });
    },
    cancel() {
      if (progressKey) void invoke('awards.packets.cancel', { progressKey });
    },
  };
}
