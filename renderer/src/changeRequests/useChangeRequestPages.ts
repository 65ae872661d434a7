import type { OperationInput } from '@contract';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { invoke } from '../api/client';
import { mentoringKey } from '../mentorships/queries';

/** The filters of the change-request list: everything `changeRequests.list` takes except the window. */
export type ChangeRequestFilters = Omit<OperationInput<'changeRequests.list'>, 'offset' | 'limit'>;

/** Rows fetched per request as the list scrolls: a few screens' worth. */
export const changeRequestPageSize = 100;

/**
 * The change requests that match the filters, a page at a time, under the
 * mentoring key so that any save (a request resolved, a pair ended) refreshes
 * them. While new filters load, the previous rows stay on screen.
 */
export function useChangeRequestPages(filters: ChangeRequestFilters) {
  return useInfiniteQuery({
    queryKey: [...mentoringKey, 'changeRequests.list', 'pages', filters],
    queryFn: ({ pageParam }) =>
      invoke('changeRequests.list', { ...filters, offset: pageParam, limit: changeRequestPageSize }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((count, page) => count + page.rows.length, 0);
      return last.rows.length > 0 && loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}
