/**
 * Incremental reading of a JSON array (`[ {...}, {...}, … ]`): text is pushed chunk by chunk and each complete
 * element comes out parsed, so a roster of a million objects is never held whole. Only the top-level array is
 * split; each element is parsed with `JSON.parse`.
 * @module
 */

/** A JSON text that is not an array, or is malformed, at a given element. */
export class JsonStreamError extends Error {
  override readonly name = 'JsonStreamError';
  /**
   * @param item - 1-based number of the element at fault (0 for the array itself)
   * @param detail - what is wrong
   * @param tooLong - true when the element ran over {@link MAX_ITEM_CHARS} without ending
   */
  constructor(
    readonly item: number,
    readonly detail: string,
    readonly tooLong = false,
  ) {
    super(item === 0 ? detail : `item ${item}: ${detail}`);
  }
}

const WS = new Set([' ', '\t', '\n', '\r', '\ufeff']);

/** Longest element held while incomplete; a worker record is a few hundred characters. */
export const MAX_ITEM_CHARS = 1 << 24;

/** Splits a JSON array into its elements as text arrives. */
export class JsonArrayReader {
  private buf = '';
  private i = 0;
  private state: 'before' | 'between' | 'element' | 'after' = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = 0;
  private count = 0;

  /**
   * Parses the next piece of text.
   * @param text - next decoded chunk
   * @returns the elements completed by it
   */
  push(text: string): unknown[] {
    this.buf += text;
    const out: unknown[] = [];
    const s = this.buf;
    let i = this.i;
    for (; i < s.length; i++) {
      const c = s[i]!;
      if (this.state === 'before') {
        if (WS.has(c)) continue;
        if (c !== '[') throw new JsonStreamError(0, 'not an array');
        this.state = 'between';
        continue;
      }
      if (this.state === 'after') {
        if (!WS.has(c)) throw new JsonStreamError(0, 'text after the end of the array');
        continue;
      }
      if (this.state === 'between') {
        if (WS.has(c)) continue;
        if (c === ']' && this.count === 0) {
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.start = i;
        this.depth = 0;
      }
      // Inside an element: find the comma or bracket that ends it at the top level.
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (c === '"') this.inString = true;
      else if (c === '{' || c === '[') this.depth++;
      else if ((c === '}' || c === ']') && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (c === ',' || c === ']')) {
        out.push(this.parse(s.slice(this.start, i)));
        this.state = c === ']' ? 'after' : 'between';
      }
    }
    // Keep only the unfinished element, up to a limit: an unclosed string or bracket must not hold the whole file.
    if (this.state === 'element') {
      if (s.length - this.start > MAX_ITEM_CHARS)
        throw new JsonStreamError(
          this.count + 1,
          `longer than ${MAX_ITEM_CHARS} characters (an unclosed string or bracket?)`,
          true,
        );
      this.buf = s.slice(this.start);
      this.i = i - this.start;
      this.start = 0;
    } else {
      this.buf = '';
      this.i = 0;
    }
    return out;
  }

  /** Checks that the array was closed. */
  end(): void {
    if (this.state !== 'after')
      throw new JsonStreamError(0, this.state === 'before' ? 'empty input' : 'the array is not closed');
  }

  private parse(text: string): unknown {
    this.count++;
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new JsonStreamError(this.count, e instanceof Error ? e.message : String(e));
    }
  }
}
