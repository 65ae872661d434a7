import type { Matrix, MatrixRole, Responsibility } from '@contract/matrix';
import { useRef, useState } from 'react';
import { useOperationMutation } from '../api/useOperation';
import { Grid } from './gridContext';
import classes from './Matrix.module.css';
import { MatrixCell } from './MatrixCell';
import { ColumnHeader, RoleHeader } from './MatrixHeaders';
import { reportFailure } from './reportFailure';

/** The matrix as a table: roles as rows, columns across; headers stick while it scrolls. */
export function MatrixGrid({
  matrix,
  roles,
  search,
  announce,
}: {
  matrix: Matrix;
  roles: MatrixRole[];
  search: string;
  announce: (message: string) => void;
}) {
  const focusAfterMoveRef = useRef<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const moveResponsibility = useOperationMutation('matrix.moveResponsibility');

  function move(item: Responsibility, roleId: number, columnId: number, position: number) {
    focusAfterMoveRef.current = item.id;
    const role = matrix.roles.find((r) => r.id === roleId)?.name ?? '';
    const column = matrix.columns.find((c) => c.id === columnId)?.heading ?? '';
    moveResponsibility.mutate(
      { id: item.id, roleId, columnId, position },
      {
        onSuccess: (moved) => {
          const count = matrix.responsibilities.filter(
            (r) => r.roleId === roleId && r.columnId === columnId && r.id !== item.id,
          ).length;
          announce(`Moved to ${role}, ${column}: position ${moved.position + 1} of ${count + 1}.`);
        },
        ...reportFailure('Not moved'),
      },
    );
  }

  return (
    <Grid.Provider value={{ matrix, search, focusAfterMoveRef, announce, dragging, setDragging, move }}>
      <div className={classes.scroller} role="region" aria-label="Role–responsibility matrix" tabIndex={-1}>
        <table className={classes.table} aria-label="Responsibilities by role and column">
          <colgroup>
            <col style={{ width: 230 }} />
            {matrix.columns.map((column) => (
              <col key={column.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={classes.corner} scope="col">
                Role
              </th>
              {matrix.columns.map((column, index) => (
                <ColumnHeader key={column.id} column={column} index={index} />
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.id}>
                <RoleHeader role={role} />
                {matrix.columns.map((column) => (
                  <MatrixCell key={column.id} role={role} column={column} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Grid.Provider>
  );
}
