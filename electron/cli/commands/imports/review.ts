import { createInterface } from 'node:readline';
import type { ImportKind, ReviewRow, RowDecision } from '../../../core/imports/contract';
import { PromptCancelled } from '../../failures';
import type { CliIo } from '../../io';

/**
 * In a terminal, asks about each row that names more than one person: which
 * of them it is, someone new (roster only), or skip. Enter takes the row's
 * default (a roster row is skipped, a survey response kept unlinked), which is
 * also what happens without a terminal. Questions go to stderr.
 */
export async function askAboutAmbiguousRows(
  io: Pick<CliIo, 'stdin' | 'stderr'>,
  kind: ImportKind,
  review: readonly ReviewRow[],
): Promise<RowDecision[]> {
  const ambiguous = review.filter((r) => r.status === 'ambiguous');
  if (ambiguous.length === 0 || io.stdin.isTTY !== true) return [];
  const prompt = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  const lines = prompt[Symbol.asyncIterator]();
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const decisions: RowDecision[] = [];
  try {
    say(`${ambiguous.length} row${ambiguous.length === 1 ? ' names' : 's name'} more than one person in Trellis.`);
    for (const row of ambiguous) {
      say('');
      say(`Row ${row.row}: ${[row.name, row.email, row.employeeId].filter(Boolean).join(', ')} could be:`);
      row.candidates.forEach((c, i) =>
        say(`  ${i + 1}  ${c.name} — ${c.department}, ${c.email}${c.employeeId ? ` (${c.employeeId})` : ''}`),
      );
      const canCreate = kind === 'roster' && row.actions.includes('create');
      if (canCreate) say('  n  someone new: add them to the directory');
      say(`  s  skip this row${row.defaultAction === 'skip' ? ' (default)' : ''}`);
      if (row.defaultAction === 'keepUnlinked') say('  Enter: keep the response without a person (default)');
      for (;;) {
        io.stderr.write(`Choose 1–${row.candidates.length}${canCreate ? ', n' : ''} or s: `);
        const next = await lines.next();
        if (next.done) throw new PromptCancelled();
        const answer = next.value.trim().toLowerCase();
        const chosen = row.candidates[Number(answer) - 1];
        if (answer === '') break;
        if (/^\d+$/.test(answer) && chosen) {
          decisions.push({ row: row.row, action: 'link', facultyId: chosen.id });
          break;
        }
        if (answer === 's') {
          decisions.push({ row: row.row, action: 'skip' });
          break;
        }
        if (answer === 'n' && canCreate) {
          decisions.push({ row: row.row, action: 'create' });
          break;
        }
        say('  That is not one of the choices.');
      }
    }
    return decisions;
  } finally {
    prompt.close();
  }
}
