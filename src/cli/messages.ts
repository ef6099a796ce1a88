/**
 * Texts the CLI prints around the library's results: how a row error is located (row, column) and worded in the
 * chosen language. The reasons themselves come from the library's {@link PolicyIssue} messages.
 * @module
 */
import { formatPath, type PolicyIssue } from '../core/index.js';
import type { Lang } from './args.js';

/**
 * Picks the text in the output language.
 * @param lang - output language
 * @param zh - Chinese
 * @param en - English
 */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/** Where a problem is: a spreadsheet row and column, or an item of a JSON array. */
export interface Location {
  /** Row number as the spreadsheet shows it, or the 1-based item number of a JSON array. */
  readonly row: number;
  /** True for a JSON item (worded "item" rather than "row"). */
  readonly item?: boolean;
  /** The worker's id, when known (helps find the row). */
  readonly id?: unknown;
}

/**
 * One line per issue: `第 5 行（编号 HA004），列「学历」：<reason> [code]`.
 * @param lang - output language
 * @param where - the row
 * @param issue - the library's issue
 * @param column - the header of the column the issue points to, when it points to one
 * @example
 * ```ts
 * formatRowIssue('en', { row: 5, id: 'HA004' }, { code: 'unknown_enum_value', path: ['education'], zh: '…', en: 'Must be one of …' }, '学历');
 * // 'row 5 (id HA004), column "学历": Must be one of … [unknown_enum_value]'
 * ```
 */
export function formatRowIssue(lang: Lang, where: Location, issue: PolicyIssue, column?: string): string {
  const id =
    where.id === undefined || where.id === null || where.id === ''
      ? ''
      : say(lang, `（编号 ${String(where.id)}）`, ` (id ${String(where.id)})`);
  const row =
    where.item === true
      ? say(lang, `第 ${where.row} 项${id}`, `item ${where.row}${id}`)
      : say(lang, `第 ${where.row} 行${id}`, `row ${where.row}${id}`);
  const field =
    column !== undefined
      ? say(lang, `，列「${column}」`, `, column "${column}"`)
      : issue.path.length > 0
        ? say(lang, `，字段 ${formatPath(issue.path)}`, `, field ${formatPath(issue.path)}`)
        : '';
  return `${row}${field}${say(lang, '：', ': ')}${say(lang, issue.zh, issue.en)} [${issue.code}]`;
}

/** Names of the posts for output (the library's ids are `principal`, `deputy`, `staff`). */
export const POST_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  principal: { zh: '正职', en: 'principal' },
  deputy: { zh: '副职', en: 'deputy' },
  staff: { zh: '其他社区工作者', en: 'staff' },
};

/**
 * Formats an integer with thousands separators (for counts in summaries; never for money).
 * @param n - the count
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Text from a file, safe to show in a message: control characters (binary data, line breaks) become `�` and a long
 * text is cut with `…`, so a garbage header cannot flood or corrupt the terminal.
 * @param text - text from an input file
 * @param max - most characters shown
 */
export function preview(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  // Never cut a character in half (a surrogate pair).
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Names for a message, at most `max` of them, then how many more (a sheet of 10,000 unknown columns gives one short line).
 * @param lang - output language
 * @param names - e.g. column headers
 * @param max - most names listed
 */
export function nameList(lang: Lang, names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).map((n) => preview(n, 40));
  const more = names.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (more > 0 ? ` 等 ${count(names.length)} 列` : '');
  return shown.join(', ') + (more > 0 ? ` and ${count(more)} more` : '');
}

/** A text of the CLI's catalogue: the same message in Chinese and English, from its parameters. */
export interface CliText<P = void> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

/**
 * A catalogue text in the output language.
 * @param lang - output language
 * @param text - the catalogue entry
 * @param params - its parameters
 */
export function tell<P>(lang: Lang, text: CliText<P>, ...params: P extends void ? [] : [P]): string {
  const p = params[0] as P;
  return lang === 'zh' ? text.zh(p) : text.en(p);
}

/** A catalogue text as the `{ zh, en }` pair the shared helpers take (`orUsage`, `Diagnostics.finish`). */
export function both<P>(text: CliText<P>, ...params: P extends void ? [] : [P]): { zh: string; en: string } {
  const p = params[0] as P;
  return { zh: text.zh(p), en: text.en(p) };
}

const fixed = (zh: string, en: string): CliText => ({ zh: () => zh, en: () => en });

/** One unit of a workforce summary line (a name and numbers). */
interface UnitLine {
  readonly name: string;
}

/** The texts of `huaian-sw workforce` (社区工作者队伍), each in Chinese and English. */
export const WORKFORCE_TEXT = {
  invalid_options: fixed('配置或选项有误', 'the profile or an option is invalid'),
  unknown_profile: fixed('未知的配置', 'unknown profile'),
  computation: fixed('计算失败', 'computation failed'),
  not_a_list: {
    zh: (p: { file: string; key: string; what: string }) =>
      `「${p.file}」应为${p.what === 'workers' ? '工作人员' : '城镇常住人口'}数组，或含 ${p.key} 数组的对象`,
    en: (p: { file: string; key: string; what: string }) =>
      `${p.file} must be an array of ${p.what === 'workers' ? 'workers' : 'resident counts'}, or an object with a "${p.key}" array`,
  },
  empty_file: {
    zh: (p: { file: string }) => `「${p.file}」是空文件（没有表头）`,
    en: (p: { file: string }) => `${p.file} is empty (no header row)`,
  },
  no_rows: {
    zh: (p: { file: string }) => `提示：「${p.file}」中没有数据行\n`,
    en: (p: { file: string }) => `note: ${p.file} has no data rows\n`,
  },
  unknown_columns: {
    zh: (p: { file: string; list: string }) => `提示：「${p.file}」中忽略无法识别的列：${p.list}\n`,
    en: (p: { file: string; list: string }) => `note: ${p.file}: ignoring unrecognised columns: ${p.list}\n`,
  },
  residents_row: {
    zh: (p: { file: string; line: string }) => `「${p.file}」${p.line}`,
    en: (p: { file: string; line: string }) => `${p.file}: ${p.line}`,
  },
  errors_in_json: fixed('全部错误见输出中各行的 errors', 'every error is in the errors of its row in the output'),
  errors_in_column: fixed('全部错误见输出的「说明」列', 'every error is in the notes column of the output'),
  row_heading: {
    zh: (p: { row: number; item: boolean; id: string }) =>
      `${p.item ? `第 ${p.row} 项` : `第 ${p.row} 行`}${p.id === '' ? '' : `（编号 ${p.id}）`}`,
    en: (p: { row: number; item: boolean; id: string }) =>
      `${p.item ? `Item ${p.row}` : `Row ${p.row}`}${p.id === '' ? '' : ` (id ${p.id})`}`,
  },
  roster_heading: fixed(
    '队伍整体（配备、平均薪酬、持证和学历目标）',
    'The roster as a whole (staffing, average pay, targets)',
  ),
  // Column headers.
  col_row: fixed('行号', 'row'),
  col_id: fixed('编号', 'id'),
  col_name: fixed('姓名', 'name'),
  col_division: fixed('区划代码', 'division'),
  col_in_service: fixed('在岗', 'in service'),
  col_status: fixed('职业资格', 'certification'),
  col_deadline: fixed('取证期限', 'deadline'),
  col_exit: fixed('退出情形', 'exit cases'),
  col_certified: fixed('持证', 'certified'),
  col_college: fixed('大专以上', 'college+'),
  col_pay: fixed('年薪酬', 'annual pay'),
  col_outcome: fixed('结论', 'result'),
  col_notes: fixed('说明', 'notes'),
  col_explanation: fixed('计算说明', 'explanation'),
  // Cell values.
  yes: fixed('是', 'yes'),
  no: fixed('否', 'no'),
  unknown: fixed('不详', 'unknown'),
  outcome: {
    zh: (o: string) =>
      ({
        computed: '已计算',
        pass: '符合',
        fail: '不符合',
        undetermined: '无法判定',
        not_applicable: '不适用',
        error: '有误',
      })[o] ?? o,
    en: (o: string) =>
      ({
        computed: 'computed',
        pass: 'pass',
        fail: 'FAIL',
        undetermined: 'undetermined',
        not_applicable: 'not applicable',
        error: 'error',
      })[o] ?? o,
  } satisfies CliText<string>,
  status: {
    zh: (s: string) =>
      ({
        certified: '已按期取证',
        certified_late: '逾期后取证',
        pending: '期限内待取证',
        not_yet_eligible: '尚未具备报考条件',
        overdue: '逾期未取证',
        not_new_hire: '16条施行前入职',
        no_route: '无对应报考条件',
        not_in_service: '不在岗',
        undetermined: '无法判定',
      })[s] ?? s,
    en: (s: string) =>
      ({
        certified: 'certified in time',
        certified_late: 'certified late',
        pending: 'pending',
        not_yet_eligible: 'not yet eligible',
        overdue: 'OVERDUE',
        not_new_hire: 'hired before the rule',
        no_route: 'no exam route',
        not_in_service: 'not in service',
        undetermined: 'undetermined',
      })[s] ?? s,
  } satisfies CliText<string>,
  exit_years: {
    zh: (p: { label: string; years: string }) => `${p.label}（${p.years}年度）`,
    en: (p: { label: string; years: string }) => `${p.label} (${p.years})`,
  },
  missing: { zh: (p: { list: string }) => `缺少：${p.list}`, en: (p: { list: string }) => `missing: ${p.list}` },
  // The summary.
  head: {
    zh: (p: { asOf: string; id: string; version: string }) => `查询日期 ${p.asOf}，配置 ${p.id} ${p.version}`,
    en: (p: { asOf: string; id: string; version: string }) => `As of ${p.asOf}, profile ${p.id} ${p.version}`,
  },
  rows: {
    zh: (p: {
      read: string;
      pass: string;
      fail: string;
      undetermined: string;
      notApplicable: string;
      failed: string;
      blank: string | null;
    }) =>
      `共 ${p.read} 行：符合 ${p.pass} 行，不符合 ${p.fail} 行，无法判定 ${p.undetermined} 行，不适用 ${p.notApplicable} 行，有误 ${p.failed} 行${p.blank === null ? '' : `，空行 ${p.blank} 行（已跳过）`}`,
    en: (p: {
      read: string;
      pass: string;
      fail: string;
      undetermined: string;
      notApplicable: string;
      failed: string;
      blank: string | null;
    }) =>
      `${p.read} rows: ${p.pass} pass, ${p.fail} fail, ${p.undetermined} undetermined, ${p.notApplicable} not applicable, ${p.failed} with errors${p.blank === null ? '' : `, ${p.blank} blank (skipped)`}`,
  },
  workers: {
    zh: (p: { inService: string; unplaced: string; notInService: string }) =>
      `在岗 ${p.inService} 人（其中未填区划代码、只计入全市的 ${p.unplaced} 人），不在岗 ${p.notInService} 人`,
    en: (p: { inService: string; unplaced: string; notInService: string }) =>
      `${p.inService} in service (${p.unplaced} without a division code, counted for the city only), ${p.notInService} not in service`,
  },
  staffing_none: fixed(
    '配备（每万城镇常住人口18人）：未给出 --residents，不核算',
    'Staffing (18 per 10,000 urban residents): not checked without --residents',
  ),
  staffing: {
    zh: (p: { outcome: string; units: string; behind: string; gap: string; residents: string; errors: string }) =>
      `配备（每万城镇常住人口18人）：${p.outcome}；核算 ${p.units} 个单位（常住人口 ${p.residents} 行，有误 ${p.errors} 行），未达标 ${p.behind} 个，共缺 ${p.gap} 人`,
    en: (p: { outcome: string; units: string; behind: string; gap: string; residents: string; errors: string }) =>
      `Staffing (18 per 10,000 urban residents): ${p.outcome}; ${p.units} units checked (${p.residents} resident rows, ${p.errors} with errors), ${p.behind} behind, ${p.gap} workers short in all`,
  },
  staffing_unit: {
    zh: (p: UnitLine & { residents: string; required: number; actual: number; gap: number }) =>
      `  ${p.name}：城镇常住人口 ${p.residents} 人，应配 ${p.required} 人，实有 ${p.actual} 人，缺 ${p.gap} 人`,
    en: (p: UnitLine & { residents: string; required: number; actual: number; gap: number }) =>
      `  ${p.name}: ${p.residents} urban residents, ${p.required} required, ${p.actual} in service, ${p.gap} short`,
  },
  more_units: {
    zh: (p: { n: string }) => `  …另有 ${p.n} 个未达标单位（见 --format json 或 --explain）`,
    en: (p: { n: string }) => `  … ${p.n} more units behind (see --format json or --explain)`,
  },
  pay: {
    zh: (p: { outcome: string }) => `平均薪酬（不低于上年度全口径城镇单位就业人员平均工资）：${p.outcome}`,
    en: (p: { outcome: string }) => `Average pay (at least last year's all-units average wage): ${p.outcome}`,
  },
  pay_unit: {
    zh: (p: UnitLine & { workers: number; average: string | null; threshold: string | null; status: string }) =>
      `  ${p.name}：在岗 ${p.workers} 人，平均年薪酬 ${p.average ?? '无法确定'}${p.threshold === null ? '，基准未提供' : `，应不低于 ${p.threshold}`}（${({ met: '达标', behind: '未达标', undetermined: '无法判定', no_workers: '没有在岗人员' } as Record<string, string>)[p.status] ?? p.status}）`,
    en: (p: UnitLine & { workers: number; average: string | null; threshold: string | null; status: string }) =>
      `  ${p.name}: ${p.workers} in service, average annual pay ${p.average ?? 'undetermined'}${p.threshold === null ? ', no benchmark supplied' : `, at least ${p.threshold}`} (${({ met: 'met', behind: 'BEHIND', undetermined: 'undetermined', no_workers: 'no workers' } as Record<string, string>)[p.status] ?? p.status})`,
  },
  targets: {
    zh: (p: { outcome: string; certified: string; college: string; year: string }) =>
      `持证和学历目标（持证占比60%以上、大专以上占比90%以上，目标年度 ${p.year}）：${p.outcome}；全市持证 ${p.certified}，大专以上 ${p.college}`,
    en: (p: { outcome: string; certified: string; college: string; year: string }) =>
      `Targets (60% certified, 90% college or above; target year ${p.year}): ${p.outcome}; city certified ${p.certified}, college or above ${p.college}`,
  },
  target_year_unknown: fixed('未知', 'unknown'),
  share_none: fixed('无在岗人员', 'no workers'),
  share: {
    zh: (p: { percent: string; met: number; total: number; unknown: number }) =>
      `${p.percent}（${p.met}/${p.total}，不详 ${p.unknown} 人）`,
    en: (p: { percent: string; met: number; total: number; unknown: number }) =>
      `${p.percent} (${p.met}/${p.total}, ${p.unknown} unknown)`,
  },
  summary_missing: {
    zh: (p: { list: string }) => `无法判定的项目缺少：${p.list}（可用 --overrides、--salary-profile 或补充花名册提供）`,
    en: (p: { list: string }) =>
      `Undetermined items lack: ${p.list} (supply them with --overrides, --salary-profile or in the roster)`,
  },
  overall: {
    zh: (p: { outcome: string }) => `总体结论：${p.outcome}`,
    en: (p: { outcome: string }) => `Overall: ${p.outcome}`,
  },
} as const;
