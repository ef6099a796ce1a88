/**
 * .xlsx in and out. The workbook code (a ZIP reader and writer on fflate, about 15 KB) is loaded by a dynamic
 * import the first time a workbook is read or written, so a host that never does pays nothing in its bundle.
 * @module
 */
import { arrayArg, countArg, functionArg, objectArg, stringArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { PolicyError, isPolicyError, typeName } from '../core/errors.js';
import type { DateCell } from './cells.js';
import { sheetsMessages as M } from './messages.js';

/** A cell of a workbook: text, a number, a boolean, a date cell, or nothing. @category Sheets */
export type XlsxCell = string | number | boolean | DateCell | null;

/** A row of a workbook: its row number and cells (column A first; missing cells are `null`). @category Sheets */
export interface XlsxRow {
  /** Row number as Excel shows it. */
  readonly row: number;
  /** The cells. */
  readonly cells: readonly XlsxCell[];
}

/**
 * A column of a workbook to write: its header and how its cells are written (`text`: as text, so codes and IDs keep
 * their digits; `money`: a number formatted `0.00`; `integer`: a number; `wrap`: text wrapped on several lines).
 * @category Sheets
 */
export interface XlsxColumn {
  /** Header text. */
  readonly header: string;
  /** How cells are written (default `text`). */
  readonly kind?: 'text' | 'money' | 'integer' | 'wrap';
  /** Width in characters (default: from the header). */
  readonly width?: number;
}

/** A worksheet read. @category Sheets */
export interface XlsxSheet {
  /** The sheet's name. */
  readonly name: string;
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly string[];
  /** True when the workbook counts dates from 1904. */
  readonly date1904: boolean;
  /** The rows, chunk by chunk (a 100,000-row sheet is never one string in memory). */
  readonly chunks: Iterable<readonly XlsxRow[]>;
}

type Impl = typeof import('./xlsx-impl.js');
let impl: Promise<Impl> | undefined;
const load = (): Promise<Impl> => (impl ??= import('./xlsx-impl.js'));

/**
 * True when the bytes are a ZIP file (an .xlsx is one): `PK\x03\x04`.
 * @param bytes - the start of a file
 * @category Sheets
 * @example
 * ```ts
 * isXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // true
 * ```
 */
export function isXlsx(bytes: Uint8Array): boolean {
  return (
    bytes instanceof Uint8Array && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * Opens a worksheet of an .xlsx: the first sheet, or the one named. Rows come in chunks of `chunkRows`; date cells
 * come as `{ serial, text }` (the workbook's 1900 or 1904 system applied), numbers as numbers, text as text.
 * @param bytes - the workbook file
 * @param options - `sheet`: the sheet's name (default the first); `chunkRows` (default 1,000)
 * @throws PolicyError `xlsx_not_workbook`, `xlsx_no_sheet` (naming the sheets it has) or `xlsx_empty`
 * @category Sheets
 * @example
 * ```ts
 * const sheet = await readXlsx(bytes, { sheet: '花名册' });
 * const rows = [...sheet.chunks].flat().map((r) => r.cells);
 * readRoster(rows, { date1904: sheet.date1904 });
 * ```
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: { readonly sheet?: string; readonly chunkRows?: number } = {},
): Promise<XlsxSheet> {
  if (!(bytes instanceof Uint8Array) || !isXlsx(bytes)) throw new PolicyError([M.issue('xlsx_not_workbook', [])]);
  objectArg(options, 'options');
  if (options.sheet !== undefined) stringArg(options.sheet, 'options.sheet', true);
  if (options.chunkRows !== undefined) countArg(options.chunkRows, 'options.chunkRows', 1);
  const { openXlsx } = await load();
  let book;
  try {
    book = openXlsx(bytes);
  } catch (e) {
    throw notWorkbook(e);
  }
  if (book.sheets.length === 0) throw new PolicyError([M.issue('xlsx_empty', [])]);
  const name = options.sheet ?? book.sheets[0]!;
  const wanted = book.sheets.includes(name) ? name : book.sheets.find((s) => s.trim() === String(name).trim());
  if (wanted === undefined)
    throw new PolicyError([M.issue('xlsx_no_sheet', ['sheet'], { name: String(name), sheets: book.sheets })]);
  const chunkRows = options.chunkRows ?? 1000;
  return {
    name: wanted,
    sheets: book.sheets,
    date1904: book.date1904,
    chunks: {
      [Symbol.iterator]: () => {
        let rows: Iterator<readonly XlsxRow[]>;
        try {
          rows = book.rows(wanted, chunkRows)[Symbol.iterator]();
        } catch (e) {
          throw notWorkbook(e);
        }
        // A damaged part (bad deflate data, broken XML) shows only when its rows are read.
        return {
          next: () => {
            try {
              return rows.next();
            } catch (e) {
              throw notWorkbook(e);
            }
          },
          [Symbol.iterator]() {
            return this;
          },
        };
      },
    },
  };
}

/** Writes a workbook row by row. @category Sheets */
export interface XlsxWriter {
  /** Adds rows, cells in the columns' order. */
  rows(rows: readonly (readonly XlsxCell[])[]): Promise<void>;
  /** Finishes the workbook. */
  end(): Promise<void>;
}

const COLUMN_KINDS: readonly NonNullable<XlsxColumn['kind']>[] = ['text', 'money', 'integer', 'wrap'];

/** Anything thrown while reading a workbook's parts (a format error, bad deflate data) means the file is damaged. */
function notWorkbook(e: unknown): unknown {
  return isPolicyError(e) ? e : new PolicyError([M.issue('xlsx_not_workbook', [])]);
}

/**
 * Starts writing a one-sheet .xlsx: a frozen bold header row, text columns as text (`@`: a 12-digit division code
 * or an 18-digit ID stays as written), money as numbers formatted `0.00`. Bytes go to `sink` as they are made, so
 * a 100,000-row result is never held whole.
 * @param sink - receives the file's bytes in order (wait in it to apply backpressure)
 * @param columns - the columns
 * @param sheetName - the sheet's name (default 结果)
 * @category Sheets
 * @example
 * ```ts
 * const parts: Uint8Array[] = [];
 * const w = await writeXlsx(async (b) => void parts.push(b), [{ header: '区划代码' }, { header: '月工资', kind: 'money' }]);
 * await w.rows([['320803000000', '4500.00']]);
 * await w.end();
 * ```
 */
export async function writeXlsx(
  sink: (bytes: Uint8Array) => Promise<void>,
  columns: readonly XlsxColumn[],
  sheetName = '结果',
): Promise<XlsxWriter> {
  functionArg(sink, 'sink');
  arrayArg(columns, 'columns');
  columns.forEach((c, i) => {
    objectArg(c, `columns[${i}]`);
    stringArg(c.header, `columns[${i}].header`, true);
    if (c.kind !== undefined && !COLUMN_KINDS.includes(c.kind))
      coreMessages.fail('unknown_enum_value', ['columns', i, 'kind'], {
        allowed: COLUMN_KINDS,
        received: typeName(c.kind),
      });
    if (c.width !== undefined && !(typeof c.width === 'number' && c.width > 0 && c.width <= 255))
      coreMessages.fail('out_of_range', ['columns', i, 'width'], { min: 1, max: 255 });
  });
  stringArg(sheetName, 'sheetName');
  const { XlsxStreamWriter } = await load();
  return new XlsxStreamWriter(sink, sheetName, columns);
}
