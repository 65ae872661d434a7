import type { ChooseFileRequest, ChooseSaveLocationRequest, ChosenFile } from '@common/bridge';

/**
 * Files are picked in the system's own dialogs, which only the desktop app
 * can show: the page never types a path, and the app refuses any path that
 * did not come from one of these dialogs.
 */
export function canChooseFiles(): boolean {
  return typeof window.trellis?.chooseFile === 'function';
}

export const filesOnlyInDesktopApp =
  'Files can be chosen only in the Trellis desktop app. Open Trellis from its icon to import or save files.';

/** The file the person picked, or null if they cancelled. */
export async function chooseFile(request: ChooseFileRequest): Promise<ChosenFile | null> {
  if (!window.trellis || !canChooseFiles()) return null;
  return window.trellis.chooseFile(request);
}

/** Where the person wants a file saved, or null if they cancelled. */
export async function chooseSaveLocation(request: ChooseSaveLocationRequest): Promise<ChosenFile | null> {
  if (typeof window.trellis?.chooseSaveLocation !== 'function') return null;
  return window.trellis.chooseSaveLocation(request);
}

export const spreadsheetFilters = [{ name: 'Spreadsheets (Excel, CSV)', extensions: ['xlsx', 'csv'] }];
export const workbookFilters = [{ name: 'Excel workbook', extensions: ['xlsx'] }];
