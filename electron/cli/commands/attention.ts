import { InvalidArgumentError, Option } from 'commander';
import {
  attentionKindLabels,
  attentionKinds,
  type AttentionKind,
  type AttentionReport,
} from '../../core/attention/contract';
import type { RecordRef, RecordType } from '../../common/records';
import { jsonOption, type CommandSetup } from '../command';
import { withUnlockedCore } from '../database';
import { commaList } from '../optionParsers';
import { printJson, printLines } from '../output';
import { emailAdder } from '../people';

interface AttentionOptions {
  kind?: AttentionKind[];
  json?: boolean;
}

/** `trellis attention`: the dashboard's "needs attention" items, each with why and the records it is about. */
export const attentionCommand: CommandSetup = (command, action) =>
  command
    .addOption(
      new Option('--kind <kinds>', `only these kinds, comma-separated: ${attentionKinds.join(', ')}`).argParser(
        kindList,
      ),
    )
    .addOption(jsonOption())
    .action(
      action<AttentionOptions>(async (cli, { json, kind }) => {
        const report = await withUnlockedCore(cli, async (core) => {
          const found = await core.call('attention.list', { kinds: kind });
          if (!json) return found;
          // A person's email: the key of the commands that act on people (peer-groups add-member --faculty).
          const withEmail = await emailAdder(core);
          const records = (refs: RecordRef[]) => refs.map((ref) => (ref.type === 'faculty' ? withEmail(ref) : ref));
          return { ...found, items: found.items.map((item) => ({ ...item, records: records(item.records) })) };
        });
        if (json) {
          // The items and their counts; the dashboard's charts are left to the app.
          printJson(cli.io, { today: report.today, counts: report.counts, items: report.items });
          return;
        }
        printLines(cli.io, describe(report, kind ?? attentionKinds));
      }),
    );

function kindList(value: string): AttentionKind[] {
  const kinds = commaList(value).map((wanted) => {
    const match = attentionKinds.find((kind) => kind === wanted.toLowerCase().replace(/-/g, '_'));
    if (!match) throw new InvalidArgumentError(`Choose from: ${attentionKinds.join(', ')}.`);
    return match;
  });
  if (kinds.length === 0) throw new InvalidArgumentError(`Choose from: ${attentionKinds.join(', ')}.`);
  return [...new Set(kinds)];
}

const recordWords: Record<RecordType, string> = {
  faculty: 'person',
  program: 'program',
  mentorship: 'mentorship',
  peerGroup: 'group',
  changeRequest: 'change request',
  meeting: 'meeting',
};

function recordList(records: RecordRef[]): string {
  return records.map((record) => `${recordWords[record.type]} ${record.id}`).join(', ');
}

function describe(report: AttentionReport, kinds: readonly AttentionKind[]): string[] {
  if (report.items.length === 0) return [`Nothing needs attention today (${report.today}).`];
  const lines = [
    `Needs attention (${report.today}): ${report.items.length === 1 ? '1 item' : `${report.items.length} items`}`,
  ];
  for (const kind of kinds) {
    const items = report.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push('', `${attentionKindLabels[kind]} (${report.counts[kind]})`);
    for (const item of items) lines.push(`  - ${item.why}`, `    [${recordList(item.records)}]`);
  }
  return lines;
}
