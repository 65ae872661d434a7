/** Rows read ahead to suggest a mapping and sample each column's answers; the whole file is read only for the preview itself. */
export const sampleSize = 200;
