import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { PacketBatchResult } from '@contract/awards/packets';
import type { ExportedFile } from '@common/exportedFile';
import { errorMessage } from '../../api/client';
import { PerNomineeFiles } from './PerNomineeFiles';

interface Props {
  result: PacketBatchResult | undefined;
  error: Error | null;
  /** What the finished run was asked for (the choice on screen may have changed since). */
  output: 'combined' | 'perNominee' | undefined;
  onPreviewCombined: (file: ExportedFile, pages: number) => void;
  onPreviewNominee: (file: ExportedFile) => void;
}

/** How the last run ended: not generated (and why), cancelled with nothing kept, or the files to preview and save. */
export function RunOutcome({ result, error, output, onPreviewCombined, onPreviewNominee }: Props) {
  if (error)
    return (
      <Alert color="red" title="The packets were not generated">
        {errorMessage(error)}
      </Alert>
    );
  if (!result) return null;
  if (result.cancelled)
    return (
      <Alert color="gray" title="Cancelled">
        Generating was cancelled. Nothing was saved.
      </Alert>
    );
  const combined = output === 'combined' ? result.files[0] : undefined;
  return (
    <Stack gap="sm" aria-label="Generated packets" role="group">
      <Text size="sm">
        {result.packets === 1 ? '1 packet' : `${result.packets} packets`}, {result.pages} pages in all.
      </Text>
      {combined ? (
        <Group>
          <Button variant="default" onClick={() => onPreviewCombined(combined, result.pages)}>
            Preview the combined file
          </Button>
        </Group>
      ) : (
        <PerNomineeFiles files={result.files} onPreview={onPreviewNominee} />
      )}
    </Stack>
  );
}
