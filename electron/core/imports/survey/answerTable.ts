/**
 * Every row's answers, kept between preview and commit in little memory.
 *
 * A response is stored as JSON (`{"0":"Yes","4":[4,"Agree"],…}`), and a large
 * survey repeats the same few answers tens of thousands of times. Joined into
 * one string per row, 50,000 responses of 40 answers hold some 65 MB for the
 * whole preview; here each distinct short piece (`"4":[4,"Agree"]`) is kept
 * once and a row is a run of 32-bit references to its pieces, joined only
 * when the commit writes it.
 */
export class AnswerTable {
  private readonly pieces: string[] = [];
  private readonly pieceIds = new Map<string, number>();
  private refs = new Uint32Array(1 << 16);
  private refCount = 0;
  /** Row handle h uses refs[starts[h]] up to refs[starts[h + 1]]. */
  private starts = new Uint32Array(1 << 12);
  private rowCount = 0;

  /** Free text rarely repeats: long pieces are kept as they are, not looked up. */
  private static readonly sharedUpTo = 80;

  /** Stores one row's `"position":answer` pieces; returns its handle. */
  add(pieces: readonly string[]): number {
    if (this.refCount + pieces.length > this.refs.length) this.refs = grown(this.refs, this.refCount + pieces.length);
    if (this.rowCount + 2 > this.starts.length) this.starts = grown(this.starts, this.rowCount + 2);
    for (const piece of pieces) this.refs[this.refCount++] = this.idOf(piece);
    const handle = this.rowCount++;
    this.starts[this.rowCount] = this.refCount;
    return handle;
  }

  /** The row's answers as the JSON object stored in survey_responses.answers. */
  json(handle: number): string {
    const from = this.starts[handle]!;
    const to = this.starts[handle + 1]!;
    let text = '{';
    for (let i = from; i < to; i++) text += (i === from ? '' : ',') + this.pieces[this.refs[i]!]!;
    return `${text}}`;
  }

  private idOf(piece: string): number {
    if (piece.length > AnswerTable.sharedUpTo) return this.pieces.push(piece) - 1;
    let id = this.pieceIds.get(piece);
    if (id === undefined) {
      id = this.pieces.push(piece) - 1;
      this.pieceIds.set(piece, id);
    }
    return id;
  }
}

function grown(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
