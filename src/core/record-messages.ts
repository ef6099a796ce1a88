/**
 * Messages of record validation: one text per code, naming the field by its label (so a Chinese message names the
 * Chinese field, never an identifier).
 * @module
 */
import { typeZh } from './core-messages.js';
import { defineMessages, type Bilingual, type Catalogue, type Messages } from './messages.js';

type Bound = { label: Bilingual; min?: number | undefined; max?: number | undefined };

function between(p: Bound, zhUnit: string, enUnit: string): Bilingual {
  if (p.min !== undefined && p.min === p.max) return { zh: `应为 ${p.min}${zhUnit}`, en: `${p.min}${enUnit}` };
  if (p.max === undefined) return { zh: `不得少于 ${p.min}${zhUnit}`, en: `at least ${p.min}${enUnit}` };
  if (p.min === undefined) return { zh: `不得多于 ${p.max}${zhUnit}`, en: `at most ${p.max}${enUnit}` };
  return { zh: `应为 ${p.min} 至 ${p.max}${zhUnit}`, en: `between ${p.min} and ${p.max}${enUnit}` };
}

const CATALOGUE = {
  required: {
    zh: (p: { label: Bilingual }) => `缺少必填字段「${p.label.zh}」`,
    en: (p: { label: Bilingual }) => `Required field "${p.label.en}" is missing`,
  },
  invalid_type: {
    zh: (p: { label: Bilingual; expected: string; received: string }) =>
      `「${p.label.zh}」应为${typeZh(p.expected)}，实际为${typeZh(p.received)}`,
    en: (p: { label: Bilingual; expected: string; received: string }) =>
      `"${p.label.en}" must be ${/^[aeiou]/.test(p.expected) ? 'an' : 'a'} ${p.expected}, got ${p.received}`,
  },
  invalid_id: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」应为非空字符串或有限数字`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" must be a non-empty string or a finite number`,
  },
  text_length: {
    zh: (p: Bound) => `「${p.label.zh}」的长度${between(p, ' 个字符', '').zh}`,
    en: (p: Bound) => `"${p.label.en}" must be ${between(p, '', ' characters').en} long`,
  },
  unknown_enum_value: {
    zh: (p: {
      label: Bilingual;
      received: string;
      allowed: readonly string[];
      labels: Readonly<Record<string, Bilingual>>;
    }) =>
      `「${p.label.zh}」的取值「${p.received}」无效，可选：${p.allowed.map((a) => p.labels[a]?.zh ?? a).join('、')}`,
    en: (p: {
      label: Bilingual;
      received: string;
      allowed: readonly string[];
      labels: Readonly<Record<string, Bilingual>>;
    }) => `Invalid value "${p.received}" for "${p.label.en}"; expected one of: ${p.allowed.join(', ')}`,
  },
  invalid_date: {
    zh: (p: { label: Bilingual; received: string }) =>
      `「${p.label.zh}」不是有效日期（应写作 年-月-日，如 2024-03-01）：「${p.received}」`,
    en: (p: { label: Bilingual; received: string }) =>
      `"${p.label.en}" is not a valid YYYY-MM-DD date: "${p.received}"`,
  },
  out_of_range: {
    zh: (p: Bound) => `「${p.label.zh}」${between(p, '', '').zh}`,
    en: (p: Bound) => `"${p.label.en}" must be ${between(p, '', '').en}`,
  },
  invalid_format: {
    zh: (p: { label: Bilingual; format: Bilingual; received: string }) =>
      `「${p.label.zh}」的格式不正确，应为${p.format.zh}：「${p.received}」`,
    en: (p: { label: Bilingual; format: Bilingual; received: string }) =>
      `"${p.label.en}" is not in the right format (${p.format.en}): "${p.received}"`,
  },
  invalid_amount: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」应为十进制数字符串（如 1234.50）`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" must be a decimal string (e.g. "1234.50")`,
  },
  item_count: {
    zh: (p: Bound) => `「${p.label.zh}」的项数${between(p, ' 项', '').zh}`,
    en: (p: Bound) => `"${p.label.en}" must have ${between(p, '', ' items').en}`,
  },
  invalid_year: {
    zh: (p: { label: Bilingual; received: string }) => `「${p.label.zh}」的年度应为四位年份：「${p.received}」`,
    en: (p: { label: Bilingual; received: string }) =>
      `A year in "${p.label.en}" must be a four-digit year: "${p.received}"`,
  },
  empty_key: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」中的名称不能为空`,
    en: (p: { label: Bilingual }) => `A name in "${p.label.en}" must not be empty`,
  },
  duplicate: {
    zh: (p: { label: Bilingual; value: Bilingual }) => `「${p.label.zh}」中「${p.value.zh}」重复`,
    en: (p: { label: Bilingual; value: Bilingual }) => `"${p.value.en}" appears more than once in "${p.label.en}"`,
  },
  too_many_issues: {
    zh: (p: { label: Bilingual; more: number }) => `「${p.label.zh}」中的问题过多，其余 ${p.more} 项未检查`,
    en: (p: { label: Bilingual; more: number }) =>
      `Too many problems in "${p.label.en}": the other ${p.more} items were not checked`,
  },
  not_json: {
    zh: (p: { label: Bilingual; received: Bilingual }) =>
      `「${p.label.zh}」只能含 JSON 值（文字、有限数字、是否、空值、列表、对象），实际为${p.received.zh}`,
    en: (p: { label: Bilingual; received: Bilingual }) =>
      `"${p.label.en}" may hold only JSON values (text, finite numbers, booleans, null, lists, objects); received ${p.received.en}`,
  },
  too_deep: {
    zh: (p: { label: Bilingual; max: number }) => `「${p.label.zh}」嵌套超过 ${p.max} 层（或含循环引用）`,
    en: (p: { label: Bilingual; max: number }) =>
      `"${p.label.en}" is nested more than ${p.max} levels deep (or refers to itself)`,
  },
  cyclic: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」含循环引用（对象引用了自身）`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" contains a cycle (an object that contains itself)`,
  },
  unrecognized_keys: {
    zh: (p: { keys: readonly string[] }) => `存在未知字段：${p.keys.map((k) => `「${k}」`).join('、')}`,
    en: (p: { keys: readonly string[] }) => `Unrecognized field(s): ${p.keys.join(', ')}`,
  },
} satisfies Catalogue;

/** @internal */
export const recordMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('records', CATALOGUE);
