/**
 * CSV in and out (RFC 4180: comma-separated, fields quoted with `"` and `""` inside quotes, CRLF or LF line ends).
 * The reader is incremental: text is pushed chunk by chunk and complete records come out, so memory stays bounded
 * by the longest record, not by the file.
 * @module
 */

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Index of the first comma or line break at or after `i` (or the end of `s`): where an unquoted field stops. */
function fieldEnd(s: string, i: number): number {
  let k = i;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === COMMA || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/** Incremental CSV reader: `push` text, get the records completed so far; `end` flushes the last one. */
export class CsvReader {
  private rest = '';

  /**
   * Parses the next piece of text.
   * @param text - next decoded chunk
   * @returns the records completed by this chunk (a record cut by the chunk's end waits for the next one)
   */
  push(text: string): string[][] {
    return this.parse(this.rest + text, false);
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): string[][] {
    return this.parse(this.rest, true);
  }

  private parse(s: string, final: boolean): string[][] {
    const out: string[][] = [];
    const n = s.length;
    let i = 0;
    let recStart = 0;
    let row: string[] = [];
    for (;;) {
      if (i === n) {
        // End of text at the start of a field: a trailing comma on the last line left one empty field.
        if (final && row.length > 0) {
          row.push('');
          out.push(row);
        }
        recStart = final ? n : recStart;
        break;
      }
      let value: string;
      if (s.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let seg = j;
        let text = '';
        let incomplete = false;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0) {
            if (!final) incomplete = true;
            else {
              text += s.slice(seg); // unterminated quote: the rest of the file is the field, as Excel reads it
              i = n;
            }
            break;
          }
          if (q + 1 === n && !final) {
            incomplete = true; // could be the first half of a `""` escape
            break;
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            text += s.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          text += s.slice(seg, q);
          i = q + 1;
          break;
        }
        if (incomplete) break;
        // Text between a closing quote and the delimiter is kept, as Excel does.
        const k = fieldEnd(s, i);
        if (k === n && !final) break;
        value = k > i ? text + s.slice(i, k) : text;
        i = k;
      } else {
        const k = fieldEnd(s, i);
        if (k === n && !final) break;
        value = s.slice(i, k);
        i = k;
      }
      row.push(value);
      if (i === n) {
        out.push(row);
        row = [];
        recStart = n;
        break;
      }
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 === n && !final) break; // the LF may be in the next chunk
        i += s.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      out.push(row);
      row = [];
      recStart = i;
    }
    this.rest = recStart === 0 ? s : s.slice(recStart);
    if (final) this.rest = '';
    return out;
  }
}

/**
 * Parses a whole CSV text.
 * @param text - the decoded file
 */
export function parseCsv(text: string): string[][] {
  const r = new CsvReader();
  const rows = r.push(text);
  for (const row of r.end()) rows.push(row);
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV field: quoted when it contains a comma, quote or line break (or leading/trailing space), quotes doubled.
 * @param value - cell text
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One CSV record ending in CRLF, the line end Excel writes and expects.
 * @param values - cell texts
 */
export function csvLine(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i]!);
  return line + '\r\n';
}

/** The UTF-8 byte order mark: with it, Excel opens a UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = '\ufeff';

/**
 * True for a record with no content (an empty line, or only empty cells as Excel writes below a table).
 * @param row - a record
 */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}
