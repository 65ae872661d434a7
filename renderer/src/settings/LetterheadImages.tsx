import { Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { imageKindLabels, type ImageKind, type LetterheadImage } from '@contract/documents';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { useOperationMutation } from '../api/useOperation';

const purposes: Record<ImageKind, string> = {
  logo: 'Printed at the top left of every document.',
  signature:
    'Printed above the signatory’s name in service-portfolio letters. Without one, there is room to sign by hand.',
};

/** The file as base64, as the core receives images. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** The letterhead's logo and the signatory's signature: PNG or JPEG, up to 2 MB each. */
export function LetterheadImages({ images }: { images: Record<ImageKind, LetterheadImage | null> }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {(['logo', 'signature'] as const).map((kind) => (
        <ImageSlot key={kind} kind={kind} image={images[kind]} />
      ))}
    </SimpleGrid>
  );
}

function ImageSlot({ kind, image }: { kind: ImageKind; image: LetterheadImage | null }) {
  const set = useOperationMutation('documents.images.set');
  const clear = useOperationMutation('documents.images.clear');
  const label = imageKindLabels[kind];

  async function choose(file: File | null) {
    if (!file) return;
    try {
      await set.mutateAsync({ kind, base64: await readBase64(file) });
      notifications.show({ color: 'teal', title: `${label} saved`, message: file.name });
    } catch (error) {
      notifications.show({ color: 'red', title: `${label} not saved`, message: errorMessage(error) });
    }
  }

  function confirmRemove() {
    openConfirmModal({
      title: `Remove the ${label.toLowerCase()}?`,
      children: (
        <Text size="sm">New documents will be printed without it. You can choose an image again at any time.</Text>
      ),
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        clear.mutate(
          { kind },
          { onError: (e) => notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(e) }) },
        ),
    });
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{label}</Text>
          <Text size="sm" c="dimmed">
            {purposes[kind]}
          </Text>
        </Stack>
        {image ? (
          <Image
            src={`data:${image.mimeType};base64,${image.base64}`}
            alt={`The ${label.toLowerCase()} printed on documents`}
            h={64}
            w="auto"
            fit="contain"
            style={{ alignSelf: 'flex-start' }}
          />
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No {label.toLowerCase()} yet. Choose a PNG or JPEG image of up to 2 MB.
          </Text>
        )}
        <Group gap="xs">
          <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                leftSection={<IconPhotoUp size={14} />}
                loading={set.isPending}
              >
                {image ? `Replace ${label.toLowerCase()}…` : `Choose ${label.toLowerCase()}…`}
              </Button>
            )}
          </FileButton>
          {image && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={confirmRemove}
            >
              Remove
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
