import { toColumns } from '../../faculty/rows';
import type { WriteContext } from '../../handlers';
import { yieldToEventLoop, type ProgressHandle } from '../progress';
import { preparedInsert, preparedUpdateById } from '../statements';
import type { RosterPlan } from './plan';

const facultyColumns = [
  'name',
  'email',
  'employee_id',
  'department',
  'division',
  'rank',
  'track',
  'appointment_start',
  'career_stage',
  'career_stage_set',
  'interests',
  'first_time_leader',
  'search_text',
  'active',
] as const;

const itemColumns = ['batch_id', 'record_type', 'record_id', 'action', 'before', 'written'];

/** Writes a roster plan: inserts, field updates and deactivations, each recorded for undo. */
export async function writeRoster(
  context: WriteContext,
  batchId: number,
  plan: RosterPlan,
  progress: ProgressHandle,
): Promise<void> {
  const today = context.now();
  const stamp = today.toISOString();
  const insertFaculty = preparedInsert(context, 'faculty', [...facultyColumns, 'created_at', 'updated_at']);
  const updateFaculty = preparedUpdateById(context, 'faculty', [...facultyColumns, 'updated_at']);
  const deactivate = preparedUpdateById(context, 'faculty', ['active', 'updated_at']);
  const insertItem = preparedInsert(context, 'import_batch_items', itemColumns);
  const total = plan.inserts.length + plan.updates.length + plan.deactivate.length;
  progress.phase('writing', total);
  let done = 0;
  const step = async () => {
    if (++done % 500 === 0) {
      progress.update(done);
      progress.check();
      await yieldToEventLoop();
    }
  };

  for (const insert of plan.inserts) {
    const columns = { ...toColumns(insert.fields, today), active: 1 };
    const id = insertFaculty({ ...columns, created_at: stamp, updated_at: stamp });
    insertItem({
      batch_id: batchId,
      record_type: 'faculty',
      record_id: id,
      action: 'inserted',
      written: JSON.stringify(columns),
    });
    await step();
  }
  for (const update of plan.updates) {
    const columns = { ...toColumns(update.fields, today), active: 1 };
    updateFaculty(update.facultyId, { ...columns, updated_at: stamp });
    insertItem({
      batch_id: batchId,
      record_type: 'faculty',
      record_id: update.facultyId,
      action: 'updated',
      before: JSON.stringify(update.before),
      written: JSON.stringify(columns),
    });
    await step();
  }
  for (const id of plan.deactivate) {
    deactivate(id, { active: 0, updated_at: stamp });
    const before = plan.missing.find((m) => m.facultyId === id);
    insertItem({
      batch_id: batchId,
      record_type: 'faculty',
      record_id: id,
      action: 'deactivated',
      before: JSON.stringify({ active: 1, name: before?.name ?? null }),
      written: JSON.stringify({ active: 0 }),
    });
    await step();
  }
  progress.check();
}
