import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Workshop } from '@contract/workshops';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { saveFile } from '../../api/saveFile';
import { useOperationMutation } from '../../api/useOperation';

/**
 * The follow-up survey for the wrap-up questions: Trellis keeps the survey
 * (made the first time), and saves a workbook with its columns and a row per
 * participant, for the form or for answers on paper. The filled-in export
 * comes back through Imports › survey responses.
 */
export function FollowUpSurveyButton({ w }: { w: Workshop }) {
  const make = useOperationMutation('workshops.followUpSurvey', {
    onSuccess: (result) => {
      saveFile(result.template);
      notifications.show({
        color: 'teal',
        title: result.created ? 'Follow-up survey created' : 'Follow-up survey template saved',
        message: `${result.survey.name}: ${result.survey.questionCount} questions. Import the answers under Imports › survey responses.`,
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The template was not prepared', message: errorMessage(error) }),
  });
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconFileSpreadsheet size={14} />}
      loading={make.isPending}
      onClick={() => make.mutate({ workshopId: w.id })}
    >
      Follow-up survey template
    </Button>
  );
}
