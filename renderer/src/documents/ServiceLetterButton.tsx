import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileText } from '@tabler/icons-react';
import type { GeneratedDocument } from '@contract/documents';
import { useState } from 'react';
import { LazyPdfPreview } from './LazyPdfPreview';
import { ServiceLetterForm } from './ServiceLetterForm';

export const serviceLetterTitle = 'Service Portfolio letter';

/** "Service letter…" on a person's page: choose the period, then preview the letter. */
export function ServiceLetterButton({ facultyId, name }: { facultyId: number; name: string }) {
  const [choosing, choose] = useDisclosure(false);
  const [document, setDocument] = useState<GeneratedDocument | null>(null);
  return (
    <>
      <Button variant="default" leftSection={<IconFileText size={16} />} onClick={choose.open}>
        Service letter…
      </Button>
      <Modal
        opened={choosing}
        onClose={choose.close}
        title={`Service Portfolio letter for ${name}`}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <ServiceLetterForm
          facultyId={facultyId}
          onReady={(ready) => {
            choose.close();
            setDocument(ready);
          }}
        />
      </Modal>
      {document && <LazyPdfPreview document={document} title={serviceLetterTitle} onClose={() => setDocument(null)} />}
    </>
  );
}
