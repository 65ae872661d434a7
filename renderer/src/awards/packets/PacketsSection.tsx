import { Alert, Button, Checkbox, EmptyState, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import {
  nominationStatuses,
  nominationStatusLabels,
  type NominationRow,
  type NominationStatus,
} from '@core/awards/contract';
import { defaultPacketStatuses, type LimitWarning } from '@core/awards/packets/contract';
import type { ExportedFile } from '@core/exportedFile';
import { IconFileStack, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { LazyPdfPreview } from '../../documents/LazyPdfPreview';
import { Section } from '../../mentorships/MentorshipPage';
import { useMentoringQuery } from '../../mentorships/queries';
import { PacketWarnings } from './PacketWarnings';
import { PerNomineeFiles } from './PerNomineeFiles';
import { RunProgress } from './RunProgress';
import { usePacketRun } from './usePacketRun';

type Output = 'combined' | 'perNominee';

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
  const [output, setOutput] = useState<Output>('combined');
  const [preview, setPreview] = useState<Preview | null>(null);
  const packets = usePacketRun();
  const chosen = nominations.filter((n) => statuses.includes(n.status));
  const check = useMentoringQuery('awards.packets.check', { cycleId }, { enabled: chosen.length > 0 });
  const chosenIds = new Set(chosen.map((n) => n.id));
  const warnings: LimitWarning[] = (check.data ?? []).filter((w) => chosenIds.has(w.nominationId));
  const result = packets.run.data;
  const running = packets.run.isPending;
  const combinedTitle = `Nomination packets: ${cycleName}`;

  function generate() {
    packets.run.reset();
    // The combined file is what the committee reads: it opens in the preview at once.
    packets.start({ cycleId, output, statuses }, (done) => {
      if (!done.cancelled && output === 'combined' && done.files[0])
        setPreview({ file: done.files[0], pageCount: done.pages, title: combinedTitle });
    });
  }

  return (
    <Section title="Nomination packets">
      <Group align="flex-start" gap="xl">
        <Checkbox.Group
          label="Include nominations that are"
          value={statuses}
          onChange={(value) => setStatuses(value as NominationStatus[])}
        >
          <Stack gap={6} mt={6}>
            {nominationStatuses.map((status) => (
              <Checkbox
                key={status}
                value={status}
                disabled={running}
                label={`${nominationStatusLabels[status]} (${nominations.filter((n) => n.status === status).length})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group label="Output" value={output} onChange={(value) => setOutput(value as Output)}>
          <Stack gap={6} mt={6}>
            <Radio
              value="combined"
              disabled={running}
              label="One combined file for the committee"
              description="A bookmark for each nominee, their parts below it"
            />
            <Radio
              value="perNominee"
              disabled={running}
              label="One file per nominee"
              description="Named after the nominee, to save or send one by one"
            />
          </Stack>
        </Radio.Group>
      </Group>

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
          {check.isPending ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                Checking the cycle’s limits…
              </Text>
            </Group>
          ) : check.isError ? (
            <Text size="sm" c="red">
              The cycle’s limits could not be checked: {errorMessage(check.error)}
            </Text>
          ) : warnings.length === 0 ? (
            <Text size="sm" c="dimmed">
              Every packet is within the cycle’s limits.
            </Text>
          ) : (
            <PacketWarnings warnings={warnings} />
          )}
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

      {!running && packets.run.isError && (
        <Alert color="red" title="The packets were not generated">
          {errorMessage(packets.run.error)}
        </Alert>
      )}
      {!running && result?.cancelled && (
        <Alert color="gray" title="Cancelled">
          Generating was cancelled. Nothing was saved.
        </Alert>
      )}
      {!running && result && !result.cancelled && (
        <Stack gap="sm" aria-label="Generated packets" role="group">
          <Text size="sm">
            {result.packets === 1 ? '1 packet' : `${result.packets} packets`}, {result.pages} pages in all.
          </Text>
          {result.files.length === 1 && packets.run.variables?.input.output === 'combined' ? (
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setPreview({
                    file: result.files[0]!,
                    pageCount: result.pages,
                    title: combinedTitle,
                  })
                }
              >
                Preview the combined file
              </Button>
            </Group>
          ) : (
            <PerNomineeFiles
              files={result.files}
              onPreview={(file) => setPreview({ file, pageCount: 0, title: `Nomination packet: ${file.fileName}` })}
            />
          )}
        </Stack>
      )}
      {preview && <LazyPdfPreview document={preview} title={preview.title} onClose={() => setPreview(null)} />}
    </Section>
  );
}
