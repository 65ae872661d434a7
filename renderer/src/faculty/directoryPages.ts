import type { OperationInput } from '@contract';
import { operationQuery, useOperation } from '../api/useOperation';

/** What the directory is showing: everything `faculty.list` takes except the window of rows. */
export type DirectoryQuery = Omit<OperationInput<'faculty.list'>, 'offset' | 'limit'>;

/** Rows fetched per request as the table scrolls: a few screens' worth, small enough to arrive at once. */
export const directoryPageSize = 200;

/** One page of the directory, by its position in the list. */
export function directoryPage(query: DirectoryQuery, pageIndex: number) {
  return operationQuery('faculty.list', { ...query, offset: pageIndex * directoryPageSize, limit: directoryPageSize });
}

/** The first page also carries the total; while a new search runs, the previous result stays on screen. */
export function useDirectoryFirstPage(query: DirectoryQuery) {
  return useOperation('faculty.list', { ...query, offset: 0, limit: directoryPageSize }, { keepPrevious: true });
}
