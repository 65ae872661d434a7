import type { Faculty, FacultyList } from '@contract/faculty';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { directoryPage, directoryPageSize, type DirectoryQuery } from './directoryPages';

/** Stable, so React Query only recombines when a page actually changes. */
const rowsOfPages = (results: UseQueryResult<FacultyList>[]) => results.map((result) => result.data?.rows);

/**
 * Rows for the part of the list on screen. Pages are fetched by position, so
 * dragging the scrollbar to the end loads the last page directly rather than
 * every page on the way. The first page (which carries the total) is loaded by
 * the caller and passed in.
 */
export function useDirectoryRows(
  query: DirectoryQuery,
  firstPage: Faculty[] | undefined,
  firstVisible: number,
  lastVisible: number,
): (index: number) => Faculty | undefined {
  const fromPage = Math.max(1, Math.floor(firstVisible / directoryPageSize));
  const toPage = Math.floor(lastVisible / directoryPageSize);
  const pageIndexes = useMemo(() => {
    const indexes: number[] = [];
    for (let page = fromPage; page <= toPage; page++) indexes.push(page);
    return indexes;
  }, [fromPage, toPage]);

  const pages = useQueries({
    queries: pageIndexes.map((pageIndex) => directoryPage(query, pageIndex)),
    combine: rowsOfPages,
  });

  return useMemo(() => {
    const rowsByPage = new Map<number, Faculty[]>();
    if (firstPage) rowsByPage.set(0, firstPage);
    pageIndexes.forEach((pageIndex, i) => {
      const rows = pages[i];
      if (rows) rowsByPage.set(pageIndex, rows);
    });
    return (index: number) => rowsByPage.get(Math.floor(index / directoryPageSize))?.[index % directoryPageSize];
  }, [firstPage, pageIndexes, pages]);
}
