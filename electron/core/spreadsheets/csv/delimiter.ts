export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: Delimiter[] = [',', ';', '\t', '|'];

/** Field counts per record of the sample, honouring quotes (a quoted field may hold delimiters and line breaks). */
function fieldCounts(sample: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let recordHasContent = false;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const ch = sample[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      recordHasContent = true;
    } else if (ch === delimiter) {
      fields++;
      recordHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      if (recordHasContent) counts.push(fields);
      fields = 1;
      recordHasContent = false;
    } else {
      recordHasContent = true;
    }
  }
  return counts;
}

/**
 * The delimiter that splits the first records into the same number of fields
 * most consistently (title rows above the header may differ, so the most
 * common count decides, not every line). Excel's `sep=;` first line wins.
 */
export function detectDelimiter(sample: string): { delimiter: Delimiter; sepLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(sample);
  if (sep && candidates.includes(sep[1] as Delimiter)) return { delimiter: sep[1] as Delimiter, sepLine: true };
  // The last record of a sample may be cut off: leave it out.
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  const complete = lastBreak > 0 && sample.length >= 60_000 ? sample.slice(0, lastBreak + 1) : sample;
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of candidates) {
    const counts = fieldCounts(complete, delimiter, 50);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let modeCount = 1;
    let modeFrequency = 0;
    for (const [count, times] of frequency) {
      if (times > modeFrequency || (times === modeFrequency && count > modeCount)) {
        modeCount = count;
        modeFrequency = times;
      }
    }
    if (modeCount < 2) continue;
    // Consistency first, then more fields (a comma inside ;-separated text splits less regularly).
    const score = (modeFrequency / counts.length) * 1000 + Math.min(modeCount, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, sepLine: false };
}
