/**
 * Column headers of an input sheet, in Chinese or English, mapped to the field names of an engine's input.
 * Headers are compared after NFKC (full-width → half-width), lower-casing and removing spaces, `_`, `-` and
 * brackets, so `Service Start`, `service_start` and `参加社区工作时间（日期）` all match.
 * @module
 */
import { stringArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { typeName } from '../core/errors.js';
import { columnSpecsArg, stringListArg } from './args.js';

/**
 * One column a reader knows: the field, its Chinese and English headers, and other accepted spellings.
 * @category Sheets
 */
export interface ColumnSpec {
  /** Field name in the library's input. */
  readonly key: string;
  /** Header written in Chinese output. */
  readonly zh: string;
  /** Header written in English output. */
  readonly en: string;
  /** Other spellings accepted on input. */
  readonly aliases?: readonly string[];
  /** True when a sheet without this column is refused. */
  readonly required?: boolean;
  /**
   * For a field kept per year (`2023年考核`, `2025年度年检结果`): patterns of the normalised header whose first group is
   * the year.
   */
  readonly years?: readonly RegExp[];
}

/** A column of a sheet resolved against a {@link ColumnSpec} list. @category Sheets */
export interface ColumnRef {
  /** The spec's key, or `assessments` for a per-year column. */
  readonly key: string;
  /** For a per-year assessment column (`2023年考核`, `assessment 2023`): the year. */
  readonly year?: string;
  /** The header as written in the file. */
  readonly header: string;
}

/** How the header row of a sheet maps to fields. @category Sheets */
export interface HeaderMap {
  /** One entry per column of the sheet; `undefined` for a column the CLI does not use. */
  readonly columns: readonly (ColumnRef | undefined)[];
  /** Headers not recognised (ignored). */
  readonly unknown: readonly string[];
  /** Required columns that are missing. */
  readonly missing: readonly ColumnSpec[];
  /**
   * Headers written the same way as an earlier column's (after normalisation): both columns are read, and a row in
   * which their cells differ is an error of that row.
   */
  readonly duplicates: readonly string[];
  /**
   * Fields named by two differently written headers (`岗位` and `post`): which one is meant cannot be told, so the
   * sheet is refused. Column indexes are 0-based.
   */
  readonly conflicts: readonly {
    readonly key: string;
    readonly columns: readonly { readonly index: number; readonly header: string }[];
  }[];
}

/**
 * Normalises a header for comparison: NFKC (full-width → half-width), lower case, without spaces, `_`, `-`, brackets,
 * colons or asterisks (a required-column mark).
 * @param header - as written in the file
 * @category Sheets
 * @example
 * ```ts
 * normaliseHeader('参加社区工作时间（日期）*'); // '参加社区工作时间日期'
 * normaliseHeader('Service_Start'); // 'servicestart'
 * ```
 */
export function normaliseHeader(header: string): string {
  stringArg(header, 'header', true);
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】:：*]/g, '');
}

/**
 * Words clerks write either way in a header, folded to one (`建成时间` = `建成日期`, `持证社工人数` = `持证社工数`,
 * `所在镇（街道）` = `所在镇街`): a header that names no column as written is compared in this loose form.
 */
const LOOSE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/时间/g, '日期'],
  [/人数|数量/g, '数'],
  [/街道/g, '街'],
];

/** A normalised header in its loose form (see {@link LOOSE_WORDS}). */
function looseHeader(norm: string): string {
  let out = norm;
  for (const [re, to] of LOOSE_WORDS) out = out.replace(re, to);
  return out;
}

/**
 * Maps a header row to fields.
 * @param headers - the first row of the sheet
 * @param specs - the columns the reader knows
 * @category Sheets
 * @example
 * ```ts
 * mapHeaders(['姓名', 'Post', '2023年考核'], ROSTER_COLUMNS).columns;
 * // [{ key: 'name', header: '姓名' }, { key: 'post', header: 'Post' }, { key: 'assessments', year: '2023', header: '2023年考核' }]
 * ```
 */
export function mapHeaders(headers: readonly string[], specs: readonly ColumnSpec[]): HeaderMap {
  stringListArg(headers, 'headers');
  columnSpecsArg(specs, 'specs');
  const table = new Map<string, string>();
  for (const s of specs)
    for (const name of [s.key, s.zh, s.en, ...(s.aliases ?? [])]) table.set(normaliseHeader(name), s.key);
  // The second chance: headers compared in their loose form; a loose form two fields share names neither.
  const loose = new Map<string, string | null>();
  for (const [norm, key] of table) {
    const l = looseHeader(norm);
    const before = loose.get(l);
    loose.set(l, before === undefined || before === key ? key : null);
  }
  const seen = new Map<string, number>();
  const columns: (ColumnRef | undefined)[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const conflicts = new Map<string, { index: number; header: string }[]>();
  for (const header of headers) {
    const norm = normaliseHeader(header);
    let ref: ColumnRef | undefined;
    const key = table.get(norm) ?? loose.get(looseHeader(norm)) ?? undefined;
    if (key !== undefined) ref = { key, header };
    else
      for (const s of specs)
        for (const re of s.years ?? []) {
          const m = re.exec(norm);
          if (m && ref === undefined) ref = { key: s.key, year: m[1]!, header };
        }
    if (ref === undefined) {
      if (norm !== '') unknown.push(header);
      columns.push(undefined);
      continue;
    }
    const id = ref.year === undefined ? ref.key : `${ref.key}:${ref.year}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const firstHeader = columns[first]!.header;
      if (normaliseHeader(firstHeader) === norm) duplicates.push(header);
      else {
        const list = conflicts.get(id) ?? [{ index: first, header: firstHeader }];
        list.push({ index: columns.length, header });
        conflicts.set(id, list);
      }
    } else seen.set(id, columns.length);
    columns.push(ref);
  }
  const missing = specs.filter((s) => s.required === true && !seen.has(s.key));
  return {
    columns,
    unknown,
    missing,
    duplicates,
    conflicts: [...conflicts].map(([key, cols]) => ({ key, columns: cols })),
  };
}

/**
 * The header of a field in the language of the output.
 * @category Sheets
 * @example
 * ```ts
 * headerFor(ROSTER_COLUMNS, 'post', 'zh'); // '岗位'
 * ```
 * @param specs - the reader's columns
 * @param key - field name
 * @param lang - output language
 */
export function headerFor(specs: readonly ColumnSpec[], key: string, lang: 'zh' | 'en'): string {
  columnSpecsArg(specs, 'specs');
  stringArg(key, 'key', true);
  if (lang !== 'zh' && lang !== 'en')
    coreMessages.fail('unknown_enum_value', ['lang'], { allowed: ['zh', 'en'], received: typeName(lang) });
  const s = specs.find((c) => c.key === key);
  return s === undefined ? key : lang === 'zh' ? s.zh : s.en;
}
