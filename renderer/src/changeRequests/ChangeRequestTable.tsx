import { Button, Skeleton, Table, Text } from '@mantine/core';
import { raisedByLabels, type ChangeRequestRow } from '@contract/changeRequests';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../faculty/format';
import { SpacerRow, spacerHeights, useScrollToTopOnNewView } from '../shell/VirtualRows';
import { capitalize, ChangeRequestStatusBadge, PersonLink } from '../shell/records';

/** Rows have one height so they can be placed by arithmetic while only those on screen exist. */
const rowHeight = 56;
const columns = ['Pair', 'Program', 'Asked for by', 'Asked on', 'Status', 'Handled', ''];
const noWrap = { whiteSpace: 'nowrap' } as const;

interface Props {
  rows: ChangeRequestRow[];
  total: number;
  /** Asks for the next page when the reader scrolls near the end of what is loaded. */
  onNeedMore: () => void;
  /** Changes when the filters change, to start the new list at its top. */
  viewKey: string;
}

/**
 * Every change request in one table whose rows exist only while on screen,
 * so years of requests scroll as smoothly as a handful. Spacer rows keep the
 * scrollbar true to the whole list; rows not loaded yet show placeholders.
 */
export function ChangeRequestTable({ rows, total, onNeedMore, viewKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; rows re-render from its state.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (lastVisible >= rows.length - 1 && rows.length < total) onNeedMore();
  }, [lastVisible, rows.length, total, onNeedMore]);

  useScrollToTopOnNewView(viewKey, virtualizer);
  const spacer = spacerHeights(virtualizer);

  return (
    <div
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Change request list"
      style={{ height: 'min(640px, calc(100vh - 320px))', minHeight: 280, overflow: 'auto' }}
    >
      <Table stickyHeader striped highlightOnHover aria-label="Change requests" aria-rowcount={total + 1}>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <Table.Th key={column} style={noWrap}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <SpacerRow height={spacer.top} columns={columns.length} />
          {items.map((item) => (
            <RequestRow key={item.key} index={item.index} request={rows[item.index]} />
          ))}
          <SpacerRow height={spacer.bottom} columns={columns.length} />
        </Table.Tbody>
      </Table>
    </div>
  );
}

function RequestRow({ index, request }: { index: number; request: ChangeRequestRow | undefined }) {
  if (!request) {
    return (
      <Table.Tr h={rowHeight} aria-rowindex={index + 2} aria-busy>
        {columns.map((column) => (
          <Table.Td key={column}>
            <Skeleton height={10} width="70%" radius="sm" />
          </Table.Td>
        ))}
      </Table.Tr>
    );
  }
  return (
    <Table.Tr h={rowHeight} aria-rowindex={index + 2} data-change-request-id={request.id}>
      <Table.Td>
        <Text size="sm" lineClamp={1}>
          <PersonLink person={request.mentor} /> with <PersonLink person={request.mentee} />
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1}>
          {request.program.name}
        </Text>
      </Table.Td>
      <Table.Td style={noWrap}>{capitalize(raisedByLabels[request.raisedBy])}</Table.Td>
      <Table.Td style={noWrap}>{formatDate(request.raisedOn, 'short')}</Table.Td>
      <Table.Td style={noWrap}>
        <ChangeRequestStatusBadge request={request} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1}>
          {request.handledAt ? formatDate(request.handledAt, 'short') : 'Not yet'}
          {request.handledBy ? ` · ${request.handledBy}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          component={Link}
          to={`/mentorships/change-requests/${request.id}`}
          size="xs"
          variant="light"
          aria-label={`Open the request about ${request.mentor.name} with ${request.mentee.name}`}
        >
          Open
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
