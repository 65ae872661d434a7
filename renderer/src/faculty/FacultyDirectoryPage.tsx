import { Alert, Button, Center, Group, Loader, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api/client';
import { PageHeader } from '../shell/PageHeader';
import { DirectoryFilters } from './DirectoryFilters';
import { EmptyDirectory, NoActivePeople, NoMatches } from './DirectoryEmptyState';
import { FacultyFormDrawer } from './FacultyFormDrawer';
import { FacultyTable } from './FacultyTable';
import { formatCount } from './format';
import { useOperation } from '../api/useOperation';
import { useDirectoryFirstPage } from './directoryPages';
import { isFiltered, toListQuery, useDirectoryView, type DirectoryView } from './useDirectoryView';

/** Everyone the office works with: search, filter, sort, and add people. */
export function FacultyDirectoryPage() {
  const { view, update, clearFilters } = useDirectoryView();
  const query = useMemo(() => toListQuery(view), [view]);
  const firstPage = useDirectoryFirstPage(query);
  // Whether anyone is in the directory at all, to tell "add the first person" from "nobody matches".
  const everyone = useOperation('faculty.list', { status: 'all', limit: 1 });
  const [adding, addDrawer] = useDisclosure(false);
  const [searchKey, setSearchKey] = useState(0);

  const clear = () => {
    setSearchKey((key) => key + 1);
    clearFilters();
  };
  const sortBy = (field: DirectoryView['sort']) =>
    update(
      view.sort === field
        ? { direction: view.direction === 'asc' ? 'desc' : 'asc' }
        : { sort: field, direction: 'asc' },
    );

  const total = firstPage.data?.total;
  const summary =
    total === undefined
      ? 'Loading…'
      : isFiltered(view)
        ? `${formatCount(total, 'person', 'people')} found`
        : formatCount(total, 'active person', 'active people');

  return (
    <Stack gap="md" h="calc(100dvh - var(--app-shell-header-height) - 2 * var(--app-shell-padding))" mih={480}>
      <PageHeader
        title="Faculty"
        description={
          // Tall enough for the Clear filters button, so the page does not shift when it appears.
          <Group gap="xs" mih={26}>
            <span role="status" data-testid="directory-summary">
              {summary}
            </span>
            {isFiltered(view) && (
              <Button variant="subtle" size="compact-sm" onClick={clear}>
                Clear filters
              </Button>
            )}
          </Group>
        }
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={addDrawer.open}>
            Add person
          </Button>
        }
      />
      <DirectoryFilters view={view} searchKey={searchKey} onChange={update} />
      <Paper withBorder radius="md" style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
        {firstPage.isError ? (
          <Alert color="red" m="md" title="The directory could not be loaded">
            {errorMessage(firstPage.error)}
          </Alert>
        ) : !firstPage.data ? (
          <Center h="100%">
            <Loader aria-label="Loading the directory" />
          </Center>
        ) : firstPage.data.total > 0 ? (
          <FacultyTable
            query={query}
            view={view}
            total={firstPage.data.total}
            firstPage={firstPage.data.rows}
            onSort={sortBy}
          />
        ) : everyone.data?.total === undefined ? (
          <Center h="100%">
            <Loader aria-label="Loading the directory" />
          </Center>
        ) : everyone.data.total === 0 ? (
          <EmptyDirectory onAdd={addDrawer.open} />
        ) : isFiltered(view) ? (
          <NoMatches onClear={clear} />
        ) : (
          <NoActivePeople onShowAll={() => update({ status: 'all' })} />
        )}
      </Paper>
      <FacultyFormDrawer opened={adding} onClose={addDrawer.close} />
    </Stack>
  );
}
