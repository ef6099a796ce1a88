/**
 * Coverage registries from sheets, for the CLI: each CSV or workbook sheet one collection, named by the file or sheet
 * (`socialWorkStations.csv`, `社工站.csv`, a sheet named 组织) or by `--collection`. The reading is /sheets'
 * (`readCollectionSheet`); this adds files, counts and locations.
 * @module
 */
import type { PolicyIssue } from '../core/index.js';
import { coverageCollections } from '../coverage/index.js';
import { COLLECTION_NAMES, collectionOfName, readCollectionSheet, type CollectionSheet } from '../sheets/registry.js';
import type { SheetCounts, TextSheet } from './sheet.js';
import { sheetReaderError, sheetRowIssues } from './sheet-errors.js';
import { gridOf } from './sheet-grid.js';

/** The registry collections a sheet can hold. */
export const COLLECTIONS: readonly string[] = coverageCollections().map((c) => c.name);

/** Every collection with its Chinese name, for messages and help (`socialWorkStations（社工站）`). */
export const COLLECTION_LIST: readonly string[] = COLLECTIONS.map((c) => `${c}（${COLLECTION_NAMES[c]?.[0] ?? c}）`);

/** A collection read from a sheet, with what is needed to point errors back to it. */
export interface CsvCollection {
  /** Collection name. */
  readonly collection: string;
  /** The records. */
  readonly records: Record<string, unknown>[];
  /** Spreadsheet row number of each record. */
  readonly rows: number[];
  /** Headers not recognised (ignored). */
  readonly unknown: readonly string[];
  /** The file (and sheet, for a workbook). */
  readonly file: string;
  /** Rows not passed on (cut short, cells beyond the header, cells that cannot be read), with their issues worded. */
  readonly problems: { readonly row: number; readonly issues: readonly PolicyIssue[] }[];
  /** What was read: rows = records + problem rows + blank rows + totals rows. */
  readonly counts: Readonly<SheetCounts>;
  /** The /sheets read, to word the engine's issues. */
  readonly sheet: CollectionSheet;
}

/**
 * The collection a file or sheet holds, from its name.
 * @param file - file name or sheet name
 */
export function collectionOfFile(file: string): string | undefined {
  return collectionOfName(file);
}

/**
 * Reads one collection from a sheet already read as text.
 * @param text - the sheet
 * @param collection - the collection it holds
 * @param file - its name (file, or file and sheet), for messages
 */
export function readCollection(text: TextSheet, collection: string, file: string): CsvCollection {
  const sheet = sheetReaderError(file, () => readCollectionSheet(gridOf(text), collection), text);
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const problems: CsvCollection['problems'] = [];
  const byRow = new Map(text.rows.map((r) => [r.row, r]));
  for (const read of sheet.rows) {
    const rowIssues = sheetRowIssues(read.row, read.id, byRow.get(read.row)?.issues, read.issues);
    if (rowIssues.length > 0) {
      problems.push({ row: read.row, issues: rowIssues });
      continue;
    }
    records.push(read.value);
    rows.push(read.row);
  }
  return {
    collection: sheet.collection,
    records,
    rows,
    unknown: sheet.map.unknown,
    file,
    problems,
    counts: text.counts,
    sheet,
  };
}

/**
 * Words an engine issue about `organizations[12].employeeCount` with the sheet's row, column and value, when the
 * collection came from a sheet.
 * @param issue - the engine's issue
 * @param sources - the collections read from sheets
 * @returns the reworded issue, or `undefined` when the issue is not about a sheet record
 */
export function sheetIssue(
  issue: PolicyIssue,
  sources: ReadonlyMap<string, CsvCollection>,
): { file: string; issue: PolicyIssue } | undefined {
  const [collection, index] = issue.path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const src = sources.get(collection);
  const row = src?.rows[index];
  if (src === undefined || row === undefined) return undefined;
  const read = src.sheet.rows.find((r) => r.value === src.records[index]);
  if (read === undefined) return undefined;
  return { file: src.file, issue: src.sheet.reader.locate(issue, read, 2) };
}
