import { Button, EmptyState, Group, Text } from '@mantine/core';
import type { NominationRow, NominationStatus } from '@contract/awards';
import { defaultPacketStatuses, type LimitWarning } from '@contract/awards/packets';
import type { ExportedFile } from '@common/exportedFile';
import { IconFileStack, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useOperation } from '../../api/useOperation';
import { useTrackedRun } from '../../api/useTrackedRun';
import { LazyPdfPreview } from '../../documents/LazyPdfPreview';
import { QueryState } from '../../shell/QueryState';
import { Section } from '../../shell/RecordParts';
import { PacketChoices, type PacketOutput } from './PacketChoices';
import { PacketWarnings } from './PacketWarnings';
import { RunOutcome } from './RunOutcome';
import { RunProgress } from './RunProgress';

/** A file in the preview: the combined file knows its pages; a nominee's file is counted when pdf.js opens it. */
interface Preview {
  file: ExportedFile;
  pageCount: number;
  title: string;
}

interface Props {
  cycleId: number;
  cycleName: string;
  nominations: NominationRow[];
}

/**
 * The cycle's packets for the selection committee: which nominations, one
 * combined file or one per nominee, the limits they exceed (told before
 * anything is built), then a run with progress and Cancel, and the result to
 * preview, save and print. Nothing is written anywhere until the person saves.
 */
export function PacketsSection({ cycleId, cycleName, nominations }: Props) {
  const [statuses, setStatuses] = useState<NominationStatus[]>([...defaultPacketStatuses]);
  const [output, setOutput] = useState<PacketOutput>('combined');
  const [preview, setPreview] = useState<Preview | null>(null);
  const packets = useTrackedRun('awards.packets.generate', {
    progress: 'awards.packets.progress',
    cancel: 'awards.packets.cancel',
  });
  const chosen = nominations.filter((n) => statuses.includes(n.status));
  // The core builds every packet to count their pages, so the answer is kept until a record it is built from
  // changes, instead of being asked again each time the section shows or the chosen statuses change.
  const check = useOperation('awards.packets.check', { cycleId }, { enabled: chosen.length > 0, staleTime: Infinity });
  const chosenIds = new Set(chosen.map((n) => n.id));
  const warnings: LimitWarning[] = (check.data ?? []).filter((w) => chosenIds.has(w.nominationId));
  const running = packets.run.isPending;
  const combinedTitle = `Nomination packets: ${cycleName}`;

  function generate() {
    packets.run.reset();
    // The combined file is what the committee reads: it opens in the preview at once.
    packets.start(
      { cycleId, output, statuses },
      {
        onSuccess: (done) => {
          if (!done.cancelled && output === 'combined' && done.files[0])
            setPreview({ file: done.files[0], pageCount: done.pages, title: combinedTitle });
        },
      },
    );
  }

  return (
    <Section title="Nomination packets">
      <PacketChoices
        nominations={nominations}
        statuses={statuses}
        onStatuses={(chosenStatuses) => {
          setStatuses(chosenStatuses);
          // Files from other choices would be mistaken for these: the last run's outcome goes.
          packets.run.reset();
        }}
        output={output}
        onOutput={(chosenOutput) => {
          setOutput(chosenOutput);
          packets.run.reset();
        }}
        disabled={running}
      />

      {chosen.length === 0 ? (
        <EmptyState
          py="md"
          icon={<IconFileStack size={24} />}
          withIndicatorBackground
          title="No nominations to print"
          description={
            statuses.length === 0
              ? 'Choose which nominations to include above.'
              : 'No nomination of this cycle has the chosen statuses. Submit a nomination, or include other statuses above.'
          }
        />
      ) : (
        <>
          <QueryState
            query={check}
            failure="The cycle’s limits could not be checked"
            loadingLabel="Checking the cycle’s limits"
          >
            {() =>
              warnings.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Every packet is within the cycle’s limits.
                </Text>
              ) : (
                <PacketWarnings warnings={warnings} />
              )
            }
          </QueryState>
          {running ? (
            <RunProgress progress={packets.progress} onCancel={packets.cancel} />
          ) : (
            <Group>
              <Button leftSection={<IconPrinter size={16} />} onClick={generate}>
                Generate {chosen.length === 1 ? 'the packet' : `${chosen.length} packets`}
              </Button>
            </Group>
          )}
        </>
      )}

      {!running && (
        <RunOutcome
          result={packets.run.data}
          error={packets.run.error}
          output={packets.run.variables?.output}
          onPreviewCombined={(file, pageCount) => setPreview({ file, pageCount, title: combinedTitle })}
          onPreviewNominee={(file) => setPreview({ file, pageCount: 0, title: `Nomination packet: ${file.fileName}` })}
        />
      )}
      {preview && <LazyPdfPreview document={preview} title={preview.title} onClose={() => setPreview(null)} />}
    </Section>
  );
}
