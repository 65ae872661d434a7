import { Alert, Loader } from '@mantine/core';
import { errorMessage } from '../api/client';
import { useOperation } from '../api/useOperation';
import { LetterheadForm } from './LetterheadForm';
import { LetterheadImages } from './LetterheadImages';
import { Section } from './SettingsSection';
import { StandardTexts } from './StandardTexts';

/** The Settings sections documents are printed from: letterhead, its images, and the standard wording. */
export function DocumentSettingsSections() {
  const settings = useOperation('documents.settings.get', {});
  if (settings.isPending) return <Loader size="sm" aria-label="Loading document settings" />;
  if (settings.isError)
    return (
      <Alert color="red" title="Document settings could not be loaded">
        {errorMessage(settings.error)}
      </Alert>
    );
  const { letterhead, images, texts } = settings.data;
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
