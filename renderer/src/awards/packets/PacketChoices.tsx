import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import {
  nominationStatuses,
  nominationStatusLabels,
  type NominationRow,
  type NominationStatus,
} from '@contract/awards';

export type PacketOutput = 'combined' | 'perNominee';

interface Props {
  nominations: NominationRow[];
  statuses: NominationStatus[];
  onStatuses: (statuses: NominationStatus[]) => void;
  output: PacketOutput;
  onOutput: (output: PacketOutput) => void;
  disabled: boolean;
}

/** Which nominations go into the packets (with how many each status has) and in what files. */
export function PacketChoices({ nominations, statuses, onStatuses, output, onOutput, disabled }: Props) {
  return (
    <Group align="flex-start" gap="xl">
      <Checkbox.Group
        label="Include nominations that are"
        value={statuses}
        onChange={(value) => onStatuses(value as NominationStatus[])}
      >
        <Stack gap={6} mt={6}>
          {nominationStatuses.map((status) => (
            <Checkbox
              key={status}
              value={status}
              disabled={disabled}
              label={`${nominationStatusLabels[status]} (${nominations.filter((n) => n.status === status).length})`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Radio.Group label="Output" value={output} onChange={(value) => onOutput(value as PacketOutput)}>
        <Stack gap={6} mt={6}>
          <Radio
            value="combined"
            disabled={disabled}
            label="One combined file for the committee"
            description="A bookmark for each nominee, their parts below it"
          />
          <Radio
            value="perNominee"
            disabled={disabled}
            label="One file per nominee"
            description="Named after the nominee, to save or send one by one"
          />
        </Stack>
      </Radio.Group>
    </Group>
  );
}
