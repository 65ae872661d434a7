import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';

/** What QueryState needs of a query: `useOperation`'s result, or any TanStack query's. */
interface Answer<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

interface Props<T> {
  query: Answer<T>;
  /** The alert's title when the answer could not be had: "The programs could not be loaded". */
  failure: string;
  /** The way on when it failed, under the message: a link back to the list the record was opened from. */
  failureAction?: ReactNode;
  /** Shown instead of the content when there is nothing to show; it says what to do next. */
  empty?: ReactNode;
  /** Whether the answer holds nothing to show. Left out: an empty list, or a total of 0. */
  isEmpty?: (data: T) => boolean;
  /** What the spinner is waiting for, for screen readers. */
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

function holdsNothing(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && data !== null && 'total' in data) return data.total === 0;
  return false;
}

/**
 * The one way a screen shows a query that is loading, has failed, or came
 * back empty, so every screen waits, fails and says "nothing yet" alike: a
 * spinner while it loads, the core's own words when it fails (what was not
 * loaded as the title), the screen's empty state when there is nothing, and
 * otherwise the content, given the answer.
 */
export function QueryState<T>(props: Props<T>) {
  const { query, failure, failureAction, empty, isEmpty = holdsNothing, loadingLabel, children } = props;
  if (query.isError) {
    return <Failed title={failure} message={errorMessage(query.error)} action={failureAction} />;
  }
  if (query.isPending || query.data === undefined) {
    return (
      <Center py="md">
        <Loader aria-label={loadingLabel ?? 'Loading'} />
      </Center>
    );
  }
  if (empty !== undefined && isEmpty(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

/** What could not be shown and why, with the way on; also for a record whose address names none. */
export function Failed({ title, message, action }: { title: string; message: string; action?: ReactNode }) {
  return (
    <Alert color="red" title={title} maw={640}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {action}
      </Stack>
    </Alert>
  );
}
