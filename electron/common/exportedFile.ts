/**
 * A file the core produced for the person to save (a PDF, a workbook). It
 * crosses to the renderer as base64, which hands it to the system's save
 * dialog; the command line writes the bytes straight to --out. Pure type.
 */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const mimeTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
