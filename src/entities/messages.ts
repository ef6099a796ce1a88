/**
 * The entities' message catalogue: refusals of codes (worded with the field's label) and of rules across fields.
 * Every text names fields by their labels, so a Chinese message is entirely Chinese.
 * @module
 * @internal
 */
import type { IssuePath, PolicyIssue } from '../core/errors.js';
import { defineMessages, type Bilingual, type Catalogue, type Messages, type ParamArgs } from '../core/messages.js';
import type { RefineContext } from '../core/record.js';

/** Labels of the levels of division codes (also used in messages). @internal */
export const LEVEL_LABELS: Readonly<Record<string, Bilingual>> = {
  province: { zh: '省级', en: 'province-level' },
  city: { zh: '市级', en: 'city-level' },
  county: { zh: '县级', en: 'county-level' },
  township: { zh: '镇街级', en: 'township-level' },
  village: { zh: '村（社区）级', en: 'village-level' },
};

const levels = (ls: readonly string[], lang: 'zh' | 'en'): string =>
  ls.map((l) => LEVEL_LABELS[l]?.[lang] ?? l).join(lang === 'zh' ? '或' : ' or ');

const CATALOGUE = {
  code_refused: {
    zh: (p: { label: Bilingual; reason: Bilingual }) => `「${p.label.zh}」：${p.reason.zh}`,
    en: (p: { label: Bilingual; reason: Bilingual }) => `"${p.label.en}": ${p.reason.en}`,
  },
  division_level: {
    zh: (p: { label: Bilingual; expected: readonly string[]; level: string; code: string }) =>
      `「${p.label.zh}」应为${levels(p.expected, 'zh')}区划代码，「${p.code}」是${levels([p.level], 'zh')}代码`,
    en: (p: { label: Bilingual; expected: readonly string[]; level: string; code: string }) =>
      `"${p.label.en}" must be a ${levels(p.expected, 'en')} division code; ${p.code} is ${levels([p.level], 'en')}`,
  },
  required_for_role: {
    zh: (p: { field: Bilingual; role: Bilingual }) => `角色含「${p.role.zh}」时须填写「${p.field.zh}」`,
    en: (p: { field: Bilingual; role: Bilingual }) => `"${p.field.en}" is required for the role "${p.role.en}"`,
  },
  only_for_role: {
    zh: (p: { field: Bilingual; role: Bilingual }) => `只有角色含「${p.role.zh}」时才填写「${p.field.zh}」`,
    en: (p: { field: Bilingual; role: Bilingual }) => `"${p.field.en}" is only for the role "${p.role.en}"`,
  },
  id_mismatch: {
    zh: (p: { field: Bilingual; id: Bilingual; masked: string }) => `「${p.field.zh}」与「${p.id.zh}」${p.masked} 不符`,
    en: (p: { field: Bilingual; id: Bilingual; masked: string }) =>
      `"${p.field.en}" does not match "${p.id.en}" ${p.masked}`,
  },
  date_order: {
    zh: (p: { later: Bilingual; earlier: Bilingual }) => `「${p.later.zh}」不得早于「${p.earlier.zh}」`,
    en: (p: { later: Bilingual; earlier: Bilingual }) => `"${p.later.en}" must not be before "${p.earlier.en}"`,
  },
  date_order_article: {
    zh: (p: { later: Bilingual; earlier: Bilingual; basis: Bilingual }) =>
      `「${p.later.zh}」不得早于「${p.earlier.zh}」（${p.basis.zh}）`,
    en: (p: { later: Bilingual; earlier: Bilingual; basis: Bilingual }) =>
      `"${p.later.en}" must not be before "${p.earlier.en}" (${p.basis.en})`,
  },
  only_when_true: {
    zh: (p: { field: Bilingual; flag: Bilingual }) => `只有「${p.flag.zh}」为是时才填写「${p.field.zh}」`,
    en: (p: { field: Bilingual; flag: Bilingual }) => `"${p.field.en}" is only given when "${p.flag.en}" is true`,
  },
  only_with: {
    zh: (p: { field: Bilingual; needs: Bilingual }) => `填写「${p.field.zh}」须同时填写「${p.needs.zh}」`,
    en: (p: { field: Bilingual; needs: Bilingual }) => `"${p.field.en}" is only given together with "${p.needs.en}"`,
  },
  only_for_kinds: {
    zh: (p: { field: Bilingual; kinds: readonly Bilingual[] }) =>
      `「${p.field.zh}」只适用于：${p.kinds.map((k) => k.zh).join('、')}`,
    en: (p: { field: Bilingual; kinds: readonly Bilingual[] }) =>
      `"${p.field.en}" only applies to: ${p.kinds.map((k) => k.en).join(', ')}`,
  },
  covered_units: {
    zh: (p: { field: Bilingual; formation: Bilingual; min: number; max?: number }) =>
      `${p.formation.zh}的党组织「${p.field.zh}」${p.max === 1 ? '只能是本单位（1 个）' : `至少 ${p.min} 个`}`,
    en: (p: { field: Bilingual; formation: Bilingual; min: number; max?: number }) =>
      `A party organization ${p.formation.en.toLowerCase()} lists ${p.max === 1 ? 'exactly one unit (its own)' : `at least ${p.min} units`} in "${p.field.en}"`,
  },
  not_more_than: {
    zh: (p: { field: Bilingual; limit: Bilingual }) => `「${p.field.zh}」不得多于「${p.limit.zh}」（须填写）`,
    en: (p: { field: Bilingual; limit: Bilingual }) =>
      `"${p.field.en}" must not exceed "${p.limit.en}" (which must be given)`,
  },
  count_exceeds: {
    zh: (p: { field: Bilingual; value: number; limit: Bilingual; max: number }) =>
      `「${p.field.zh}」（${p.value}）不得多于「${p.limit.zh}」（${p.max}）`,
    en: (p: { field: Bilingual; value: number; limit: Bilingual; max: number }) =>
      `"${p.field.en}" (${p.value}) must not exceed "${p.limit.en}" (${p.max})`,
  },
  kind_level: {
    zh: (p: { kind: Bilingual; code: string; level: string }) =>
      `类型「${p.kind.zh}」与区划代码 ${p.code} 的层级（${levels([p.level], 'zh')}）不符`,
    en: (p: { kind: Bilingual; code: string; level: string }) =>
      `The kind "${p.kind.en}" does not match the level of code ${p.code} (${levels([p.level], 'en')})`,
  },
  kind_by_code: {
    zh: (p: { code: string; kind: Bilingual }) => `按统计用区划代码规则，${p.code} 应为「${p.kind.zh}」`,
    en: (p: { code: string; kind: Bilingual }) => `By the NBS coding rules, ${p.code} is a "${p.kind.en}"`,
  },
  parent_code: {
    zh: (p: { field: Bilingual; expected: string | undefined }) => `「${p.field.zh}」应为 ${p.expected ?? '（无）'}`,
    en: (p: { field: Bilingual; expected: string | undefined }) =>
      `"${p.field.en}" should be ${p.expected ?? '(none)'}`,
  },
  post_history_order: {
    zh: (p: { field: Bilingual }) => `「${p.field.zh}」应按任职起始日期从早到晚排列，且每个日期只出现一次`,
    en: (p: { field: Bilingual }) => `"${p.field.en}" must be in order of start date, each date once`,
  },
  post_history_current: {
    zh: (p: { field: Bilingual; post: Bilingual; last: Bilingual }) =>
      `「${p.field.zh}」的最后一项是「${p.last.zh}」，与当前岗位「${p.post.zh}」不符`,
    en: (p: { field: Bilingual; post: Bilingual; last: Bilingual }) =>
      `The last entry of "${p.field.en}" is "${p.last.en}", not the current post "${p.post.en}"`,
  },
  scope_level: {
    zh: (p: { field: Bilingual; scope: Bilingual }) => `「${p.field.zh}」的层级与所在层级「${p.scope.zh}」不符`,
    en: (p: { field: Bilingual; scope: Bilingual }) =>
      `"${p.field.en}" is not of the level of the scope "${p.scope.en}"`,
  },
} satisfies Catalogue;

/** @internal */
export const entityMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('entities', CATALOGUE);

/**
 * Adds an `inconsistent` issue at `field` (relative to the record) with the text of `rule`; `params.rule` names the
 * rule, so a host can tell the rules apart. @internal
 */
export function inconsistent<K extends keyof typeof CATALOGUE & string>(
  ctx: RefineContext,
  field: IssuePath,
  rule: K,
  ...params: ParamArgs<typeof CATALOGUE, K>
): void {
  const t = entityMessages.text(rule, ...params);
  ctx.add({ code: 'inconsistent', path: [...ctx.path, ...field], zh: t.zh, en: t.en, params: { rule } });
}

/** A refusal of a code by a validator, reworded to name the field by its label (same code and params). @internal */
export function codeRefused(issue: PolicyIssue, path: IssuePath, label: Bilingual): PolicyIssue {
  const t = entityMessages.text('code_refused', { label, reason: { zh: issue.zh, en: issue.en } });
  return issue.params === undefined
    ? { code: issue.code, path, zh: t.zh, en: t.en }
    : { code: issue.code, path, zh: t.zh, en: t.en, params: issue.params };
}
