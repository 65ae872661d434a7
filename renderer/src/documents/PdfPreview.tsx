import { ActionIcon, Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import type { GeneratedDocument } from '@contract/documents';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { saveFile } from '../api/saveFile';
import { openPdf } from './pdfjs';
import { PdfPage } from './PdfPage';
import { printPages } from './printPages';

const zoomLevels = [0.5, 0.75, 1, 1.25, 1.5, 2];

interface Props {
  document: GeneratedDocument;
  /** What the document is, for the window's heading ("Mentoring Partnership Agreement"). */
  title: string;
  onClose: () => void;
}

/**
 * Shows a PDF the core produced, page by page, before anyone saves or prints
 * it: page count, zoom, "Save PDF…" (the system's save dialog) and "Print…"
 * (the system's print dialog, with only the pages on paper).
 */
export function PdfPreview({ document: generated, title, onClose }: Props) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [pageSize, setPageSize] = useState({ width: 612, height: 792 });
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState(1);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    let opened: PDFDocumentProxy | null = null;
    let current = true;
    openPdf(generated.file.base64)
      .then(async (doc) => {
        opened = doc;
        const first = (await doc.getPage(1)).getViewport({ scale: 1 });
        if (!current) return;
        setPageSize({ width: first.width, height: first.height });
        setPdf(doc);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [generated]);

  const zoomIndex = zoomLevels.indexOf(zoom);
  const pageCount = pdf?.numPages ?? generated.pageCount;

  async function print() {
    if (!pdf) return;
    setPrinting(true);
    try {
      await printPages(pdf, title);
    } catch {
      notifications.show({
        color: 'red',
        title: 'Not printed',
        message: 'The pages could not be prepared for printing.',
      });
    } finally {
      setPrinting(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="auto"
      title={title}
      closeButtonProps={{ 'aria-label': 'Close preview' }}
      styles={{ title: { fontWeight: 600 }, body: { paddingBottom: 0 } }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="md" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" maw={260} truncate="end" title={generated.file.fileName}>
              {generated.file.fileName}
            </Text>
            <Text size="sm" aria-live="polite">
              {pageCount === 1 ? '1 page' : `${pageCount} pages`}
            </Text>
            <Tooltip label="Zoom out">
              <ActionIcon
                variant="default"
                aria-label="Zoom out"
                disabled={zoomIndex <= 0}
                onClick={() => setZoom(zoomLevels[zoomIndex - 1]!)}
              >
                <IconZoomOut size={16} />
              </ActionIcon>
            </Tooltip>
            <Text size="sm" w={44} ta="center" aria-label="Zoom">
              {Math.round(zoom * 100)}%
            </Text>
            <Tooltip label="Zoom in">
              <ActionIcon
                variant="default"
                aria-label="Zoom in"
                disabled={zoomIndex >= zoomLevels.length - 1}
                onClick={() => setZoom(zoomLevels[zoomIndex + 1]!)}
              >
                <IconZoomIn size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => saveFile(generated.file)}
            >
              Save PDF…
            </Button>
            <Button
              leftSection={<IconPrinter size={16} />}
              onClick={() => void print()}
              loading={printing}
              disabled={!pdf}
            >
              Print…
            </Button>
          </Group>
        </Group>
        {failed ? (
          <Alert color="red" title="The preview could not be shown">
            Save the PDF and open it in another viewer; the file itself is complete.
          </Alert>
        ) : !pdf ? (
          <Group justify="center" p="xl">
            <Loader size="sm" />
            <Text size="sm">Preparing the preview…</Text>
          </Group>
        ) : (
          <ScrollArea.Autosize mah="calc(100vh - 190px)" type="auto" offsetScrollbars>
            <Stack
              gap="md"
              align="center"
              p="md"
              bg="gray.1"
              miw={Math.min(pageSize.width * zoom + 32, 1200)}
              aria-label="Pages"
            >
              {Array.from({ length: pdf.numPages }, (_, i) => (
                <PdfPage key={i + 1} pdf={pdf} pageNumber={i + 1} scale={zoom} pageSize={pageSize} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Modal>
  );
}
