import { Alert, Anchor, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAward, IconFileText } from '@tabler/icons-react';
import type { OperationInput } from '@contract';
import type { GeneratedDocument } from '@contract/documents';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PersonSelect } from '../faculty/PersonSelect';
import { PageHeader } from '../shell/PageHeader';
import { DocumentButton } from './DocumentButton';
import { LazyPdfPreview } from './LazyPdfPreview';
import { MentorshipPicker, PeerGroupPicker } from './RecordPickers';
import { ServiceLetterForm } from './ServiceLetterForm';
import { serviceLetterTitle } from './ServiceLetterButton';

type Kind = 'agreement' | 'groupCommitment' | 'serviceLetter';

const kinds: { value: Kind; label: string; description: string }[] = [
  {
    value: 'agreement',
    label: 'Mentoring Partnership Agreement',
    description: 'For a mentor and mentee to sign: goals, responsibilities, confidentiality, how to ask for a change.',
  },
  {
    value: 'groupCommitment',
    label: 'Peer group commitment form',
    description: 'Attendance and confidentiality commitments, with a signature line for each member.',
  },
  {
    value: 'serviceLetter',
    label: 'Service Portfolio letter',
    description: 'Documents a faculty member’s mentoring in a period, signed by the office.',
  },
];

/** The Documents area: pick a kind of document and its record, preview it, then save or print. */
export function DocumentsPage() {
  const [kind, setKind] = useState<Kind>('agreement');
  const [mentorshipId, setMentorshipId] = useState<number | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [facultyId, setFacultyId] = useState<number | null>(null);
  const [letter, setLetter] = useState<GeneratedDocument | null>(null);

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title="Documents"
        description="Preview the documents the office prints, then save them as PDF or print them."
      />
      <Radio.Group
        label="Document"
        value={kind}
        onChange={(value) => setKind(value as Kind)}
        styles={{ label: { marginBottom: 8 } }}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {kinds.map((k) => (
            <Radio.Card key={k.value} value={k.value} p="md" radius="md" withBorder>
              <Stack gap={4}>
                <Radio.Indicator />
                <Text fw={600}>{k.label}</Text>
                <Text size="sm" c="dimmed">
                  {k.description}
                </Text>
              </Stack>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>

      <Paper withBorder radius="md" p="lg" component="section" aria-label={kinds.find((k) => k.value === kind)!.label}>
        {kind === 'agreement' && (
          <Stack gap="md">
            <MentorshipPicker value={mentorshipId} onChange={setMentorshipId} />
            <PreviewButton
              disabledReason={mentorshipId ? null : 'Choose a mentorship to preview its agreement.'}
              title="Mentoring Partnership Agreement"
              operation="documents.agreement"
              input={{ mentorshipId: mentorshipId ?? 0 }}
            />
          </Stack>
        )}
        {kind === 'groupCommitment' && (
          <Stack gap="md">
            <PeerGroupPicker value={groupId} onChange={setGroupId} />
            <PreviewButton
              disabledReason={groupId ? null : 'Choose a peer group to preview its commitment form.'}
              title="Peer Mentoring Group Commitment"
              operation="documents.groupCommitment"
              input={{ groupId: groupId ?? 0 }}
            />
          </Stack>
        )}
        {kind === 'serviceLetter' && (
          <Stack gap="md">
            <PersonSelect label="Faculty member" value={facultyId} onChange={(id) => setFacultyId(id)} />
            <ServiceLetterForm facultyId={facultyId} onReady={setLetter} />
          </Stack>
        )}
      </Paper>

      <Alert variant="light" color="blue" icon={<IconAward size={18} />} title="Award nomination packets">
        Packets for the mentoring awards are prepared with each nomination, in the{' '}
        <Anchor component={Link} to="/awards" inherit>
          Awards
        </Anchor>{' '}
        area.
      </Alert>
      <Text size="sm" c="dimmed">
        The letterhead, the signatory and the standard wording of every document are set in{' '}
        <Anchor component={Link} to="/settings" inherit>
          Settings
        </Anchor>
        .
      </Text>
      {letter && <LazyPdfPreview document={letter} title={serviceLetterTitle} onClose={() => setLetter(null)} />}
    </Stack>
  );
}

/** Preview, with the reason it cannot be used yet (no record chosen) said beside it. */
function PreviewButton<K extends 'documents.agreement' | 'documents.groupCommitment'>({
  disabledReason,
  title,
  operation,
  input,
}: {
  disabledReason: string | null;
  title: string;
  operation: K;
  input: OperationInput<K>;
}) {
  return (
    <Stack gap={4} align="flex-start">
      <DocumentButton
        variant="filled"
        label="Preview"
        title={title}
        operation={operation}
        input={input}
        disabled={disabledReason !== null}
        leftSection={<IconFileText size={16} />}
      />
      {disabledReason && (
        <Text size="sm" c="dimmed">
          {disabledReason}
        </Text>
      )}
    </Stack>
  );
}
