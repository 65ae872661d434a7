import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

/** Mutation options that tell the person, in the core's words, when a change from a button or menu was refused. */
export function reportFailure(title: string) {
  return {
    onError: (error: unknown) => notifications.show({ color: 'red', title, message: errorMessage(error) }),
  };
}
