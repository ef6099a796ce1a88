/**
 * Any record with a field table, from a sheet: the columns are the record's field names or their Chinese and English
 * labels (a field of a nested record as a dotted column, `certificate.obtained`, or by its own label); cells are
 * typed from the field table (dates in every spreadsheet form, whole numbers, 是/否, `;`-separated lists). This is
 * the one reading layer every command shares: registry collections (coverage), slates (review), committees, and any
 * engine that defines its input as a record. Whether a value is allowed stays the engine's call.
 * @module
 */
import { aliasesArg, recordArg, recordOptionsArg } from './args.js';
import type { PolicyIssue } from '../core/errors.js';
import type { FieldDef, RecordDef } from '../core/record.js';
import { cellText, sheetBoolean, sheetDate, sheetNumber, type SheetCell } from './cells.js';
import { mapHeaders, normaliseHeader, type ColumnRef, type ColumnSpec, type HeaderMap } from './columns.js';
import { sheetsMessages as M, type CellAt } from './messages.js';
import { checkHeader, headerTexts, isBlank, rowsOf, type SheetRowsInput, type TitleRow } from './sheet-rows.js';

/** What a cell becomes, from its field's type. */
/** How a column's cells are read: as text, a date, a whole number, a number, yes/no, a list, a list of dates or JSON. */
export type CellKind = 'text' | 'date' | 'integer' | 'number' | 'boolean' | 'list' | 'dateList' | 'json';

function kindOf(def: FieldDef): CellKind {
  switch (def.type.kind) {
    case 'date':
      return 'date';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return def.type.of.type.kind === 'date' ? 'dateList' : 'list';
    case 'object':
    case 'yearMap':
    case 'map':
      return 'json';
    default:
      return 'text';
  }
}

/** A column of a record sheet: the field's path and how its cells are typed. @category Sheets */
export interface RecordColumn extends ColumnSpec {
  /** Path of the field in the record (`['certificate', 'obtained']`). */
  readonly path: readonly string[];
  /** How cells are typed. */
  readonly cell: CellKind;
}

/**
 * The columns a record can be read from: each field by its name and its Chinese and English labels; a nested
 * record's fields as dotted columns (`certificate.obtained`, `社会工作者职业资格证书.取得证书日期`) and by their own labels.
 * @param record - the record (e.g. a coverage collection's, or `candidateRecord`)
 * @param extra - more spellings per field name or dotted path (`{ divisionCode: ['区划代码'] }`)
 * @category Sheets
 * @example
 * ```ts
 * recordColumns(candidateRecord).find((c) => c.key === 'birthDate')?.zh; // '出生日期'
 * ```
 */
export function recordColumns<T>(
  record: RecordDef<T>,
  extra: Readonly<Record<string, readonly string[]>> = {},
): RecordColumn[] {
  recordArg(record, 'record');
  aliasesArg(extra, 'extra');
  const out: RecordColumn[] = [];
  const seen = new Set<string>();
  // Spellings given for a field win over the labels of other fields (a slate's 岗位 is the seat, not the person's post).
  const claimed = new Map<string, string>();
  for (const [key, names] of Object.entries(extra)) for (const n of names) claimed.set(normaliseHeader(n), key);
  const add = (key: string, path: string[], def: FieldDef, names: string[]) => {
    const aliases = [...names, ...(extra[key] ?? [])].filter((n) => {
      const owner = claimed.get(normaliseHeader(n));
      if (owner !== undefined && owner !== key) return false;
      const k = normaliseHeader(n);
      if (k === '' || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    seen.add(normaliseHeader(key));
    out.push({
      key,
      zh: def.label.zh,
      en: def.label.en,
      aliases,
      path,
      cell: kindOf(def),
      ...(def.required ? {} : {}),
    });
  };
  for (const [name, def] of Object.entries(record.fields)) {
    if (def.type.kind === 'object') {
      for (const [sub, sd] of Object.entries(def.type.record.fields))
        add(`${name}.${sub}`, [name, sub], sd, [`${def.label.zh}.${sd.label.zh}`, sd.label.zh, sd.label.en]);
      continue;
    }
    add(name, [name], def, [def.label.zh, def.label.en]);
  }
  return out;
}

/** One row of a record sheet read. @category Sheets */
export interface RecordRow {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  /** The record as the engine takes it (cells typed; whether values are allowed is the engine's call). */
  readonly value: Record<string, unknown>;
  /** The 编号 (`id`) cell, if any. */
  readonly id?: string;
  /** Problems of the row (a date, number or yes/no that cannot be read; duplicate columns that disagree). */
  readonly issues: readonly PolicyIssue[];
  /** The row's cells. */
  readonly cells: readonly SheetCell[];
}

/** Options of the record readers. @category Sheets */
export interface RecordSheetOptions {
  /** The workbook counts dates from 1904. */
  readonly date1904?: boolean;
  /** More header spellings per field (`{ divisionCode: ['区划代码'] }`). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Fields whose column must be present (`['role']`). */
  readonly required?: readonly string[];
}

/** Reads the rows of one record sheet whose header it was made from. @category Sheets */
export interface RecordReader {
  /** How the header maps to fields. */
  readonly map: HeaderMap;
  /** The columns known. */
  readonly columns: readonly RecordColumn[];
  /**
   * Reads one row.
   * @param cells - the row's cells
   * @param row - its row number
   */
  read(cells: readonly SheetCell[], row: number): RecordRow;
  /**
   * Words an engine's issue about a row (`['divisionCode']`, or a batch path `[12, 'divisionCode']` when `index` says
   * where the record path starts) with the row, the column as written and the value.
   * @param issue - the engine's issue
   * @param row - the row read
   * @param skip - leading path elements that are not the record's (`1` for `[12, 'field']`)
   */
  locate(issue: PolicyIssue, row: RecordRow, skip?: number): PolicyIssue;
}

const SPLIT = /[;；,，、\n]/;

/**
 * Makes a reader for the rows of a record sheet with this header.
 * @param header - the header row's cells
 * @param record - the record the rows are (its field table gives columns and cell types)
 * @param options - date system, more header spellings, required columns
 * @throws PolicyError `sheet_missing_columns` or `sheet_conflicting_columns`
 * @category Sheets
 * @example
 * ```ts
 * const r = recordReader(['编号', '所在镇街区划代码', '建成日期', '持证社工数'], coverageCollections().find((c) => c.name === 'socialWorkStations')!.record);
 * r.read(['S1', 320803001000, '2023年5月1日', '3'], 2).value;
 * // { id: 'S1', divisionCode: '320803001000', establishedOn: '2023-05-01', certifiedStaffCount: 3 }
 * ```
 */
export function recordReader<T>(
  header: readonly SheetCell[],
  record: RecordDef<T>,
  options: RecordSheetOptions = {},
): RecordReader {
  recordArg(record, 'record');
  recordOptionsArg(options);
  const known = recordColumns(record, options.aliases);
  const required = new Set(options.required ?? []);
  const specs = known.map((c) => (required.has(c.key) ? { ...c, required: true } : c));
  const texts = headerTexts(header);
  const map = mapHeaders(texts, specs);
  checkHeader(map, texts, specs);
  const byKey = new Map(known.map((c) => [c.key, c]));
  const date1904 = options.date1904 === true;
  const idCol = map.columns.findIndex((c) => c?.key === 'id');
  const read = (cells: readonly SheetCell[], row: number): RecordRow => {
    const id = idCol >= 0 ? cellText(cells[idCol]) : undefined;
    const at = (col: ColumnRef): CellAt =>
      id === undefined || id === '' ? { row, column: col.header } : { row, column: col.header, id };
    const value: Record<string, unknown> = {};
    const issues: PolicyIssue[] = [];
    const given = new Map<string, string>();
    map.columns.forEach((col, i) => {
      if (col === undefined) return;
      const cell = cells[i];
      const text = cellText(cell);
      if (text === '') return;
      const spec = byKey.get(col.key)!;
      const before = given.get(col.key);
      if (before !== undefined) {
        if (before !== text)
          issues.push(M.issue('sheet_duplicate_column', spec.path, { ...at(col), first: before, second: text }));
        return;
      }
      given.set(col.key, text);
      let v: unknown = text;
      switch (spec.cell) {
        case 'date': {
          const d = sheetDate(typeof cell === 'string' ? text : cell, date1904);
          if (!d.ok) {
            issues.push(
              M.issue('sheet_invalid_date', spec.path, {
                ...at(col),
                value: text,
                ...(d.reason === 'invalid' ? {} : { reason: d.reason }),
              }),
            );
            return;
          }
          v = d.date;
          break;
        }
        case 'integer':
        case 'number': {
          const n = sheetNumber(typeof cell === 'number' ? cell : text);
          if (n === undefined || (spec.cell === 'integer' && !Number.isInteger(n))) {
            issues.push(M.issue('sheet_invalid_integer', spec.path, { ...at(col), value: text }));
            return;
          }
          v = n;
          break;
        }
        case 'boolean': {
          const b = sheetBoolean(cell);
          if (b === undefined) {
            issues.push(M.issue('sheet_invalid_boolean', spec.path, { ...at(col), value: text }));
            return;
          }
          v = b;
          break;
        }
        case 'list':
        case 'dateList': {
          const items = text
            .split(SPLIT)
            .map((x) => x.trim())
            .filter((x) => x !== '' && x !== '无');
          if (spec.cell === 'dateList') {
            const dates: string[] = [];
            for (const x of items) {
              const d = sheetDate(x, date1904);
              if (!d.ok) {
                issues.push(
                  M.issue('sheet_invalid_date', spec.path, {
                    ...at(col),
                    value: x,
                    ...(d.reason === 'invalid' ? {} : { reason: d.reason }),
                  }),
                );
                return;
              }
              dates.push(d.date);
            }
            v = dates;
          } else v = items;
          break;
        }
        case 'json':
          try {
            v = JSON.parse(text) as unknown;
          } catch {
            v = text;
          }
          break;
      }
      if (spec.path.length === 1) value[spec.path[0]!] = v;
      else ((value[spec.path[0]!] ??= {}) as Record<string, unknown>)[spec.path[1]!] = v;
    });
    return id === undefined || id === '' ? { row, value, issues, cells } : { row, value, id, issues, cells };
  };
  const locate = (issue: PolicyIssue, r: RecordRow, skip = 0): PolicyIssue => {
    const path = issue.path.slice(skip).filter((p): p is string => typeof p === 'string');
    const dotted = path.slice(0, 2).join('.');
    const spec = byKey.get(dotted) ?? byKey.get(path[0] ?? '');
    const index = spec === undefined ? -1 : map.columns.findIndex((c) => c?.key === spec.key);
    const idPart = r.id === undefined ? {} : { id: r.id };
    if (spec === undefined) {
      return {
        code: issue.code,
        path: issue.path,
        zh: M.text('sheet_row', { row: r.row, ...idPart, reason: issue.zh }).zh,
        en: M.text('sheet_row', { row: r.row, ...idPart, reason: issue.en }).en,
        params: { row: r.row },
      };
    }
    const column = index >= 0 ? map.columns[index]!.header : spec.zh;
    const value = index >= 0 ? cellText(r.cells[index]) : '';
    const p = {
      row: r.row,
      column,
      ...idPart,
      ...(index < 0 ? { absent: true } : {}),
      ...(value === '' ? {} : { value }),
    };
    return {
      code: issue.code,
      path: issue.path,
      zh: M.text('sheet_field', { ...p, reason: issue.zh }).zh,
      en: M.text('sheet_field', { ...p, reason: issue.en }).en,
      params: { row: r.row, column, ...(value === '' ? {} : { value }) },
    };
  };
  return { map, columns: known, read, locate };
}

/** A whole record sheet read. @category Sheets */
export interface RecordSheet {
  /** How the header maps to fields. */
  readonly map: HeaderMap;
  /** The reader (to word engine issues with {@link RecordReader.locate}). */
  readonly reader: RecordReader;
  /** Data rows, in order, blank rows left out. */
  readonly rows: readonly RecordRow[];
  /** Blank rows skipped. */
  readonly blank: number;
  /** Title rows above the header (a title merged across the columns), not read. */
  readonly titles: readonly TitleRow[];
  /** Totals rows (合计, 小计, Total … as their first filled cell), skipped: not read, never reported as errors. */
  readonly totals: readonly TitleRow[];
}

/**
 * Reads a whole record sheet: the first row with two or more filled cells is the header (title rows above it, with one
 * filled cell, are listed in `titles`); totals rows below it (合计, 小计, Total … as their first filled cell) are
 * listed in `totals` and not read.
 * @param rows - the sheet's rows
 * @param record - the record each row is
 * @param options - date system, spellings, required columns, and the row number of `rows[0]`
 * @category Sheets
 * @example
 * ```ts
 * readRecordSheet([['编号', '名称', '建成日期'], ['S1', '清江浦区社工站', '2023/5/1']], socialWorkStationRecord).rows[0].value;
 * // { id: 'S1', name: '清江浦区社工站', establishedOn: '2023-05-01' }
 * readRecordSheet([['编号', '名称'], ['S1', '清江浦区社工站'], ['小计', '1']], socialWorkStationRecord).totals;
 * // [{ row: 3, text: '小计' }]
 * ```
 */
export function readRecordSheet<T>(
  rows: SheetRowsInput,
  record: RecordDef<T>,
  options: RecordSheetOptions & { readonly firstRow?: number } = {},
): RecordSheet {
  recordArg(record, 'record');
  recordOptionsArg(options);
  const { header, titles, totals, body } = rowsOf(rows, options.firstRow);
  const reader = recordReader(header, record, options);
  const out: RecordRow[] = [];
  let blank = 0;
  for (const [cells, row] of body) {
    if (isBlank(cells)) blank++;
    else out.push(reader.read(cells, row));
  }
  return { map: reader.map, reader, rows: out, blank, titles, totals };
}
