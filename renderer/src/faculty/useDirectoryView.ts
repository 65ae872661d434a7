import { facultySortFields, type FacultySortField } from '@contract/faculty';
import { careerStages, ranks, type CareerStage, type Rank } from '@common/ranks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DirectoryQuery } from './directoryPages';

export type DirectoryStatus = 'active' | 'inactive' | 'all';

/** The directory's search, filters and sort, spelled out (no defaults left implicit). */
export interface DirectoryView {
  search: string;
  department: string | null;
  rank: Rank | null;
  careerStage: CareerStage | null;
  status: DirectoryStatus;
  sort: FacultySortField;
  direction: 'asc' | 'desc';
}

const defaults: DirectoryView = {
  search: '',
  department: null,
  rank: null,
  careerStage: null,
  status: 'active',
  sort: 'name',
  direction: 'asc',
};

/** URL parameter for each part of the view; short so links stay readable. */
const param: Record<keyof DirectoryView, string> = {
  search: 'q',
  department: 'department',
  rank: 'rank',
  careerStage: 'stage',
  status: 'status',
  sort: 'sort',
  direction: 'dir',
};

function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return options.find((option) => option === value) ?? null;
}

function readView(params: URLSearchParams): DirectoryView {
  const get = (key: keyof DirectoryView) => params.get(param[key]);
  return {
    search: get('search') ?? defaults.search,
    department: get('department') || null,
    rank: oneOf(ranks, get('rank')),
    careerStage: oneOf(careerStages, get('careerStage')),
    status: oneOf(['active', 'inactive', 'all'] as const, get('status')) ?? defaults.status,
    sort: oneOf(facultySortFields, get('sort')) ?? defaults.sort,
    direction: oneOf(['asc', 'desc'] as const, get('direction')) ?? defaults.direction,
  };
}

export function toListQuery(view: DirectoryView): DirectoryQuery {
  return {
    search: view.search.trim() || undefined,
    department: view.department ?? undefined,
    rank: view.rank ?? undefined,
    careerStage: view.careerStage ?? undefined,
    status: view.status,
    sort: view.sort,
    direction: view.direction,
  };
}

export function isFiltered(view: DirectoryView): boolean {
  return Boolean(view.search.trim() || view.department || view.rank || view.careerStage || view.status !== 'active');
}

/**
 * The view lives in the URL, so going to a person and coming back keeps the
 * search, filters and sort as they were.
 */
export function useDirectoryView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);

  const update = useCallback(
    (changes: Partial<DirectoryView>) =>
      setParams(
        (current) => {
          const next = { ...readView(current), ...changes };
          const out = new URLSearchParams();
          for (const key of Object.keys(param) as (keyof DirectoryView)[]) {
            const value = next[key];
            if (value !== null && value !== '' && value !== defaults[key]) out.set(param[key], String(value));
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () => update({ search: '', department: null, rank: null, careerStage: null, status: 'active' }),
    [update],
  );

  return { view, update, clearFilters };
}
