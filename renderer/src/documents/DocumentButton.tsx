import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText } from '@tabler/icons-react';
import type { GeneratedDocument } from '@contract/documents';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { LazyPdfPreview } from './LazyPdfPreview';

interface Props extends Omit<ButtonProps, 'onClick' | 'loading'> {
  label: string;
  /** The document's name in the preview's heading. */
  title: string;
  generate: () => Promise<GeneratedDocument>;
}

/** A button that prepares a document and opens it in the preview, or says plainly why it could not. */
export function DocumentButton({ label, title, generate, ...buttonProps }: Props) {
  const [document, setDocument] = useState<GeneratedDocument | null>(null);
  const [loading, setLoading] = useState(false);

  async function open() {
    setLoading(true);
    try {
      setDocument(await generate());
    } catch (error) {
      notifications.show({ color: 'red', title: 'The document was not prepared', message: errorMessage(error) });
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileText size={16} />}
        {...buttonProps}
        loading={loading}
        onClick={() => void open()}
      >
        {label}
      </Button>
      {document && <LazyPdfPreview document={document} title={title} onClose={() => setDocument(null)} />}
    </>
  );
}
