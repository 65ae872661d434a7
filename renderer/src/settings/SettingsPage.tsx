import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { AutoLockSetting } from '../autoLock/AutoLockSetting';
import { PageHeader } from '../shell/PageHeader';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DatabaseDetails } from './DatabaseDetails';

export function SettingsPage() {
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title="Settings" />
      <Section
        title="Passphrase"
        intro="Change the passphrase staff use to unlock Trellis. The recovery key keeps working."
      >
        <ChangePassphraseForm />
      </Section>
      <Section
        title="Locking"
        intro="Trellis locks itself when no one has used it for a while, so records are not left open on an empty desk."
      >
        <AutoLockSetting />
      </Section>
      <Section
        title="Database"
        intro="Where the records are kept on this computer, and a check that the file is healthy."
      >
        <DatabaseDetails />
      </Section>
    </Stack>
  );
}

function Section({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-label={title}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
