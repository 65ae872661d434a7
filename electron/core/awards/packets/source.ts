import type { ReadableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';

export interface PacketPerson {
  id: number;
  name: string;
  rank: string;
  department: string;
}

export interface PacketLetter {
  id: number;
  kind: 'nomination' | 'support' | 'cv';
  title: string;
  author: string | null;
  position: number;
  /** As counted by pdf-lib when the letter was uploaded. */
  pages: number;
  bytes: Uint8Array;
}

/** Everything stored about one nomination that its packet prints. */
export interface PacketSource {
  nominationId: number;
  status: string;
  award: { name: string; level: string };
  cycle: {
    id: number;
    year: number;
    maxSupportLetters: number;
    letterPageLimit: number | null;
    statementPageLimit: number | null;
    packetPageLimit: number | null;
  };
  nominee: PacketPerson;
  nominator: PacketPerson;
  /** Confidential. */
  statement: string;
  /** In packet order: the nomination letter, the CV, then support letters by position. */
  letters: PacketLetter[];
  /** Anonymised survey comments the office selected for this packet, in their order. */
  comments: string[];
}

const kindOrder: Record<PacketLetter['kind'], number> = { nomination: 0, cv: 1, support: 2 };

/** The nominations of a cycle with the given statuses, in nominee-name order (the committee's reading order). */
export async function nominationIdsOfCycle(
  db: ReadableDb,
  cycleId: number,
  statuses: readonly string[] | null,
): Promise<number[]> {
  const cycle = await db.selectFrom('award_cycles').select('id').where('id', '=', cycleId).executeTakeFirst();
  if (!cycle) throw new TrellisError('NOT_FOUND', 'That award cycle no longer exists.');
  const rows = await db
    .selectFrom('award_nominations as n')
    .innerJoin('faculty as f', 'f.id', 'n.nominee_id')
    .select(['n.id', 'f.name'])
    .where('n.cycle_id', '=', cycleId)
    .$if(statuses !== null, (q) => q.where('n.status', 'in', statuses!))
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id).map((r) => r.id);
}

export async function loadPacketSource(db: ReadableDb, nominationId: number): Promise<PacketSource> {
  const row = await db
    .selectFrom('award_nominations as n')
    .innerJoin('award_cycles as c', 'c.id', 'n.cycle_id')
    .innerJoin('award_types as t', 't.id', 'c.award_type_id')
    .select([
      'n.id',
      'n.status',
      'n.statement',
      'n.nominee_id',
      'n.nominator_id',
      'c.id as cycle_id',
      'c.year',
      'c.max_support_letters',
      'c.letter_page_limit',
      'c.statement_page_limit',
      'c.packet_page_limit',
      't.name as award_name',
      't.level',
    ])
    .where('n.id', '=', nominationId)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That nomination no longer exists.');

  const people = await db
    .selectFrom('faculty')
    .select(['id', 'name', 'rank', 'department'])
    .where('id', 'in', [row.nominee_id, row.nominator_id])
    .execute();
  const person = (id: number) => people.find((p) => p.id === id)!;

  const letters = await db
    .selectFrom('nomination_letters')
    .select(['id', 'kind', 'title', 'author', 'position', 'pages', 'bytes'])
    .where('nomination_id', '=', nominationId)
    .execute();
  const comments = await db
    .selectFrom('nomination_comments')
    .select('text')
    .where('nomination_id', '=', nominationId)
    .orderBy('position')
    .orderBy('id')
    .execute();

  return {
    nominationId: row.id,
    status: row.status,
    award: { name: row.award_name, level: row.level },
    cycle: {
      id: row.cycle_id,
      year: row.year,
      maxSupportLetters: row.max_support_letters,
      letterPageLimit: row.letter_page_limit,
      statementPageLimit: row.statement_page_limit,
      packetPageLimit: row.packet_page_limit,
    },
    nominee: person(row.nominee_id),
    nominator: person(row.nominator_id),
    statement: row.statement,
    letters: letters
      .map((l) => ({ ...l, kind: l.kind as PacketLetter['kind'], bytes: new Uint8Array(l.bytes) }))
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.position - b.position || a.id - b.id),
    comments: comments.map((c) => c.text),
  };
}
