import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileStack } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { LazyPdfPreview } from '../../documents/LazyPdfPreview';
import { PacketWarnings } from './PacketWarnings';

/**
 * "Packet" on a nomination's page: builds the packet the committee will
 * read and opens it in the preview (Save PDF…, Print…). When the packet
 * exceeds the cycle's limits, those are shown first, before the preview.
 */
export function PacketButton({ nominationId, nominee }: { nominationId: number; nominee: string }) {
  const [warningsRead, setWarningsRead] = useState(false);
  const build = useOperationMutation('awards.packets.one', {
    onSuccess: (built) => setWarningsRead(built.warnings.length === 0),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The packet was not prepared', message: errorMessage(error) }),
  });
  const packet = build.data;
  const close = build.reset;
  const title = `Nomination packet: ${nominee}`;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileStack size={16} />}
        loading={build.isPending}
        onClick={() => build.mutate({ nominationId })}
      >
        Packet
      </Button>
      {packet && !warningsRead && (
        <Modal opened onClose={close} title="Before you print" size="lg">
          <Stack gap="md">
            <Text size="sm">
              The packet of {nominee} has {packet.pages} pages.
            </Text>
            <PacketWarnings warnings={packet.warnings} showNominee={false} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button data-autofocus onClick={() => setWarningsRead(true)}>
                Preview the packet
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {packet && warningsRead && (
        <LazyPdfPreview document={{ file: packet.file, pageCount: packet.pages }} title={title} onClose={close} />
      )}
    </>
  );
}
