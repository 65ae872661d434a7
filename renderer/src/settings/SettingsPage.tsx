import { Stack } from '@mantine/core';
import { AutoLockSetting } from '../autoLock/AutoLockSetting';
import { PageHeader } from '../shell/PageHeader';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DatabaseDetails } from './DatabaseDetails';
import { DocumentSettingsSections } from './DocumentSettingsSections';
import { InterestSynonyms } from '../matching/settings/InterestSynonyms';
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
      <DocumentSettingsSections />
      <Section title="Interest synonyms" intro="Words that count as one interest when Trellis suggests mentors.">
        <InterestSynonyms />
      </Section>
    </Stack>
  );
}
