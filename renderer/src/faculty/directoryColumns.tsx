import { Badge, Group } from '@mantine/core';
import type { Faculty, FacultySortField } from '@contract/faculty';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import classes from './FacultyTable.module.css';
import { careerStageText, formatDate } from './format';

export interface DirectoryColumn {
  field: FacultySortField;
  label: string;
  /** Fixed widths keep the columns still while rows come and go during scrolling. */
  width: string;
  cell: (person: Faculty, linkState: DirectoryLinkState) => ReactNode;
  /** Plain text for the cell's tooltip when it is cut short. */
  text: (person: Faculty) => string;
}

/** Carried to the detail page so its "back" link returns to the same search. */
export interface DirectoryLinkState {
  directorySearch: string;
}

/**
 * Sorting is done by the core (across all pages, not just those loaded), so a
 * plain column list is all the table needs; every column can sort.
 */
export const directoryColumns: DirectoryColumn[] = [
  {
    field: 'name',
    label: 'Name',
    width: '23%',
    text: (person) => person.name,
    cell: (person, linkState) => (
      <Group gap={6} wrap="nowrap">
        <Link className={classes.nameLink} to={`/faculty/${person.id}`} state={linkState}>
          {person.name}
        </Link>
        {!person.active && (
          <Badge size="xs" variant="outline" color="gray">
            Inactive
          </Badge>
        )}
      </Group>
    ),
  },
  { field: 'email', label: 'Email', width: '23%', text: (p) => p.email, cell: (p) => p.email },
  { field: 'department', label: 'Department', width: '17%', text: (p) => p.department, cell: (p) => p.department },
  { field: 'rank', label: 'Rank', width: '14%', text: (p) => p.rank, cell: (p) => p.rank },
  {
    field: 'careerStage',
    label: 'Career stage',
    width: '12%',
    text: careerStageText,
    cell: careerStageText,
  },
  {
    field: 'appointmentStart',
    label: 'Appointed',
    width: '11%',
    text: (p) => formatDate(p.appointmentStart),
    cell: (p) => formatDate(p.appointmentStart, 'short'),
  },
];
