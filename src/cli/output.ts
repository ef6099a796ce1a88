/**
 * Writers for the output formats: an aligned text table (terminal), CSV that Excel opens correctly (UTF-8 with BOM,
 * CRLF), an Excel workbook (.xlsx) and JSON. Each is fed in chunks, so a million-row result is never held in memory.
 * @module
 */
import { writeXlsx, type XlsxColumn, type XlsxWriter } from '../sheets/xlsx.js';
import { UTF8_BOM, csvBytes, csvLine } from './csv.js';
import type { Sink } from './io.js';
import { renderTable } from './table.js';

/** The output formats of a command: a terminal table, a sheet file (CSV or .xlsx), or JSON. */
export type OutputFormat = 'table' | 'csv' | 'xlsx' | 'json';

/**
 * How a column is written to a workbook: `text` (codes and IDs keep their digits), `money` (a number formatted
 * `0.00`), `integer`, or `wrap` (a long text such as an explanation, wrapped in a wide column). CSV writes every
 * cell as text.
 */
export type ColumnKind = NonNullable<XlsxColumn['kind']>;

/** Writes rows of cells under a header. */
export interface CellWriter {
  /** Writes a chunk of rows. */
  rows(rows: readonly (readonly string[])[]): Promise<void>;
  /** Finishes the output. */
  end(): Promise<void>;
}

/**
 * CSV for Excel: a UTF-8 BOM (so Excel does not read the Chinese as GBK), CRLF line ends, fields quoted as needed,
 * long digit strings (division codes, IDs) written `="…"` so Excel keeps them as text.
 * @param sink - destination
 * @param header - column titles
 */
export function csvWriter(sink: Sink, header: readonly string[]): CellWriter {
  let started = false;
  const start = () => {
    started = true;
    return UTF8_BOM + csvLine(header);
  };
  return {
    async rows(rows) {
      if (!started) await sink.write(start());
      await sink.write(csvBytes(rows, true));
    },
    async end() {
      if (!started) await sink.write(start());
    },
  };
}

/**
 * A one-sheet workbook for Excel: a frozen header row, text columns as text, money columns as numbers formatted
 * `0.00` (see {@link ColumnKind}). The workbook code is loaded when the first rows are written; the bytes are
 * streamed to the sink, so the workbook is never held whole.
 * @param sink - destination (a file: a workbook is not written to a terminal)
 * @param header - column titles
 * @param kinds - each column's kind, by index (default `text`)
 */
export function xlsxCellWriter(sink: Sink, header: readonly string[], kinds: readonly ColumnKind[] = []): CellWriter {
  let writer: XlsxWriter | undefined;
  const open = async () =>
    (writer ??= await writeXlsx(
      (bytes) => sink.write(bytes),
      header.map((h, i) => {
        const kind = kinds[i] ?? 'text';
        // An explanation runs to many lines: a wide wrapped column rather than one as wide as its header.
        return kind === 'wrap' ? { header: h, kind, width: 80 } : { header: h, kind };
      }),
    ));
  return {
    async rows(rows) {
      await (await open()).rows(rows);
    },
    async end() {
      await (await open()).end();
    },
  };
}

/**
 * The writer of a sheet file: CSV or a workbook.
 * @param format - `csv` or `xlsx`
 * @param sink - destination
 * @param header - column titles
 * @param kinds - each column's kind in a workbook (see {@link xlsxCellWriter})
 */
export function sheetWriter(
  format: 'csv' | 'xlsx',
  sink: Sink,
  header: readonly string[],
  kinds: readonly ColumnKind[] = [],
): CellWriter {
  return format === 'xlsx' ? xlsxCellWriter(sink, header, kinds) : csvWriter(sink, header);
}

// Rows held before a table is printed: a small result is aligned as one table; a large one in blocks of this size.
const TABLE_BLOCK = 10_000;

/**
 * An aligned text table (CJK-aware widths). Rows are buffered and printed as one table, or in blocks of 10,000
 * rows (each with its header) for a large input. Columns listed in `optional` are left out of a block in which
 * they are empty (e.g. "errors" when every row is fine).
 * @param sink - destination
 * @param header - column titles
 * @param right - indexes of right-aligned columns
 * @param optional - indexes of columns shown only when some row of the block fills them
 */
export function tableWriter(
  sink: Sink,
  header: readonly string[],
  right: readonly number[],
  optional: readonly number[] = [],
): CellWriter {
  let buffer: (readonly string[])[] = [];
  const flush = async () => {
    const block = buffer;
    buffer = [];
    const drop = new Set(optional.filter((i) => block.every((r) => (r[i] ?? '') === '')));
    const keep = header.map((_, i) => i).filter((i) => !drop.has(i));
    const pick = (r: readonly string[]) => keep.map((i) => r[i] ?? '');
    await sink.write(
      renderTable(
        pick(header),
        block.map(pick),
        keep.flatMap((i, k) => (right.includes(i) ? [k] : [])),
      ),
    );
  };
  return {
    async rows(rows) {
      for (const r of rows) buffer.push(r);
      while (buffer.length >= TABLE_BLOCK) {
        const rest = buffer.slice(TABLE_BLOCK);
        buffer = buffer.slice(0, TABLE_BLOCK);
        await flush();
        buffer = rest;
      }
    },
    async end() {
      if (buffer.length > 0) await flush();
    },
  };
}

/** Writes a JSON object whose one array member is streamed item by item. */
export interface JsonWriter {
  /** Writes a chunk of items of the streamed array. */
  items(values: readonly unknown[]): Promise<void>;
  /** Closes the array and writes the members that follow it. */
  end(after: Readonly<Record<string, unknown>>): Promise<void>;
}

/**
 * `{ ...before, [key]: [items…], ...after }`, the items streamed, two-space indented at the top level.
 * @param sink - destination
 * @param key - name of the streamed array
 * @param before - members written before the array
 */
export function jsonWriter(sink: Sink, key: string, before: Readonly<Record<string, unknown>> = {}): JsonWriter {
  let count = 0;
  let head = '{\n';
  for (const [k, v] of Object.entries(before)) head += `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  head += `  ${JSON.stringify(key)}: [`;
  let started = false;
  return {
    async items(values) {
      let text = started ? '' : head;
      started = true;
      for (const v of values) text += `${count++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(v)}`;
      await sink.write(text);
    },
    async end(after) {
      let text = started ? '' : head;
      text += count === 0 ? ']' : '\n  ]';
      for (const [k, v] of Object.entries(after)) text += `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
      await sink.write(text + '\n}\n');
    },
  };
}
