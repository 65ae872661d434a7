import type { DocumentSettings } from '@contract/documents';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { LetterheadForm } from './LetterheadForm';
import { LetterheadImages } from './LetterheadImages';
import { Section } from './SettingsSection';
import { StandardTexts } from './StandardTexts';

/** The Settings sections documents are printed from: letterhead, its images, and the standard wording. */
export function DocumentSettingsSections() {
  const settings = useOperation('documents.settings.get', {});
  return (
    <QueryState
      query={settings}
      failure="Document settings could not be loaded"
      loadingLabel="Loading document settings"
    >
      {(found) => <Sections settings={found} />}
    </QueryState>
  );
}

function Sections({ settings }: { settings: DocumentSettings }) {
  const { letterhead, images, texts } = settings;
  return (
    <>
      <Section
        title="Letterhead"
        intro="The institution, office and address at the top of every document, and who signs the office’s letters."
      >
        <LetterheadForm letterhead={letterhead} />
      </Section>
      <Section
        title="Logo and signature"
        intro="Images printed on documents. They are kept inside the encrypted database."
      >
        <LetterheadImages images={images} />
      </Section>
      <Section
        title="Standard wording"
        intro="The paragraphs every agreement, commitment form and letter starts from. Words in braces are filled in for each document."
      >
        <StandardTexts texts={texts} />
      </Section>
    </>
  );
}
