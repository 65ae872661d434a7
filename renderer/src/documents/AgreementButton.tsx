import { DocumentButton } from './DocumentButton';

/** "Agreement" on a mentorship's page: previews its Mentoring Partnership Agreement. */
export function AgreementButton({ mentorshipId }: { mentorshipId: number }) {
  return (
    <DocumentButton
      label="Agreement"
      title="Mentoring Partnership Agreement"
      operation="documents.agreement"
      input={{ mentorshipId }}
    />
  );
}
