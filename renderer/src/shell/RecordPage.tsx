import { Anchor, Group } from '@mantine/core';
import type { OperationInput, OperationName, OperationResult } from '@contract';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useOperation } from '../api/useOperation';
import { Failed, QueryState } from './QueryState';

/** The operations that fetch one record by its id alone (`mentorships.get`, `programs.get`, …). */
type GetByIdOperation = {
  [K in OperationName]: OperationInput<K> extends { id: number }
    ? Exclude<keyof OperationInput<K>, 'id'> extends never
      ? K
      : never
    : never;
}[OperationName];

/** "← Mentorships": the way back to the list a record was opened from. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {children}
      </Group>
    </Anchor>
  );
}

interface Props<K extends GetByIdOperation> {
  /** The operation that loads the record named by the route's `:id`. */
  operation: K;
  /** What the record is called in a sentence: "mentorship", "change request". */
  noun: string;
  back: { to: string; label: string };
  children: (record: OperationResult<K>) => ReactNode;
}

/**
 * The frame of every record page: reads the id from the route, loads the
 * record, and says plainly when it cannot be opened (a typed-in address, a
 * record removed meanwhile) with the way back, instead of an empty page.
 */
export function RecordPage<K extends GetByIdOperation>({ operation, noun, back, children }: Props<K>) {
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const record = useOperation(operation, { id } as OperationInput<K>, { enabled: valid });
  const failure = `This ${noun} could not be opened`;
  const backLink = <BackLink to={back.to}>{back.label}</BackLink>;
  if (!valid) return <Failed title={failure} message={`There is no such ${noun}.`} action={backLink} />;
  return (
    <QueryState query={record} failure={failure} failureAction={backLink}>
      {children}
    </QueryState>
  );
}
