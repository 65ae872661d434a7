import type { OperationInput } from '@contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../api/client';

export const matrixKeys = {
  all: ['matrix'] as const,
  matrix: (programId: number | null) => ['matrix', 'get', programId] as const,
  expectations: (facultyId: number) => ['matrix', 'expectations', facultyId] as const,
};

export function useMatrix(programId: number | null) {
  return useQuery({
    queryKey: matrixKeys.matrix(programId),
    queryFn: () => invoke('matrix.get', programId ? { programId } : {}),
  });
}

export function usePrograms() {
  return useQuery({ queryKey: ['programs', 'list', 'all'], queryFn: () => invoke('programs.list', {}) });
}

export function useExpectations(facultyId: number) {
  return useQuery({
    queryKey: matrixKeys.expectations(facultyId),
    queryFn: () => invoke('matrix.expectationsFor', { facultyId }),
  });
}

type MatrixWrite =
  | 'matrix.addResponsibility'
  | 'matrix.updateResponsibility'
  | 'matrix.moveResponsibility'
  | 'matrix.deleteResponsibility'
  | 'matrix.restoreResponsibility'
  | 'matrix.addRole'
  | 'matrix.renameRole'
  | 'matrix.moveRole'
  | 'matrix.addColumn'
  | 'matrix.renameColumn'
  | 'matrix.moveColumn'
  | 'matrix.reset'
  | 'matrix.setHolder'
  | 'matrix.removeHolder'
  | 'matrix.setStatus';

/** Any change to the matrix: every view of it (each program's, and people's expectations) is refreshed. */
export function useMatrixWrite<K extends MatrixWrite>(name: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OperationInput<K>) => invoke(name, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: matrixKeys.all }),
  });
}
