import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { progressKeyInput } from '../work/contract';

/**
 * Every record in open formats, for leaving Trellis or reading the records
 * elsewhere (issue 12): one CSV per table (UTF-8 with BOM, RFC 4180) or one
 * workbook with a sheet per table, a data dictionary, and the award letters
 * and letterhead images as files. Not encrypted: the UI warns first.
 */
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Shown (and printed by the command line) before anything is written. */
export const exportWarning =
  'An export is not encrypted: anyone who can open it can read every record, confidential notes included. Keep it on an encrypted disk, and delete it when it is no longer needed.';

export interface ExportResult {
  path: string;
  format: ExportFormat;
  /** Rows written per table. */
  tables: Record<string, number>;
  /** Files besides the tables: letters and images. */
  attachments: number;
}

export const exportsContract = {
  /** `path`: a new folder, or a file ending in .zip. */
  'exports.all': operation<ExportResult>()(
    z.object({
      path: z.string({ error: 'Choose where to export.' }).trim().min(1, { error: 'Choose where to export.' }),
      format: z.enum(exportFormats).default('csv'),
      progressKey: progressKeyInput.optional(),
    }),
    // A file written, not an answer to keep: nothing to refresh.
    { reads: [] },
  ),
};
