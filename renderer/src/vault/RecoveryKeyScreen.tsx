import { Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { AuthLayout } from './AuthLayout';

/**
 * Shown once, right after the database is created. The checkbox is required
 * because a lost passphrase without this key means the records are gone.
 */
export function RecoveryKeyScreen({
  recoveryKey,
  onContinue,
}: {
  recoveryKey: string;
  onContinue: () => Promise<void>;
}) {
  const [saved, setSaved] = useState(false);

  return (
    <AuthLayout
      title="Save your recovery key"
      intro="If the passphrase is ever forgotten, this key is the only way to open the records. Trellis shows it only this once."
    >
      <Paper withBorder radius="md" p="lg" bg="gray.0">
        <Stack gap="sm" align="center">
          <Text
            component="output"
            aria-label="Recovery key"
            data-testid="recovery-key"
            ff="monospace"
            fz={26}
            fw={600}
            ta="center"
            lh={1.4}
            style={{ letterSpacing: '0.06em', wordBreak: 'break-word', userSelect: 'all' }}
          >
            {recoveryKey}
          </Text>
          <CopyButton value={recoveryKey}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                size="xs"
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy recovery key'}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Paper>
      <List size="sm" c="dimmed" spacing={4}>
        <List.Item>Write it down or print it, and keep it somewhere locked.</List.Item>
        <List.Item>Or keep it in your office’s password manager.</List.Item>
        <List.Item>Do not keep it in a file on this computer.</List.Item>
      </List>
      <Checkbox
        label="I have saved this recovery key somewhere safe"
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button disabled={!saved} onClick={() => void onContinue()}>
          Continue to Trellis
        </Button>
      </Group>
    </AuthLayout>
  );
}
