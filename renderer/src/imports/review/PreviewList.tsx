import { Box, Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useOperationPages } from '../../api/useOperation';
import { QueryState } from '../../shell/QueryState';

type Section = 'issues' | 'review' | 'changes' | 'missing' | 'effects';
const pageSize = 100;

/**
 * One of a preview's lists (thousands of rows for a big file): fetched from
 * the core a page at a time as it scrolls, with only the rows on screen in
 * the page.
 */
export function PreviewList<T>({
  previewId,
  section,
  total,
  label,
  estimateSize,
  height = 380,
  children,
}: {
  previewId: string;
  section: Section;
  total: number;
  label: string;
  estimateSize: number;
  height?: number;
  children: (item: T) => ReactNode;
}) {
  // A preview never changes once made: its pages are kept while the list is shown.
  const pages = useOperationPages('imports.previewDetails', { previewId, section }, { pageSize, staleTime: Infinity });
  const items = (pages.data?.pages.flatMap((p) => p.items) ?? []) as T[];
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
  });
  const visible = virtualizer.getVirtualItems();
  const lastVisible = visible.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (lastVisible >= items.length - 1 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastVisible, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <QueryState query={pages} failure="This list could not be loaded">
      {() => (
        <Box
          ref={scrollRef}
          mah={height}
          style={{ overflow: 'auto', overscrollBehavior: 'contain' }}
          role="list"
          aria-label={label}
          tabIndex={0}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {visible.map((row) => {
              const item = items[row.index];
              return (
                <div
                  key={row.key}
                  role="listitem"
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
                >
                  {item === undefined ? <Loader size="xs" m="xs" aria-label="Loading" /> : children(item)}
                </div>
              );
            })}
          </div>
        </Box>
      )}
    </QueryState>
  );
}
