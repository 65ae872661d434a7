import { Stack } from '@mantine/core';
import { PageHeader } from '../shell/PageHeader';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DatabaseDetails } from './DatabaseDetails';
import { DocumentSettingsSections } from './DocumentSettingsSections';
import { Section } from './SettingsSection';

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
        title="Database"
        intro="Where the records are kept on this computer, and a check that the file is healthy."
      >
        <DatabaseDetails />
      </Section>
      <DocumentSettingsSections />
    </Stack>
  );
}
