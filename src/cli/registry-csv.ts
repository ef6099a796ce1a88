/**
 * Coverage registries from spreadsheets: one CSV per collection (`organizations.csv`, `stations.csv`, …, named by the
 * file or by `--collection`), headers are the field names of the library's record schema. Cells are typed from that
 * schema (whole numbers, 是/否 booleans, `;`-separated lists); whether a value is allowed stays the library's call.
 * @module
 */
import { normalize } from 'node:path';
import { ErrorCode, issue, type PolicyIssue } from '../core/index.js';
import {
  associationEventSchema,
  checklistItemSchema,
  checklistResultSchema,
  communityWorkerSchema,
  organizationRecordSchema,
  partyOrganizationRecordSchema,
  stationSchema,
  trainingRecordSchema,
  volunteerTeamRecordSchema,
} from '../coverage/index.js';
import { normaliseHeader } from './columns.js';
import type { MultilineOptions } from './args.js';
import { parseSheet, type SheetCounts } from './sheet.js';
import { normaliseDate } from './roster.js';

/** What the CLI needs to know of a schema: its fields and their JSON type. */
type FieldKind = 'string' | 'number' | 'boolean' | 'array' | 'other';

/** A zod/mini object schema, read only for its field list. */
interface ShapeOwner {
  readonly _zod: { readonly def: { readonly shape: Readonly<Record<string, { readonly _zod: { readonly def: ZodDef } }>> } };
}
interface ZodDef {
  readonly type: string;
  readonly innerType?: { readonly _zod: { readonly def: ZodDef } };
}

const SCHEMAS: Readonly<Record<string, ShapeOwner>> = {
  organizations: organizationRecordSchema as unknown as ShapeOwner,
  partyOrganizations: partyOrganizationRecordSchema as unknown as ShapeOwner,
  volunteerTeams: volunteerTeamRecordSchema as unknown as ShapeOwner,
  stations: stationSchema as unknown as ShapeOwner,
  checklistItems: checklistItemSchema as unknown as ShapeOwner,
  checklistResults: checklistResultSchema as unknown as ShapeOwner,
  associationEvents: associationEventSchema as unknown as ShapeOwner,
  trainingRecords: trainingRecordSchema as unknown as ShapeOwner,
  communityWorkers: communityWorkerSchema as unknown as ShapeOwner,
};

/** The registry collections a CSV can hold. */
export const COLLECTIONS: readonly string[] = Object.keys(SCHEMAS);

/**
 * Field name → JSON kind of a collection's records, read from the library's schema (so the two cannot drift).
 * @param collection - e.g. `organizations`
 */
export function fieldKinds(collection: string): Readonly<Record<string, FieldKind>> {
  const schema = SCHEMAS[collection];
  if (schema === undefined) return {};
  const out: Record<string, FieldKind> = {};
  for (const [field, s] of Object.entries(schema._zod.def.shape)) {
    let def = s._zod.def;
    while ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) def = def.innerType._zod.def;
    out[field] = def.type === 'number' || def.type === 'int' ? 'number' : def.type === 'boolean' ? 'boolean' : def.type === 'array' ? 'array' : def.type === 'string' || def.type === 'enum' ? 'string' : 'other';
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
      return text.split(/[;；,，、]/).map((x) => x.trim()).filter((x) => x !== '');
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
  const kinds = fieldKinds(collection);
  const byNorm = new Map(Object.keys(kinds).map((f) => [normaliseHeader(f), f]));
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
      // A field's column given twice (the same header written twice) must agree, or the row is not read.
      const before = given.get(f);
      if (before !== undefined) {
        if (before !== t) clash ??= issue(ErrorCode.Inconsistent, [], `重复的列「${f}」两处不一致：「${before}」和「${t}」`, `the duplicate columns "${f}" disagree: "${before}" and "${t}"`);
        return;
      }
      given.set(f, t);
      rec[f] = typedCell(t, kinds[f]!);
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
 * Rewrites a library issue about `organizations[12].employees` as a sheet location, when the collection came from a CSV.
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
