import { lazy, Suspense, type ComponentProps } from 'react';

/** pdf.js is large: it loads the first time someone previews a document, not when the app starts. */
const PdfPreviewModule = lazy(() => import('./PdfPreview').then((module) => ({ default: module.PdfPreview })));

export function LazyPdfPreview(props: ComponentProps<typeof PdfPreviewModule>) {
  return (
    <Suspense fallback={null}>
      <PdfPreviewModule {...props} />
    </Suspense>
  );
}
