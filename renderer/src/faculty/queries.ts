import type { OperationInput } from '@contract';
import type { Faculty, FacultyFieldsInput } from '@contract/faculty';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

/** What the directory is showing: everything `faculty.list` takes except the window of rows. */
export type DirectoryQuery = Omit<OperationInput<'faculty.list'>, 'offset' | 'limit'>;

/** Rows fetched per request as the table scrolls: a few screens' worth, small enough to arrive at once. */
export const directoryPageSize = 200;

export const facultyKeys = {
  all: ['faculty'] as const,
  pages: (query: DirectoryQuery) => ['faculty', 'list', query] as const,
  page: (query: DirectoryQuery, pageIndex: number) => ['faculty', 'list', query, pageIndex] as const,
  count: (status: 'active' | 'inactive' | 'all') => ['faculty', 'count', status] as const,
  detail: (id: number) => ['faculty', 'detail', id] as const,
  facets: ['faculty', 'facets'] as const,
};

export function directoryPage(query: DirectoryQuery, pageIndex: number) {
  return queryOptions({
    queryKey: facultyKeys.page(query, pageIndex),
    queryFn: () =>
      invoke('faculty.list', { ...query, offset: pageIndex * directoryPageSize, limit: directoryPageSize }),
  });
}

/** The first page also carries the total; while a new search runs, the previous result stays on screen. */
export function useDirectoryFirstPage(query: DirectoryQuery) {
  return useQuery({ ...directoryPage(query, 0), placeholderData: keepPreviousData });
}

/** How many people there are with a status, regardless of search and filters. */
export function useFacultyCount(status: 'active' | 'inactive' | 'all') {
  return useQuery({
    queryKey: facultyKeys.count(status),
    queryFn: async () => (await invoke('faculty.list', { status, limit: 1 })).total,
  });
}

export function useFaculty(id: number, { enabled = true } = {}) {
  return useQuery({ queryKey: facultyKeys.detail(id), queryFn: () => invoke('faculty.get', { id }), enabled });
}

/** Departments, divisions, tracks and interests already in use: suggestions for filters and forms. */
export function useFacultyFacets() {
  return useQuery({ queryKey: facultyKeys.facets, queryFn: () => invoke('faculty.facets', {}) });
}

/** After any change, lists, counts and facets may all differ; the changed person is known exactly. */
function useOnFacultySaved() {
  const queryClient = useQueryClient();
  return (person: Faculty) => {
    queryClient.setQueryData(facultyKeys.detail(person.id), person);
    return queryClient.invalidateQueries({
      queryKey: facultyKeys.all,
      predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === person.id),
    });
  };
}

export function useCreateFaculty() {
  const onSaved = useOnFacultySaved();
  return useMutation({
    mutationFn: (fields: FacultyFieldsInput) => invoke('faculty.create', fields),
    onSuccess: onSaved,
  });
}

export function useUpdateFaculty(id: number) {
  const onSaved = useOnFacultySaved();
  return useMutation({
    mutationFn: (fields: FacultyFieldsInput) => invoke('faculty.update', { ...fields, id }),
    onSuccess: onSaved,
  });
}

export function useSetFacultyActive(id: number) {
  const onSaved = useOnFacultySaved();
  return useMutation({
    mutationFn: (active: boolean) => invoke('faculty.setActive', { id, active }),
    onSuccess: onSaved,
  });
}
