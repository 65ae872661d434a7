import { Group, Input, SegmentedControl, Select } from '@mantine/core';
import { careerStageLabels, careerStages, ranks } from '@common/ranks';
import { DirectorySearchField } from './DirectorySearchField';
import { useOperation } from '../api/useOperation';
import type { DirectoryStatus, DirectoryView } from './useDirectoryView';

const stageOptions = careerStages.map((stage) => ({ value: stage, label: careerStageLabels[stage] }));
const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
  { value: 'all', label: 'All' },
];

interface Props {
  view: DirectoryView;
  /** Changed by the page to empty the search box (e.g. on "Clear filters"). */
  searchKey: number;
  onChange: (changes: Partial<DirectoryView>) => void;
}

export function DirectoryFilters({ view, searchKey, onChange }: Props) {
  const facets = useOperation('faculty.facets', {});

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DirectorySearchField key={searchKey} initial={view.search} onSearch={(search) => onChange({ search })} />
      <Select
        label="Department"
        placeholder="All departments"
        data={facets.data?.departments ?? []}
        value={view.department}
        onChange={(department) => onChange({ department })}
        searchable
        clearable
        nothingFoundMessage="No department by that name"
        w={200}
      />
      <Select
        label="Rank"
        placeholder="All ranks"
        data={[...ranks]}
        value={view.rank}
        onChange={(rank) => onChange({ rank: ranks.find((r) => r === rank) ?? null })}
        clearable
        w={190}
      />
      <Select
        label="Career stage"
        placeholder="All stages"
        data={stageOptions}
        value={view.careerStage}
        onChange={(stage) => onChange({ careerStage: careerStages.find((s) => s === stage) ?? null })}
        clearable
        w={150}
      />
      <Input.Wrapper label="Show" id="directory-status">
        <SegmentedControl
          aria-labelledby="directory-status-label"
          data={statusOptions}
          value={view.status}
          onChange={(status) => onChange({ status: status as DirectoryStatus })}
          display="flex"
        />
      </Input.Wrapper>
    </Group>
  );
}
