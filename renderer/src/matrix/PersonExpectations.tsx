import { Paper, Stack, Text, Title } from '@mantine/core';
import type { OperationResult } from '@contract';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

const roleWords: Record<string, string> = {
  mentor: 'mentors',
  mentee: 'mentees',
  sponsor: 'sponsors',
  peer: 'peer mentors',
  facilitator: 'facilitators',
};

/**
 * What is expected of a person in each role they hold (from the matrix, via
 * `matrix.expectationsFor`). Shown on the person's page; nothing when they
 * hold no role.
 */
export function PersonExpectations({ facultyId }: { facultyId: number }) {
  const expectations = useOperation('matrix.expectationsFor', { facultyId });
  return (
    <QueryState query={expectations} failure="What is expected of them could not be loaded" empty={null}>
      {(roles) => <Expectations roles={roles} />}
    </QueryState>
  );
}

function Expectations({ roles }: { roles: OperationResult<'matrix.expectationsFor'> }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="What is expected of them">
      <Title order={2} size="h4">
        What is expected of them
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        From the role–responsibility matrix, for each role they hold.
      </Text>
      <Stack gap="md" mt="md">
        {roles.map((entry) => (
          <div key={entry.role}>
            <Text fw={600} size="sm">
              As {entry.roleName}
            </Text>
            {entry.responsibilities.length === 0 ? (
              <Text size="sm" c="dimmed">
                The matrix lists no responsibilities for {roleWords[entry.role] ?? entry.roleName} yet.
              </Text>
            ) : (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {entry.responsibilities.map((text, index) => (
                  <li key={index}>
                    <Text size="sm">{text}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
