import { DocumentButton } from './DocumentButton';

/** "Commitment form" on a peer group's page: the form its members sign. */
export function CommitmentFormButton({ groupId }: { groupId: number }) {
  return (
    <DocumentButton
      label="Commitment form"
      title="Peer Mentoring Group Commitment"
      operation="documents.groupCommitment"
      input={{ groupId }}
    />
  );
}
