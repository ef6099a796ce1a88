/**
 * Delimited text (CSV, Excel's "Unicode 文本") from bytes: the encoding detected (UTF-8 with or without BOM,
 * GBK/GB18030, UTF-16 LE/BE by its BOM) and the delimiter sniffed (comma, tab, semicolon).
 * @module
 */
import { PolicyError } from '../core/errors.js';
import { objectArg } from '../core/args.js';
import { CsvError, parseCsv, sniffDelimiter } from './csv.js';
import { BinaryInputError, EncodingError, decodeAll, type InputEncoding } from './encoding.js';
import { sheetsMessages as M } from './messages.js';

/**
 * Reads a delimited text file whole into rows of cells.
 * @param bytes - the file's bytes
 * @param options - `encoding` (default `auto`), `delimiter` (default sniffed from the first line)
 * @returns the rows, the encoding and the delimiter used
 * @category Sheets
 * @example
 * ```ts
 * readDelimited(new TextEncoder().encode('姓名;岗位\n张三;主任\n')).rows; // [['姓名', '岗位'], ['张三', '主任']]
 * ```
 */
export function readDelimited(
  bytes: Uint8Array,
  options: { readonly encoding?: InputEncoding; readonly delimiter?: ',' | '\t' | ';' } = {},
): { rows: string[][]; encoding: string; delimiter: string } {
  if (!(bytes instanceof Uint8Array)) throw new PolicyError([M.issue('sheet_rows_type', [], { got: typeof bytes })]);
  // null or a list for the options was read as an object (a TypeError on null).
  objectArg(options, 'options');
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeAll(bytes, options.encoding ?? 'auto');
  } catch (e) {
    if (e instanceof BinaryInputError) throw new PolicyError([M.issue('sheet_not_text', [], { kind: e.kind })]);
    if (e instanceof EncodingError) throw new PolicyError([M.issue('sheet_not_text', [], { kind: e.encoding })]);
    throw e;
  }
  const delimiter = options.delimiter ?? sniffDelimiter(decoded.text.slice(0, 65536));
  try {
    return { rows: parseCsv(decoded.text, delimiter), encoding: decoded.encoding, delimiter };
  } catch (e) {
    if (e instanceof CsvError)
      throw new PolicyError([M.issue('sheet_unclosed_quote', [], { row: e.at.record, lines: e.at.lines })]);
    throw e;
  }
}
