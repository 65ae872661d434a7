import { foldForSearch } from '../../../common/text';

/** "Ó Súilleabháin, Aoife" → "o-suilleabhain-aoife": safe on every file system and in any shell. */
export function safeSlug(text: string): string {
  const slug = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}

/** One file name per nominee, unique in the batch: two people may share a name. */
export function packetFileNames(packets: { nominationId: number; nominee: string }[]): string[] {
  const slugs = packets.map((p) => safeSlug(p.nominee));
  return packets.map((p, i) =>
    slugs.filter((s) => s === slugs[i]).length > 1
      ? `packet-${slugs[i]}-${p.nominationId}.pdf`
      : `packet-${slugs[i]}.pdf`,
  );
}
