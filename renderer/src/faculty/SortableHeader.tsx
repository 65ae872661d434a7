import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import classes from './FacultyTable.module.css';

interface Props {
  label: string;
  /** This column's direction when the table is sorted by it, else null. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
}

/** A column heading that sorts on click, Enter or Space; aria-sort tells screen readers how the table is sorted. */
export function SortableHeader({ label, direction, onSort }: Props) {
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconSelector;
  return (
    <th scope="col" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton className={classes.sortButton} onClick={onSort}>
        {label}
        <Icon size={14} stroke={1.8} aria-hidden opacity={direction ? 1 : 0.45} />
      </UnstyledButton>
    </th>
  );
}
