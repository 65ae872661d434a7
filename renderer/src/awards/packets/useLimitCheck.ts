import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { mentoringKey } from '../../mentorships/queries';

/**
 * The cycle's limit warnings. The core builds every packet to count their
 * pages, so the answer is kept until a record changes (every save refreshes
 * the mentoring queries, this one included) instead of being asked again
 * each time the section shows or the chosen statuses change.
 */
export function useLimitCheck(cycleId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...mentoringKey, 'awards.packets.check', { cycleId }],
    queryFn: () => invoke('awards.packets.check', { cycleId }),
    enabled,
    staleTime: Infinity,
  });
}
