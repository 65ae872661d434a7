import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/**
 * Pieces of a real table whose rows exist only while on screen (the faculty
 * directory, the change requests): spacer rows above and below keep the
 * scrollbar true to the whole list.
 */

/** A new search, filter or sort starts at the top of its results (but coming back to the same view does not). */
export function useScrollToTopOnNewView(
  viewKey: string,
  virtualizer: Pick<Virtualizer<HTMLElement, Element>, 'scrollToOffset'>,
) {
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);
}

/** How much empty height stands for the rows before and after those on screen. */
export function spacerHeights(virtualizer: Virtualizer<HTMLDivElement, Element>): { top: number; bottom: number } {
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  return { top, bottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) };
}

export function SpacerRow({ height, columns, className }: { height: number; columns: number; className?: string }) {
  if (height <= 0) return null;
  return (
    <tr className={className} aria-hidden>
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
