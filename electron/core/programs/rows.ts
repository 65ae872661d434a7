import type { Selectable } from 'kysely';
import type { ProgramsTable } from '../../../db/schema';
import { ranks, type Rank } from '../../common/ranks';
import type { Program, ProgramFields, ProgramStatus } from './contract';

/** Database row (and its target ranks) → the record the contract returns. */
export function toProgram(row: Selectable<ProgramsTable>, targetRanks: string[]): Program {
  return {
    id: row.id,
    name: row.name,
    sponsor: row.sponsor,
    vision: row.vision,
    mission: row.mission,
    structure: row.structure,
    evaluationPlan: row.evaluation_plan,
    targetRanks: ranks.filter((rank) => targetRanks.includes(rank)) as Rank[],
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status as ProgramStatus,
    maxGroupSize: row.max_group_size,
    menteeWarningThreshold: row.mentee_warning_threshold,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Validated fields → the columns of `programs` (target ranks live in their own table). */
export function toProgramColumns(fields: ProgramFields) {
  return {
    name: fields.name,
    sponsor: fields.sponsor,
    vision: fields.vision,
    mission: fields.mission,
    structure: fields.structure,
    evaluation_plan: fields.evaluationPlan,
    start_date: fields.startDate,
    end_date: fields.endDate,
    status: fields.status,
    max_group_size: fields.maxGroupSize,
    mentee_warning_threshold: fields.menteeWarningThreshold,
  };
}
