/**
 * Reading a sheet (CSV) as a stream of row chunks: bytes → incremental decoding → incremental CSV parsing → chunks of
 * at most `chunkSize` rows, each with the row number the spreadsheet shows (the header is row 1; a quoted cell
 * with a line break does not add a row, as in Excel). Blank rows are skipped but counted.
 * @module
 */
import { CsvReader, isBlankRow } from './csv.js';
import { StreamDecoder, type InputEncoding } from './encoding.js';

/** One data row of a sheet. */
export interface SheetRow {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  /** The cells. */
  readonly cells: readonly string[];
}

/** A chunk of rows; the first chunk also carries the header. */
export interface SheetChunk {
  /** The header row (the first non-blank row). */
  readonly header: readonly string[];
  /** Data rows of this chunk. */
  readonly rows: readonly SheetRow[];
}

/**
 * Streams a CSV file as chunks of rows.
 * @param source - the file's bytes, chunk by chunk
 * @param encoding - forced encoding or `auto`
 * @param chunkSize - rows per chunk
 * @param onEncoding - told which encoding was used, once known
 */
export async function* readSheet(
  source: AsyncIterable<Uint8Array>,
  encoding: InputEncoding,
  chunkSize: number,
  onEncoding?: (enc: 'utf8' | 'gb18030') => void,
): AsyncGenerator<SheetChunk> {
  const decoder = new StreamDecoder(encoding);
  const csv = new CsvReader();
  let header: readonly string[] | undefined;
  let rowNumber = 0;
  let pending: SheetRow[] = [];
  let told = false;
  const take = (records: string[][]) => {
    for (const cells of records) {
      rowNumber++;
      if (isBlankRow(cells)) continue;
      if (header === undefined) header = cells;
      else pending.push({ row: rowNumber, cells });
    }
  };
  for await (const bytes of source) {
    const text = decoder.write(bytes);
    if (!told && decoder.chosen !== undefined) {
      told = true;
      onEncoding?.(decoder.chosen);
    }
    take(csv.push(text));
    while (pending.length >= chunkSize) {
      const rows = pending.slice(0, chunkSize);
      pending = pending.slice(chunkSize);
      yield { header: header!, rows };
    }
  }
  take(csv.push(decoder.end()));
  take(csv.end());
  if (!told) onEncoding?.(decoder.chosen ?? 'utf8');
  if (header === undefined) return;
  for (let i = 0; i < pending.length || i === 0; i += chunkSize) yield { header, rows: pending.slice(i, i + chunkSize) };
}
