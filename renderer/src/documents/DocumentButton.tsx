import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText } from '@tabler/icons-react';
import type { OperationInput, OperationName, OperationResult } from '@contract';
import type { GeneratedDocument } from '@contract/documents';
import { errorMessage } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { LazyPdfPreview } from './LazyPdfPreview';

/** The operations that print a document from a record (the agreement, the commitment form). */
type DocumentOperation = {
  [K in OperationName]: OperationResult<K> extends GeneratedDocument ? K : never;
}[OperationName];

interface Props<K extends DocumentOperation> extends Omit<ButtonProps, 'onClick' | 'loading'> {
  label: string;
  /** The document's name in the preview's heading. */
  title: string;
  operation: K;
  input: OperationInput<K>;
}

/** A button that prepares a document and opens it in the preview, or says plainly why it could not. */
export function DocumentButton<K extends DocumentOperation>({
  label,
  title,
  operation,
  input,
  ...buttonProps
}: Props<K>) {
  const build = useOperationMutation(operation, {
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The document was not prepared', message: errorMessage(error) }),
  });
  const document: GeneratedDocument | undefined = build.data;

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileText size={16} />}
        {...buttonProps}
        loading={build.isPending}
        onClick={() => build.mutate(input)}
      >
        {label}
      </Button>
      {document && <LazyPdfPreview document={document} title={title} onClose={build.reset} />}
    </>
  );
}
