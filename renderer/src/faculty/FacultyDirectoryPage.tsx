import { Button, Group, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { DirectoryFilters } from './DirectoryFilters';
import { EmptyDirectory, NoActivePeople, NoMatches } from './DirectoryEmptyState';
import { FacultyFormDrawer } from './FacultyFormDrawer';
import { FacultyTable } from './FacultyTable';
import { formatCount } from './format';
import { useOperation } from '../api/useOperation';
import { useDirectoryFirstPage } from './directoryPages';
import { isFiltered, toListQuery, useDirectoryView, type DirectoryView } from './useDirectoryView';

const directoryStates = { failure: 'The directory could not be loaded', loadingLabel: 'Loading the directory' };

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
        <QueryState
          query={firstPage}
          {...directoryStates}
          empty={
            // Nobody to show: an empty directory, a search that matches no one, or no one active.
            <QueryState query={everyone} {...directoryStates} empty={<EmptyDirectory onAdd={addDrawer.open} />}>
              {() =>
                isFiltered(view) ? (
                  <NoMatches onClear={clear} />
                ) : (
                  <NoActivePeople onShowAll={() => update({ status: 'all' })} />
                )
              }
            </QueryState>
          }
        >
          {(page) => (
            <FacultyTable query={query} view={view} total={page.total} firstPage={page.rows} onSort={sortBy} />
          )}
        </QueryState>
      </Paper>
      <FacultyFormDrawer opened={adding} onClose={addDrawer.close} />
    </Stack>
  );
}
