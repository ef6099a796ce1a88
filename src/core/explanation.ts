/**
 * Explanations: every computation returns, next to its result, what it did and why: the rules applied, the
 * parameters read (value, effective date, source, provisional), intermediate values and warnings.
 * @module
 */
import * as z from 'zod/mini';
import { parseCalendarDate } from './calendar-date.js';
import { ErrorCode, fail, maskIds, type IssuePath } from './errors.js';
import { checkNesting } from './nesting.js';
import type { Bilingual, ParameterRead, ParameterValue, Source } from './parameters.js';
import { checkProfile, readParameter, type Profile } from './profile.js';
import { schemaParser, type SchemaParser } from './zod-issues.js';

/**
 * A rule that contributed to a result.
 * @category Explanations
 */
export interface RuleApplication {
  /** Stable rule id (e.g. `"salary.grade.education"`). */
  readonly rule: string;
  /** What the rule did, in both languages. */
  readonly text: Bilingual;
  /** The date from which the rule's effect applies, when it has one (e.g. a grade step). */
  readonly effectiveFrom?: string;
  /** Inputs the rule used (personal IDs masked). */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** What the rule produced. */
  readonly result?: unknown;
  /** The rule's legal or documentary basis. */
  readonly source?: Source;
}

/**
 * Something the reader should know about a result that is not an error (e.g. a provisional parameter was used).
 * @category Explanations
 */
export interface Warning {
  /** Stable code. */
  readonly code: string;
  /** 中文. */
  readonly zh: string;
  /** English. */
  readonly en: string;
  /** Where in the input, if it concerns one field. */
  readonly path?: IssuePath;
}

/**
 * How a result was reached.
 * @category Explanations
 */
export interface Explanation {
  /** The profile used. */
  readonly profile: { readonly id: string; readonly version: string };
  /** The date the computation was made for. */
  readonly asOf: string;
  /** Rules applied, in order. */
  readonly rules: readonly RuleApplication[];
  /** Parameters read, each once, in the order first read. */
  readonly parameters: readonly ParameterRead[];
  /** Named intermediate values (decimals as strings). */
  readonly intermediates: Readonly<Record<string, string>>;
  /** Warnings (also listed on the result itself). */
  readonly warnings: readonly Warning[];
}

/** Warning code used when a provisional parameter value was read. @category Explanations */
export const PROVISIONAL_WARNING = 'provisional_parameter';

/**
 * Collects an {@link Explanation} while a computation runs. Reading through the tracer records the parameter and
 * adds a `provisional_parameter` warning the first time a provisional value is read.
 * Domain engines use it; hosts normally only read the finished explanation.
 * @category Explanations
 */
export class Tracer {
  private readonly reads = new Map<string, ParameterRead>();
  private readonly ruleList: RuleApplication[] = [];
  private readonly values: Record<string, string> = {};
  private readonly warningList: Warning[] = [];

  /**
   * @param profile - the profile rules read from
   * @param asOf - the computation's date
   */
  constructor(
    readonly profile: Profile,
    readonly asOf: string,
  ) {
    checkProfile(profile);
    parseCalendarDate(asOf, ['asOf']);
  }

  /** Reads a parameter in force on `date` (default: `asOf`) and records it. */
  read<T extends ParameterValue = ParameterValue>(id: string, date: string = this.asOf): ParameterRead<T> {
    const r = readParameter(this.profile, id, date) as ParameterRead<T>;
    this.record(r);
    return r;
  }

  /** Records a parameter read done elsewhere (e.g. from a precomputed table). */
  record(r: ParameterRead): void {
    const key = `${r.id}@${r.effectiveFrom}`;
    if (this.reads.has(key)) return;
    this.reads.set(key, r);
    if (r.provisional) {
      this.warn({
        code: PROVISIONAL_WARNING,
        zh: `参数 ${r.id} 的取值 (${r.effectiveFrom} 起) 为暂定值，未找到官方来源；请以官方文件取值覆盖`,
        en: `Parameter ${r.id} (from ${r.effectiveFrom}) is provisional: no official source was found; override it with the official value`,
      });
    }
  }

  /** Records a rule application. */
  rule(application: RuleApplication): void {
    this.ruleList.push(application);
  }

  /** Records a named intermediate value. */
  set(name: string, value: string): void {
    this.values[name] = value;
  }

  /** Adds a warning (once per code and message). */
  warn(warning: Warning): void {
    if (!this.warningList.some((w) => w.code === warning.code && w.en === warning.en)) this.warningList.push(warning);
  }

  /** Warnings so far. */
  get warnings(): readonly Warning[] {
    return this.warningList;
  }

  /** The finished explanation. */
  finish(): Explanation {
    return {
      profile: { id: this.profile.id, version: this.profile.version },
      asOf: this.asOf,
      rules: this.ruleList,
      parameters: [...this.reads.values()],
      intermediates: this.values,
      warnings: this.warningList,
    };
  }
}

/**
 * Renders an explanation as readable lines in Chinese or English (rules, then parameters with sources, then warnings).
 * @category Explanations
 * @example
 * ```ts
 * console.log(formatExplanation(computeGrade(worker, { asOf: '2026-01-01' }).explanation, 'en'));
 * ```
 */
export function formatExplanation(explanation: Explanation, lang: 'zh' | 'en' = 'zh'): string {
  if (lang !== 'zh' && lang !== 'en') fail(ErrorCode.UnknownEnumValue, ['lang'], "lang 应为 'zh' 或 'en'", "lang must be 'zh' or 'en'", { allowed: ['zh', 'en'] });
  checkNesting(explanation, ['explanation']);
  (explanationParser ??= buildExplanationParser()).parse(explanation, ['explanation']);
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? `配置：${explanation.profile.id} ${explanation.profile.version}，计算日期：${explanation.asOf}` : `Profile: ${explanation.profile.id} ${explanation.profile.version}, as of ${explanation.asOf}`);
  if (explanation.rules.length > 0) lines.push(zh ? '规则：' : 'Rules:');
  for (const r of explanation.rules) {
    const when = r.effectiveFrom === undefined ? '' : zh ? `（${r.effectiveFrom} 起）` : ` (from ${r.effectiveFrom})`;
    lines.push(`  - [${r.rule}] ${zh ? r.text.zh : r.text.en}${when}`);
  }
  if (explanation.parameters.length > 0) lines.push(zh ? '参数：' : 'Parameters:');
  for (const p of explanation.parameters) {
    const flag = p.provisional ? (zh ? ' [暂定]' : ' [provisional]') : p.override ? (zh ? ' [覆盖]' : ' [override]') : '';
    const src = [p.source.key, p.source.title, p.source.article].filter(Boolean).join(', ');
    lines.push(`  - ${p.id} = ${JSON.stringify(p.value)} (${zh ? '自' : 'from'} ${p.effectiveFrom}; ${src})${flag}`);
  }
  if (explanation.warnings.length > 0) lines.push(zh ? '提示：' : 'Warnings:');
  for (const w of explanation.warnings) lines.push(`  - ${w.code}: ${zh ? w.zh : w.en}`);
  // Text for display: no resident ID shows, whatever a profile or a host wrote into the explanation.
  return maskIds(lines.join('\n'));
}

let explanationParser: SchemaParser<unknown> | undefined;

/** What formatExplanation reads of an explanation (other fields are allowed). */
function buildExplanationParser(): SchemaParser<unknown> {
  const text = z.string();
  const bilingual = z.object({ zh: text, en: text });
  // Values are printed with JSON.stringify: JSON only (a BigInt or a function would throw or print nothing).
  const json: z.ZodMiniType<ParameterValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
  return schemaParser(
    z.object({
      profile: z.object({ id: text, version: text }),
      asOf: text,
      rules: z.array(z.object({ rule: text, text: bilingual, effectiveFrom: z.optional(text) })),
      parameters: z.array(
        z.object({
          id: text,
          value: json,
          effectiveFrom: text,
          source: z.object({ key: z.optional(text), title: text, article: z.optional(text) }),
          provisional: z.boolean(),
          override: z.boolean(),
        }),
      ),
      warnings: z.array(z.object({ code: text, zh: text, en: text })),
    }),
  );
}
