/**
 * Coverage registries from spreadsheets: one CSV per collection (`organizations.csv`, `socialWorkStations.csv`, …,
 * named by the file or by `--collection`). Headers are the field names of the collection's record or their Chinese
 * labels (`divisionCode` or `所在区划代码`); a field of a nested record is a dotted column (`certificate.obtained`, or
 * `社会工作者职业资格证书.取得证书日期`). Cells are typed from the record's field table (whole numbers, 是/否, `;`-separated
 * lists); whether a value is allowed stays the library's call.
 * @module
 */
import { normalize } from 'node:path';
import { ErrorCode, issue, type FieldDef, type PolicyIssue } from '../core/index.js';
import { coverageCollections, type AnyCollection } from '../coverage/index.js';
import { normaliseHeader } from './columns.js';
import type { MultilineOptions } from './args.js';
import { parseSheet, type SheetCounts } from './sheet.js';
import { normaliseDate } from './roster.js';

/** What the CLI needs to know of a field: its JSON type. */
type FieldKind = 'string' | 'number' | 'boolean' | 'array' | 'other';

/** The collections a CSV can hold, by name. */
function collectionsByName(): Map<string, AnyCollection> {
  return new Map(coverageCollections().map((c) => [c.name, c]));
}

/** The registry collections a CSV can hold. */
export const COLLECTIONS: readonly string[] = coverageCollections().map((c) => c.name);

function kindOf(def: FieldDef): FieldKind {
  switch (def.type.kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
    case 'yearMap':
      return 'other';
    default:
      return 'string';
  }
}

/** One column a collection's CSV may have: the path of the field (`['certificate', 'obtained']`) and its kind. */
interface ColumnField {
  readonly path: readonly string[];
  readonly kind: FieldKind;
}

/**
 * Column name (normalised) → field of a collection, from its record's field table (so the two cannot drift): field
 * names and Chinese labels, nested records one level down as dotted columns.
 * @param collection - e.g. `organizations`
 */
export function columnFields(collection: string): ReadonlyMap<string, ColumnField> {
  const c = collectionsByName().get(collection);
  const out = new Map<string, ColumnField>();
  if (c === undefined) return out;
  for (const [name, def] of Object.entries(c.record.fields)) {
    if (def.type.kind === 'object') {
      for (const [sub, sd] of Object.entries(def.type.record.fields)) {
        const f = { path: [name, sub], kind: kindOf(sd) };
        for (const h of [`${name}.${sub}`, `${def.label.zh}.${sd.label.zh}`, sd.label.zh]) if (!out.has(normaliseHeader(h))) out.set(normaliseHeader(h), f);
      }
      continue;
    }
    const f = { path: [name], kind: kindOf(def) };
    for (const h of [name, def.label.zh]) if (!out.has(normaliseHeader(h))) out.set(normaliseHeader(h), f);
  }
  return out;
}

/**
 * The collection a file holds, from its name: `organizations.csv`, `party-organizations.csv`, `party_organizations.csv`.
 * @param file - file name
 */
export function collectionOfFile(file: string): string | undefined {
  const base = normalize(file).split(/[\\/]/).pop() ?? '';
  const stem = normaliseHeader(base.replace(/\.csv$/i, ''));
  return COLLECTIONS.find((c) => c.toLowerCase() === stem);
}

const TRUE = new Set(['true', '是', 'yes', 'y', '1', '有', '√']);
const FALSE = new Set(['false', '否', 'no', 'n', '0', '无', '×']);

/**
 * Types a cell from its field's kind; a value that does not fit is passed as text for the library to refuse.
 * @param text - trimmed cell text
 * @param kind - the field's kind
 */
export function typedCell(text: string, kind: FieldKind): unknown {
  switch (kind) {
    case 'number':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'boolean': {
      const t = text.toLowerCase();
      return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
    }
    case 'array':
      return text.split(/[;；,，、]/).map((x) => normaliseDate(x.trim())).filter((x) => x !== '');
    default:
      return normaliseDate(text);
  }
}

/** A collection read from a CSV, with what is needed to point errors back to the sheet. */
export interface CsvCollection {
  /** Collection name. */
  readonly collection: string;
  /** The records. */
  readonly records: Record<string, unknown>[];
  /** Spreadsheet row number of each record. */
  readonly rows: number[];
  /** Headers not recognised (ignored). */
  readonly unknown: string[];
  /** The file. */
  readonly file: string;
  /** Rows not passed on because they are broken as rows (cut short, cells beyond the header). */
  readonly problems: { readonly row: number; readonly issues: readonly PolicyIssue[] }[];
  /** What was read: rows = records + problem rows + blank rows. */
  readonly counts: Readonly<SheetCounts>;
}

/**
 * Reads one CSV of a collection.
 * @param text - the decoded file
 * @param collection - the collection it holds
 * @param file - its name, for messages
 * @param multiline - the columns whose cells may hold line breaks, and the most lines a cell may take
 */
export function readCollectionCsv(text: string, collection: string, file: string, multiline: Partial<MultilineOptions> = {}): CsvCollection {
  const byNorm = columnFields(collection);
  const sheet = parseSheet(text, { file, ...multiline });
  const header = sheet.header;
  const fields = header.map((h) => byNorm.get(normaliseHeader(h)));
  const unknown = header.filter((h, i) => fields[i] === undefined && h.trim() !== '');
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const problems: CsvCollection['problems'] = [];
  for (const r of sheet.rows) {
    if (r.issues !== undefined) {
      problems.push({ row: r.row, issues: r.issues });
      continue;
    }
    const rec: Record<string, unknown> = {};
    const given = new Map<string, string>();
    let clash: PolicyIssue | undefined;
    fields.forEach((f, k) => {
      const t = (r.cells[k] ?? '').trim();
      if (f === undefined || t === '') return;
      const name = f.path.join('.');
      // A field's column given twice (the same header written twice) must agree, or the row is not read.
      const before = given.get(name);
      if (before !== undefined) {
        if (before !== t) clash ??= issue(ErrorCode.Inconsistent, [], `重复的列「${name}」两处不一致：「${before}」和「${t}」`, `the duplicate columns "${name}" disagree: "${before}" and "${t}"`);
        return;
      }
      given.set(name, t);
      if (f.path.length === 1) rec[name] = typedCell(t, f.kind);
      else {
        const outer = (rec[f.path[0]!] ??= {}) as Record<string, unknown>;
        outer[f.path[1]!] = typedCell(t, f.kind);
      }
    });
    if (clash !== undefined) {
      problems.push({ row: r.row, issues: [clash] });
      continue;
    }
    records.push(rec);
    rows.push(r.row);
  }
  return { collection, records, rows, unknown, file, problems, counts: sheet.counts };
}

/**
 * Rewrites a library issue about `organizations[12].employeeCount` as a sheet location, when the collection came from
 * a CSV.
 * @param issue - the library's issue
 * @param sources - the collections read from CSV files
 * @returns `{ file, row, column }` or `undefined` when the issue is not about a CSV record
 */
export function sheetLocation(issue: PolicyIssue, sources: ReadonlyMap<string, CsvCollection>): { file: string; row: number; column?: string } | undefined {
  const [collection, index, field] = issue.path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const src = sources.get(collection);
  const row = src?.rows[index];
  if (src === undefined || row === undefined) return undefined;
  return typeof field === 'string' ? { file: src.file, row, column: field } : { file: src.file, row };
}
