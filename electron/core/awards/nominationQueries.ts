import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import {
  nominationTransitions,
  type LetterInfo,
  type LetterKind,
  type Nomination,
  type NominationRow,
  type NominationStatus,
} from './contract';
import { getCycle } from './cycles';
import { nominationWarnings } from './nominationWarnings';

/** Reading nominations: a cycle's table, and one nomination with its letters (never their bytes). */

function nominationQuery(db: ReadableDb) {
  return db
    .selectFrom('award_nominations as n')
    .innerJoin('faculty as nominee', 'nominee.id', 'n.nominee_id')
    .innerJoin('faculty as nominator', 'nominator.id', 'n.nominator_id')
    .select([
      'n.id',
      'n.cycle_id',
      'n.statement',
      'n.status',
      'n.submitted_on',
      'n.decided_on',
      'n.created_at',
      'n.updated_at',
      'nominee.id as nominee_id',
      'nominee.name as nominee_name',
      'nominee.rank as nominee_rank',
      'nominee.department as nominee_department',
      'nominator.id as nominator_id',
      'nominator.name as nominator_name',
      'nominator.rank as nominator_rank',
      'nominator.department as nominator_department',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof nominationQuery>['executeTakeFirstOrThrow']>>;

const person = (id: number, name: string, rank: string, department: string): PersonRef => ({
  id,
  name,
  rank: rank as Rank,
  department,
});

async function lettersOf(db: ReadableDb, nominationIds: number[]): Promise<Map<number, LetterInfo[]>> {
  const byNomination = new Map<number, LetterInfo[]>();
  if (nominationIds.length === 0) return byNomination;
  const rows = await db
    .selectFrom('nomination_letters')
    .select([
      'id',
      'nomination_id',
      'kind',
      'title',
      'author',
      'file_name',
      'pages',
      'sha256',
      'position',
      'created_at',
      (eb) => eb.fn<number>('length', ['bytes']).as('size'),
    ])
    .where('nomination_id', 'in', nominationIds)
    .orderBy('nomination_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const letter: LetterInfo = {
      id: r.id,
      kind: r.kind as LetterKind,
      title: r.title,
      author: r.author,
      fileName: r.file_name,
      pages: r.pages,
      sha256: r.sha256,
      sizeBytes: Number(r.size),
      position: r.position,
      createdAt: r.created_at,
    };
    const list = byNomination.get(r.nomination_id);
    if (list) list.push(letter);
    else byNomination.set(r.nomination_id, [letter]);
  }
  return byNomination;
}

function toRow(row: Row, letters: LetterInfo[], cycle: Awaited<ReturnType<typeof getCycle>>): NominationRow {
  const status = row.status as NominationStatus;
  return {
    id: row.id,
    cycleId: row.cycle_id,
    nominee: person(row.nominee_id, row.nominee_name, row.nominee_rank, row.nominee_department),
    nominator: person(row.nominator_id, row.nominator_name, row.nominator_rank, row.nominator_department),
    status,
    submittedOn: row.submitted_on,
    decidedOn: row.decided_on,
    letterCount: letters.length,
    warnings: nominationWarnings(cycle, status, row.statement, letters),
  };
}

export async function listNominations(db: ReadableDb, cycleId: number, today: string): Promise<NominationRow[]> {
  const cycle = await getCycle(db, cycleId, today);
  const rows = await nominationQuery(db).where('n.cycle_id', '=', cycleId).orderBy('nominee.name').execute();
  const letters = await lettersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRow(r, letters.get(r.id) ?? [], cycle));
}

export async function getNomination(db: ReadableDb, id: number, today: string): Promise<Nomination> {
  const row = await nominationQuery(db).where('n.id', '=', id).executeTakeFirst();
  if (!row) {
    throw new TrellisError('NOT_FOUND', 'That nomination is not in Trellis. It may have been deleted.');
  }
  const cycle = await getCycle(db, row.cycle_id, today);
  const letters = (await lettersOf(db, [id])).get(id) ?? [];
  const base = toRow(row, letters, cycle);
  return {
    ...base,
    cycle,
    statement: row.statement,
    letters,
    nextStatuses: [...nominationTransitions[base.status]],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
