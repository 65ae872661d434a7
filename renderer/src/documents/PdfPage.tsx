import { Box, Loader, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { renderPage } from './pdfjs';

interface Props {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  /** Size of a page at scale 1 (PDF points), so pages not drawn yet still take their place. */
  pageSize: { width: number; height: number };
}

/**
 * One page of the preview. It is drawn only when it scrolls near the view,
 * so a long document opens at once; drawn again when the zoom changes.
 */
export function PdfPage({ pdf, pageNumber, scale, pageSize }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), {
      rootMargin: '800px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near || drawn === scale || !canvas.current) return;
    let current = true;
    renderPage(pdf, pageNumber, canvas.current, scale)
      .then(() => current && setDrawn(scale))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [near, scale, drawn, pdf, pageNumber]);

  const width = pageSize.width * scale;
  const height = pageSize.height * scale;
  return (
    <Box
      ref={frame}
      pos="relative"
      w={width}
      h={height}
      bg="white"
      style={{ boxShadow: '0 1px 4px rgba(15, 23, 42, 0.25)', flexShrink: 0 }}
      data-page={pageNumber}
      data-drawn={drawn !== null ? 'true' : 'false'}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Page ${pageNumber} of ${pdf.numPages}`}
        style={{ width, height, display: 'block' }}
      />
      {drawn === null && !failed && (
        <Loader size="sm" pos="absolute" top="50%" left="50%" style={{ transform: 'translate(-50%, -50%)' }} />
      )}
      {failed && (
        <Text c="red" size="sm" pos="absolute" top="45%" w="100%" ta="center">
          This page could not be shown. Save the PDF to open it in another viewer.
        </Text>
      )}
    </Box>
  );
}
