/**
 * The core's message catalogue: refusals every domain shares (types, options, profiles, parameters) and the warnings
 * a parameter read can carry (provisional, low confidence, date of effect unknown, host-supplied).
 * @module
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from './messages.js';

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '未定义',
  function: '函数',
  bigint: '大整数',
  symbol: '符号',
  date: '日期',
  decimal: '十进制数字符串',
  'decimal string': '十进制数字符串',
  'empty string': '空字符串',
  'string or object': '字符串或对象',
};

/** Chinese name of a JavaScript or schema type. @internal */
export function typeZh(t: string): string {
  return TYPE_ZH[t] ?? `「${t}」`;
}

/** Chinese name of a JavaScript type, or the text as it is when it names none (a value quoted by the caller). @internal */
export function typeOrTextZh(t: string): string {
  return Object.prototype.hasOwnProperty.call(TYPE_ZH, t) ? TYPE_ZH[t]! : t;
}

const CONFIDENCE_ZH = { H: '高', M: '中', L: '低' } as const;
const CONFIDENCE_EN = { H: 'high', M: 'medium', L: 'low' } as const;

/** Messages of the core. */
const CATALOGUE = {
  invalid_options: {
    zh: (p: { received: string }) => `选项应为对象，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `Options must be an object, got ${p.received}`,
  },
  unknown_option: {
    zh: (p: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
      `未知的选项「${p.name}」${p.suggestion === undefined ? `；可用的选项：${p.known.map((k) => `「${k}」`).join('、')}` : `，是否应为「${p.suggestion}」？`}`,
    en: (p: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
      `Unknown option "${p.name}"${p.suggestion === undefined ? `; known options: ${p.known.join(', ')}` : `; did you mean "${p.suggestion}"?`}`,
  },
  invalid_type: {
    zh: (p: { expected: string; received: string }) =>
      `类型错误：应为${typeZh(p.expected)}，实际为${typeZh(p.received)}`,
    en: (p: { expected: string; received: string }) => `Invalid type: expected ${p.expected}, received ${p.received}`,
  },
  invalid_format: {
    zh: (p: { expected: { zh: string; en: string }; received: string }) =>
      `格式错误：应为${p.expected.zh}，实际为「${p.received}」`,
    en: (p: { expected: { zh: string; en: string }; received: string }) =>
      `Invalid format: expected ${p.expected.en}, received "${p.received}"`,
  },
  unknown_enum_value: {
    zh: (p: { allowed: readonly string[]; received: string }) =>
      `取值「${p.received}」无效，可选值：${p.allowed.map((a) => `「${a}」`).join('、')}`,
    en: (p: { allowed: readonly string[]; received: string }) =>
      `Invalid value "${p.received}"; expected one of: ${p.allowed.join(', ')}`,
  },
  out_of_range: {
    zh: (p: { min?: number | string; max?: number | string }) =>
      p.max === undefined
        ? `数值不得小于 ${p.min}`
        : p.min === undefined
          ? `数值不得大于 ${p.max}`
          : `数值应在 ${p.min} 至 ${p.max} 之间`,
    en: (p: { min?: number | string; max?: number | string }) =>
      p.max === undefined
        ? `Must be at least ${p.min}`
        : p.min === undefined
          ? `Must be at most ${p.max}`
          : `Must be between ${p.min} and ${p.max}`,
  },
  unknown_profile: {
    zh: (p: { domain: string; id: string; known: readonly string[]; suggestion: string | undefined }) =>
      `没有名为「${p.id}」的配置${p.suggestion === undefined ? '' : `，是否应为「${p.suggestion}」`}；可用的配置：${p.known.map((k) => `「${k}」`).join('、')}`,
    en: (p: { domain: string; id: string; known: readonly string[]; suggestion: string | undefined }) =>
      `No ${p.domain} profile "${p.id}"${p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion}"?)`}; known profiles: ${p.known.join(', ')}`,
  },
  wrong_profile_domain: {
    zh: (p: { expected: string; received: string }) =>
      `配置属于「${p.received}」领域，此处需要「${p.expected}」领域的配置`,
    en: (p: { expected: string; received: string }) =>
      `The profile is a ${p.received} profile; a ${p.expected} profile is needed here`,
  },
  invalid_profile_option: {
    zh: (p: { received: string }) => `配置应为配置名称、配置对象或配置 JSON，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `profile must be a profile id, a Profile or profile JSON, got ${p.received}`,
  },
  profile_outdated: {
    zh: (p: { changes: readonly { from: string; to: string }[] }) =>
      `配置是按旧版本格式写的，请修改以下参数编号：${p.changes.map((c) => `「${c.from}」改为「${c.to}」`).join('；')}`,
    en: (p: { changes: readonly { from: string; to: string }[] }) =>
      `The profile was written for an older version; rename these parameters: ${p.changes.map((c) => `${c.from} → ${c.to}`).join('; ')}`,
  },
  not_a_result: {
    zh: (p: { received: string }) => `只能说明本库计算得到的结果，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `Only results of this package can be explained, got ${p.received}`,
  },
  too_large: {
    zh: (p: { lines: number; maxLines: number; maxChars: number; batch: boolean }) =>
      `说明过长（共 ${p.lines} 行），超过一次可生成的上限（${p.maxLines} 行、${p.maxChars} 个字符）：${p.batch ? '请逐项生成说明，对批量结果的每一项分别生成' : '请直接查阅结果中说明的各项清单'}`,
    en: (p: { lines: number; maxLines: number; maxChars: number; batch: boolean }) =>
      `The explanation would be too long (${p.lines} lines; one text holds at most ${p.maxLines} lines and ${p.maxChars} characters): ${p.batch ? 'explain the rows one by one (explain(result.rows[i]) for each row)' : "read the lists of the result's explanation directly"}`,
  },
  trusted_input_invalid: {
    zh: () => '有记录不符合格式，无法计算（按“信任”方式读入的记录未作校验）；请改用“校验”方式找出有问题的记录',
    en: () =>
      "A record is of the wrong shape and could not be computed (validate: 'trusted' checks nothing); use 'checked' to find what is wrong",
  },
  // Warnings a parameter read carries (one per parameter and profile, computed once per date).
  provisional_parameter: {
    zh: (p: { label: Bilingual; note?: Bilingual }) =>
      `参数「${p.label.zh}」为暂定取值，未找到官方文件${p.note === undefined ? '' : `（${p.note.zh}）`}；请以正式文件取值覆盖`,
    en: (p: { label: Bilingual; note?: Bilingual }) =>
      `Parameter "${p.label.en}" is provisional: no official document was found${p.note === undefined ? '' : ` (${p.note.en})`}; override it with the official value`,
  },
  low_confidence: {
    zh: (p: { label: Bilingual; source: Bilingual; jurisdiction: Bilingual }) =>
      `参数「${p.label.zh}」的来源可信度低（${p.source.zh}）：通用模板或未注明地方的资料，并非${p.jurisdiction.zh}的正式文件`,
    en: (p: { label: Bilingual; source: Bilingual; jurisdiction: Bilingual }) =>
      `Parameter "${p.label.en}" comes from a low-confidence source (${p.source.en}): a generic template or a page naming no locality, not an official document of ${p.jurisdiction.en}`,
  },
  date_unknown: {
    zh: (p: { label: Bilingual }) =>
      `参数「${p.label.zh}」的生效日期不详：按各日期均适用处理，早于实际生效日的计算可能不准确`,
    en: (p: { label: Bilingual }) =>
      `The date of effect of parameter "${p.label.en}" is unknown: it is applied at every date, so results for dates before it really took effect may be wrong`,
  },
  host_supplied: {
    zh: (p: { label: Bilingual }) => `参数「${p.label.zh}」由使用方提供，未标注来源可信度`,
    en: (p: { label: Bilingual }) => `Parameter "${p.label.en}" was supplied by the host, without a confidence mark`,
  },
  confidence_label: {
    zh: (p: { confidence: 'H' | 'M' | 'L' }) => `可信度${CONFIDENCE_ZH[p.confidence]}`,
    en: (p: { confidence: 'H' | 'M' | 'L' }) => `${CONFIDENCE_EN[p.confidence]} confidence`,
  },
} satisfies Catalogue;

/** @internal */
export const coreMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('core', CATALOGUE);
