import { Stack } from '@mantine/core';
import { AutoLockSetting } from '../autoLock/AutoLockSetting';
import { BackupsSection } from '../backups/BackupsSection';
import { DatabasesSection } from '../databases/DatabasesSection';
import { ExportSection } from '../exports/ExportSection';
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
      <Section
        title="Databases"
        intro="Each database is a separate set of records with its own passphrase. Opening another locks these records first."
      >
        <DatabasesSection />
      </Section>
      <Section
        title="Backups"
        intro="Encrypted copies of every record, made automatically and kept by age. A backup opens only with the passphrase or recovery key it was made with."
      >
        <BackupsSection />
      </Section>
      <Section title="Export all records" intro="Every record in open formats, to read elsewhere or to leave Trellis.">
        <ExportSection />
      </Section>
      <DocumentSettingsSections />
      <Section title="Interest synonyms" intro="Words that count as one interest when Trellis suggests mentors.">
        <InterestSynonyms />
      </Section>
    </Stack>
  );
}
