/**
 * Column headers of an input sheet, in Chinese or English, mapped to the field names of the library's input.
 * Headers are compared after NFKC (full-width → half-width), lower-casing and removing spaces, `_`, `-` and
 * brackets, so `Service Start`, `service_start` and `参加社区工作时间（日期）` all match.
 * @module
 */

/** One column the CLI knows: the library field, its Chinese and English headers, and other accepted spellings. */
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
}

/** Columns of a roster of community workers (input of `huaian-sw salary`). */
export const ROSTER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', zh: '编号', en: 'id', aliases: ['工号', '人员编号', 'no', 'number'] },
  { key: 'name', zh: '姓名', en: 'name', aliases: ['名字'] },
  // Shown in the output only; the pay rules do not depend on where a worker works.
  { key: 'unit', zh: '所在村（社区）', en: 'unit', aliases: ['所在社区', '社区', '村居', '村（社区）', '单位', '所在单位'] },
  { key: 'post', zh: '岗位', en: 'post', aliases: ['岗位类别', '岗位类型', '岗位等级类别'], required: true },
  { key: 'education', zh: '学历', en: 'education', aliases: ['最高学历', '文化程度'], required: true },
  { key: 'educationObtained', zh: '取得学历日期', en: 'educationObtained', aliases: ['取得最高学历日期', '学历取得日期', '毕业日期', '毕业时间'] },
  {
    key: 'serviceStart',
    zh: '参加社区工作时间',
    en: 'serviceStart',
    aliases: ['社区工作起始时间', '社区工作开始时间', '参加社区工作日期', '社区工作起始日期'],
    required: true,
  },
  { key: 'certificate', zh: '证书等级', en: 'certificate', aliases: ['证书', '社工证', '职业资格', '职业资格证书', '证书级别', 'certificatelevel'] },
  { key: 'certificateObtained', zh: '取证日期', en: 'certificateObtained', aliases: ['取证时间', '证书取得日期', '发证日期', 'certificatedate'] },
  { key: 'assessments', zh: '考核', en: 'assessments', aliases: ['年度考核', '考核结果', '历年考核'] },
];

/** A column of a sheet resolved against a {@link ColumnSpec} list. */
export interface ColumnRef {
  /** The spec's key, or `assessments` for a per-year column. */
  readonly key: string;
  /** For a per-year assessment column (`2023年考核`, `assessment 2023`): the year. */
  readonly year?: string;
  /** The header as written in the file. */
  readonly header: string;
}

/** How the header row of a sheet maps to fields. */
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
  readonly conflicts: readonly { readonly key: string; readonly columns: readonly { readonly index: number; readonly header: string }[] }[];
}

/**
 * Normalises a header for comparison.
 * @param header - as written in the file
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】:：*]/g, '');
}

const YEAR_COLUMN = [/^(\d{4})年?度?考核(?:结果|等次)?$/, /^assessments?(\d{4})$/, /^(\d{4})assessments?$/];

/**
 * Maps a header row to fields.
 * @param headers - the first row of the sheet
 * @param specs - the columns the command knows
 * @example
 * ```ts
 * mapHeaders(['姓名', 'Post', '2023年考核'], ROSTER_COLUMNS).columns;
 * // [{ key: 'name', header: '姓名' }, { key: 'post', header: 'Post' }, { key: 'assessments', year: '2023', header: '2023年考核' }]
 * ```
 */
export function mapHeaders(headers: readonly string[], specs: readonly ColumnSpec[]): HeaderMap {
  const table = new Map<string, string>();
  for (const s of specs) for (const name of [s.key, s.zh, s.en, ...(s.aliases ?? [])]) table.set(normaliseHeader(name), s.key);
  const seen = new Map<string, number>();
  const columns: (ColumnRef | undefined)[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const conflicts = new Map<string, { index: number; header: string }[]>();
  for (const header of headers) {
    const norm = normaliseHeader(header);
    let ref: ColumnRef | undefined;
    const key = table.get(norm);
    if (key !== undefined) ref = { key, header };
    else if (specs.some((s) => s.key === 'assessments')) {
      for (const re of YEAR_COLUMN) {
        const m = re.exec(norm);
        if (m) {
          ref = { key: 'assessments', year: m[1]!, header };
          break;
        }
      }
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
  return { columns, unknown, missing, duplicates, conflicts: [...conflicts].map(([key, cols]) => ({ key, columns: cols })) };
}

/**
 * The header of a field in the language of the output.
 * @param specs - the command's columns
 * @param key - field name
 * @param lang - output language
 */
export function headerFor(specs: readonly ColumnSpec[], key: string, lang: 'zh' | 'en'): string {
  const s = specs.find((c) => c.key === key);
  return s === undefined ? key : lang === 'zh' ? s.zh : s.en;
}
