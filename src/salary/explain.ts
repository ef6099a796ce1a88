/**
 * A readable, line-by-line account of a salary result, in Chinese or English.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorCode, fail, maskIds, typeName } from '../core/errors.js';
import type { RuleApplication } from '../core/explanation.js';
import { checkNesting } from '../core/nesting.js';
import type { ParameterValue } from '../core/parameters.js';
import { rule, schemaParser, type SchemaParser } from '../core/zod-issues.js';
import type { PayResult } from './compute.js';
import type { GradeWindow } from './rules.js';
import { POST_NAMES, POSTS } from './worker.js';

let resultParser: SchemaParser<unknown> | undefined;

/** What explainSalary prints of a result, checked first (a hand-built or altered result gets a PolicyError). */
function buildResultParser(): SchemaParser<unknown> {
  const text = z.string();
  const int = z.number().check(rule(Number.isSafeInteger, ErrorCode.InvalidType, '应为整数', 'Must be an integer'));
  const yuan = text.check(rule((s: string) => /^\d+\.\d{2}$/.test(s), ErrorCode.InvalidAmount, '金额应写作两位小数的元', 'An amount must be yuan with two decimals'));
  const bilingual = z.object({ zh: text, en: text });
  const source = z.optional(z.object({ key: z.optional(text), title: text, article: z.optional(text) }));
  const json: z.ZodMiniType<ParameterValue> = z.lazy(() => z.union([text, z.number(), z.boolean(), z.null(), z.array(json), z.record(text, json)]));
  return schemaParser(
    z.object({
      id: z.optional(z.union([text, z.number()])),
      name: z.optional(text),
      asOf: z.optional(text),
      profile: z.optional(z.object({ id: text, version: text })),
      post: z.enum(POSTS as [string, ...string[]]),
      grade: z.nullable(int),
      window: z.optional(z.nullable(z.object({ min: int, max: int }))),
      steps: z.optional(z.array(z.object({ delta: int, text: bilingual, effectiveFrom: text, source }))),
      lines: z.array(z.object({ component: text, label: bilingual, amount: yuan, period: z.enum(['month', 'year']) })),
      total: yuan,
      annualTotal: yuan,
      floors: z.array(
        z.object({
          label: bilingual,
          status: z.enum(['met', 'shortfall', 'not_checked']),
          group: z.nullable(text),
          ratio: z.nullable(text),
          benchmark: z.nullable(yuan),
          floor: z.nullable(yuan),
          annualPay: yuan,
          shortfall: z.nullable(yuan),
        }),
      ),
      warnings: z.array(z.object({ code: text, zh: text, en: text })),
      explanation: z.optional(
        z.object({
          profile: z.object({ id: text, version: text }),
          asOf: text,
          rules: z.array(z.object({ rule: text, text: bilingual, source })),
          parameters: z.array(z.object({ id: text, value: json, effectiveFrom: text, provisional: z.boolean(), override: z.boolean(), source: z.object({ key: z.optional(text), title: text, article: z.optional(text) }) })),
        }),
      ),
    }),
  );
}

function sourceText(r: { source?: { key?: string; title: string; article?: string } }): string {
  const s = r.source;
  if (s === undefined) return '';
  return ` [${s.key ?? s.title.slice(0, 40)}]`;
}

/**
 * Renders a {@link SalaryResult} as text: the grade and each step that produced it (with its date and source), each
 * pay line and how it was computed, the totals, the floor checks, the warnings and the parameters read.
 * A result from `computeSalaries` without `explain` has no steps or parameters; the text then shows what it has.
 * @param result - a result of {@link computeSalary} or a computed row of {@link computeSalaries}
 * @param options - `lang`: `'zh'` (default) or `'en'`
 * @category Salary
 * @example
 * ```ts
 * console.log(explainSalary(computeSalary(worker, { asOf: '2026-01-01' }), { lang: 'en' }));
 * ```
 */
export function explainSalary(
  result: PayResult & { readonly asOf?: string; readonly profile?: { readonly id: string; readonly version: string }; readonly window?: GradeWindow | null },
  options: { lang?: 'zh' | 'en' } = {},
): string {
  if (typeof result !== 'object' || result === null || !Array.isArray((result as { lines?: unknown }).lines)) {
    fail(ErrorCode.InvalidType, ['result'], `应为薪酬计算结果，实际为 ${typeName(result)}`, `Expected a salary result, got ${typeName(result)}`);
  }
  checkNesting(result, ['result']);
  (resultParser ??= buildResultParser()).parse(result, ['result']);
  if (typeof options !== 'object' || options === null) fail(ErrorCode.InvalidType, ['options'], `选项应为对象，实际为 ${typeName(options)}`, `options must be an object, got ${typeName(options)}`);
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') fail(ErrorCode.UnknownEnumValue, ['lang'], "lang 应为 'zh' 或 'en'", "lang must be 'zh' or 'en'", { allowed: ['zh', 'en'] });
  const zh = lang === 'zh';
  const out: string[] = [];
  const who = [result.name, result.id === undefined ? undefined : `id ${String(result.id)}`].filter((x) => x !== undefined).join(', ');
  const post = POST_NAMES[result.post];
  const profile = result.profile ?? result.explanation?.profile;
  const asOf = result.asOf ?? result.explanation?.asOf;
  if (profile !== undefined && asOf !== undefined) {
    out.push(zh ? `配置：${profile.id} ${profile.version}；计算日期：${asOf}` : `Profile: ${profile.id} ${profile.version}; as of ${asOf}`);
  }
  if (who !== '') out.push(zh ? `人员：${who}` : `Worker: ${who}`);
  const w = result.window;
  const range = w === undefined || w === null ? '' : zh ? `（范围 ${w.min}–${w.max}）` : ` (window ${w.min}–${w.max})`;
  if (result.grade === null) out.push(zh ? `岗位：${post.zh}（本配置无等级序列）` : `Post: ${post.en} (this profile has no grade ladder)`);
  else out.push(zh ? `岗位：${post.zh}；等级：${result.grade} 级${range}` : `Post: ${post.en}; grade ${result.grade}${range}`);
  if (result.steps !== undefined && result.steps.length > 0) {
    out.push(zh ? '定级：' : 'Grade:');
    for (const s of result.steps) {
      const sign = s.delta >= 0 ? '+' : '−';
      out.push(`  ${sign}${Math.abs(s.delta)}  ${zh ? s.text.zh : s.text.en}${zh ? `（${s.effectiveFrom} 起）` : ` (from ${s.effectiveFrom})`}${sourceText(s)}`);
    }
  }
  const rules = new Map<string, RuleApplication>();
  for (const r of result.explanation?.rules ?? []) rules.set(r.rule, r);
  out.push(zh ? '工资：' : 'Pay:');
  if (result.lines.length === 0) out.push(zh ? '  （无工资项目）' : '  (no pay lines)');
  for (const line of result.lines) {
    const r = rules.get(`salary.pay.${line.component}`);
    const how = r === undefined ? `${zh ? line.label.zh : line.label.en} = ${line.amount}` : zh ? r.text.zh : r.text.en;
    out.push(`  ${how}${r === undefined && line.period === 'year' ? (zh ? '（每年）' : ' (per year)') : ''}${r === undefined ? '' : sourceText(r)}`);
  }
  out.push(zh ? `月合计：${result.total}；年合计：${result.annualTotal}` : `Monthly total: ${result.total}; annual total: ${result.annualTotal}`);
  for (const c of result.floors) {
    const label = zh ? c.label.zh : c.label.en;
    if (c.status === 'not_checked') out.push(zh ? `下限核对（${label}）：未核对` : `Floor (${label}): not checked`);
    else {
      out.push(
        zh
          ? `下限核对（${label}）：年收入 ${c.annualPay}，下限 ${c.floor}（${c.benchmark} × ${c.ratio}，${c.group}），${c.status === 'met' ? '达标' : `差额 ${c.shortfall}`}`
          : `Floor (${label}): annual pay ${c.annualPay}, floor ${c.floor} (${c.benchmark} × ${c.ratio}, ${c.group}): ${c.status === 'met' ? 'met' : `shortfall ${c.shortfall}`}`,
      );
    }
  }
  if (result.warnings.length > 0) out.push(zh ? '提示：' : 'Warnings:');
  for (const w of result.warnings) out.push(`  - ${zh ? w.zh : w.en}`);
  const parameters = result.explanation?.parameters ?? [];
  if (parameters.length > 0) out.push(zh ? '参数：' : 'Parameters:');
  for (const p of parameters) {
    const flag = p.provisional ? (zh ? ' [暂定]' : ' [provisional]') : p.override ? (zh ? ' [覆盖]' : ' [override]') : '';
    const src = [p.source.key, p.source.article ?? p.source.title].filter(Boolean).join(': ');
    out.push(`  - ${p.id} = ${JSON.stringify(p.value)}${flag} (${zh ? '自' : 'from'} ${p.effectiveFrom}; ${src})`);
  }
  // Text for display: no resident ID shows, whatever a profile or a host wrote into the result.
  return maskIds(out.join('\n'));
}
