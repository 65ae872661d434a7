import type { Selectable } from 'kysely';
import type { FacultyTable } from '../../../db/schema';
import { foldForSearch } from '../../common/text';
import type { Faculty, FacultyFields } from './contract';
import { deriveCareerStage, type Rank } from '../../common/ranks';

/** Database row → the record the contract returns. */
export function toFaculty(row: Selectable<FacultyTable>): Faculty {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    employeeId: row.employee_id,
    department: row.department,
    division: row.division,
    rank: row.rank as Rank,
    track: row.track,
    appointmentStart: row.appointment_start,
    careerStage: row.career_stage as Faculty['careerStage'],
    careerStageSet: row.career_stage_set === 1,
    interests: JSON.parse(row.interests) as string[],
    firstTimeLeader: row.first_time_leader === 1,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Validated fields → the columns they are stored in (career stage derived unless set). */
export function toColumns(fields: FacultyFields, today: Date) {
  return {
    name: fields.name,
    email: fields.email,
    employee_id: fields.employeeId,
    department: fields.department,
    division: fields.division,
    rank: fields.rank,
    track: fields.track,
    appointment_start: fields.appointmentStart,
    career_stage: fields.careerStage ?? deriveCareerStage(fields.rank, fields.appointmentStart, today),
    career_stage_set: fields.careerStage ? 1 : 0,
    interests: JSON.stringify(fields.interests),
    first_time_leader: fields.firstTimeLeader ? 1 : 0,
    search_text: foldForSearch([fields.name, fields.email, fields.department, fields.employeeId ?? ''].join(' ')),
  };
}
