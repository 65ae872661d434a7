import { Skeleton } from '@mantine/core';
import type { Faculty } from '@contract/faculty';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { directoryColumns, type DirectoryLinkState } from './directoryColumns';
import classes from './FacultyTable.module.css';
import type { DirectoryQuery } from './directoryPages';
import { SpacerRow, spacerHeights, useScrollToTopOnNewView } from '../shell/VirtualRows';
import { SortableHeader } from './SortableHeader';
import { useDirectoryRows } from './useDirectoryRows';
import type { DirectoryView } from './useDirectoryView';

/** Must match `.row { height }` in the stylesheet: rows are positioned by arithmetic, not measured. */
const rowHeight = 44;

/**
 * Where each view of the list was scrolled to, so opening a person and coming
 * back returns to the same place. Offsets only (no record content), kept in
 * memory for this window, keyed by the search, filters and sort.
 */
const scrollOffsets = new Map<string, number>();

interface Props {
  query: DirectoryQuery;
  view: DirectoryView;
  total: number;
  firstPage: Faculty[];
  onSort: (field: DirectoryView['sort']) => void;
}

/**
 * The directory as a real table whose rows exist only while on screen, so
 * 3,000 people scroll as smoothly as 30. Spacer rows above and below keep the
 * scrollbar true to the whole list.
 */
export function FacultyTable({ query, view, total, firstPage, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const linkState = useMemo<DirectoryLinkState>(() => ({ directorySearch: location.search }), [location.search]);
  const openPerson = useCallback(
    (id: number) => void navigate(`/faculty/${id}`, { state: linkState }),
    [navigate, linkState],
  );

  const viewKey = JSON.stringify(query);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; rows re-render from its state.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialOffset: () => scrollOffsets.get(viewKey) ?? 0,
    onChange: (instance) => scrollOffsets.set(viewKey, instance.scrollOffset ?? 0),
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useDirectoryRows(query, firstPage, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);

  useScrollToTopOnNewView(viewKey, virtualizer);
  const spacer = spacerHeights(virtualizer);

  return (
    <div ref={scrollRef} className={classes.scroller} tabIndex={0} role="region" aria-label="Faculty directory list">
      <table className={classes.table} aria-label="Faculty directory" aria-rowcount={total + 1}>
        <colgroup>
          {directoryColumns.map((column) => (
            <col key={column.field} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {directoryColumns.map((column) => (
              <SortableHeader
                key={column.field}
                label={column.label}
                direction={view.sort === column.field ? view.direction : null}
                onSort={() => onSort(column.field)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={spacer.top} columns={directoryColumns.length} className={classes.spacer} />
          {items.map((item) => (
            <DirectoryRow
              key={item.key}
              index={item.index}
              person={rowAt(item.index)}
              linkState={linkState}
              onOpen={openPerson}
            />
          ))}
          <SpacerRow height={spacer.bottom} columns={directoryColumns.length} className={classes.spacer} />
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  index: number;
  person: Faculty | undefined;
  linkState: DirectoryLinkState;
  onOpen: (id: number) => void;
}

/** One person; a grey placeholder while their page is on its way. The name is the keyboard target. */
const DirectoryRow = memo(function DirectoryRow({ index, person, linkState, onOpen }: RowProps) {
  if (!person) {
    return (
      <tr className={classes.row} aria-rowindex={index + 2} aria-busy>
        {directoryColumns.map((column) => (
          <td key={column.field}>
            <Skeleton height={10} width="70%" radius="sm" />
          </td>
        ))}
      </tr>
    );
  }
  return (
    <tr
      className={person.active ? classes.row : `${classes.row} ${classes.inactive}`}
      aria-rowindex={index + 2}
      data-person-id={person.id}
      onClick={(event) => {
        // The name link handles its own clicks (and modifier keys); elsewhere the whole row opens the person.
        if ((event.target as HTMLElement).closest('a')) return;
        onOpen(person.id);
      }}
    >
      {directoryColumns.map((column) => (
        <td key={column.field} title={column.text(person)}>
          {column.cell(person, linkState)}
        </td>
      ))}
    </tr>
  );
});
