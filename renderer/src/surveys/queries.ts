import { useQuery } from '@tanstack/react-query';
import { invoke } from '../api/client';

export function useSurveyReport(id: number) {
  return useQuery({ queryKey: ['surveys', 'report', id], queryFn: () => invoke('surveys.report', { id }) });
}
