// Offset <-> (line, UTF-16 character) conversion, the one place positions are computed.

export interface Position {
  line: number;
  character: number;
}

/**
 * A text's line starts and length: all that offset -> position needs, a few hundred bytes where the
 * text is kilobytes (the CLI's worker threads send this instead of each template's text).
 */
export interface LineStarts {
  starts: Int32Array;
  length: number;
}

/** Offset -> position alone, as made by `LineIndex.fromStarts` (no text, so no line ends). */
export type LinePositions = Pick<LineIndex, "lineCount" | "lineOf" | "lineStart" | "positionAt">;

/** Line starts of a text; lines end at \n, \r\n or a lone \r, as in LSP. */
export class LineIndex {
  private readonly starts: ArrayLike<number>;
  private readonly length: number;

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.starts = starts;
    this.length = text.length;
  }

  /** The positions of a text known only by its line starts (see `lineStarts`). */
  static fromStarts(lines: LineStarts): LinePositions {
    const index = Object.create(LineIndex.prototype) as { starts: ArrayLike<number>; length: number; text: string };
    index.text = "";
    index.starts = lines.starts;
    index.length = lines.length;
    return index as unknown as LinePositions;
  }

  /** The line starts and length, compact (for `fromStarts`). */
  lineStarts(): LineStarts {
    return { starts: Int32Array.from(this.starts), length: this.length };
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.starts[line]! };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)]!;
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(Math.max(0, pos.line)));
  }
}
