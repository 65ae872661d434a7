import { Drawer, Text } from '@mantine/core';
import { standardTextKeys, standardTexts } from '@contract/documents';
import { useOperation } from '../api/useOperation';
import { StandardTexts } from '../settings/StandardTexts';
import { QueryState } from '../shell/QueryState';

const workshopTextKeys = standardTextKeys.filter((key) => standardTexts[key].document === 'workshop');

/**
 * The workshop's agenda and questions from seed 002 (objectives, the
 * preparation prompt, questions for a peer mentor, guidelines, the role swap,
 * the wrap-up), editable here beside the workshops as well as in Settings:
 * every workshop's cards and sheets print them.
 */
export function WorkshopTextsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={640}
      title="Workshop standard texts"
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <Texts />}
    </Drawer>
  );
}

function Texts() {
  const settings = useOperation('documents.settings.get', {});
  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        Printed on every workshop’s cards and sheets. Each workshop fills in its own title and round length.
      </Text>
      <QueryState query={settings} failure="The standard texts could not be loaded">
        {(s) => <StandardTexts texts={s.texts} keys={workshopTextKeys} />}
      </QueryState>
    </>
  );
}
