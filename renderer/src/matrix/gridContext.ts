import type { Matrix, Responsibility } from '@contract/matrix';
import { createContext, useContext, type MutableRefObject } from 'react';

/** The kind of data a dragged responsibility carries (its id), so other drops are ignored. */
export const dragType = 'application/x-trellis-responsibility';

/** What the grid's parts share: the matrix, the search, the drag under way, and one way to move a responsibility. */
export interface GridContext {
  matrix: Matrix;
  search: string;
  /** The responsibility to focus once it has been drawn in its new place. */
  focusAfterMoveRef: MutableRefObject<number | null>;
  announce: (message: string) => void;
  dragging: number | null;
  setDragging: (id: number | null) => void;
  move: (item: Responsibility, roleId: number, columnId: number, position: number) => void;
}

export const Grid = createContext<GridContext | null>(null);
export const useGrid = () => {
  const grid = useContext(Grid);
  if (!grid) throw new Error('Outside the matrix grid.');
  return grid;
};

/** One cell's responsibilities, in their order. */
export function cellItems(matrix: Matrix, roleId: number, columnId: number): Responsibility[] {
  return matrix.responsibilities
    .filter((r) => r.roleId === roleId && r.columnId === columnId)
    .sort((a, b) => a.position - b.position);
}

/** Whether a responsibility's text holds the search (any case). */
export function matches(text: string, search: string): boolean {
  return !search || text.toLocaleLowerCase().includes(search.toLocaleLowerCase());
}
