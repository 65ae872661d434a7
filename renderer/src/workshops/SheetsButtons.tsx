import { Group, Text } from '@mantine/core';
import { workshopSheetLabels, type Workshop, type WorkshopSheet } from '@contract/workshops';
import { DocumentButton } from '../documents/DocumentButton';

const sheets: { sheet: WorkshopSheet; label: string; needsPlan: boolean }[] = [
  { sheet: 'signIn', label: 'Sign-in sheet', needsPlan: false },
  { sheet: 'cards', label: 'Cards', needsPlan: true },
  { sheet: 'tables', label: 'Table sheets', needsPlan: true },
  { sheet: 'grid', label: 'Master grid', needsPlan: true },
];

/**
 * The workshop's printed sheets on the letterhead, each opened in the
 * document preview to save or print like every other document. Cards, table
 * sheets and the grid show the plan, so they wait for it.
 */
export function SheetsButtons({ w }: { w: Workshop }) {
  return (
    <Group gap="xs">
      {sheets.map(({ sheet, label, needsPlan }) => (
        <DocumentButton
          key={sheet}
          size="xs"
          label={label}
          title={`${w.title}: ${workshopSheetLabels[sheet]}`}
          operation="workshops.sheets"
          input={{ workshopId: w.id, sheet }}
          disabled={needsPlan && w.rounds.length === 0}
        />
      ))}
      {w.rounds.length === 0 && (
        <Text size="xs" c="dimmed">
          Cards, table sheets and the grid are ready once the rounds are planned.
        </Text>
      )}
    </Group>
  );
}
