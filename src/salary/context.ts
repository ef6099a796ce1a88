/**
 * A profile and a date fix every amount: this module reads the profile once per (profile, asOf, benchmark, group)
 * and builds, lazily and exactly (Decimal), the pay of each (post, grade, certificate, seniority level) that occurs.
 * Per worker the engine then only does integer date arithmetic and one table lookup.
 * @module
 */
import { yearOf } from '../core/calendar-date.js';
import { ErrorCode, fail } from '../core/errors.js';
import { PROVISIONAL_WARNING, Tracer, type RuleApplication, type Warning } from '../core/explanation.js';
import { Dec, formatYuan, toDec, type Yuan } from '../core/money.js';
import type { Bilingual, ParameterRead } from '../core/parameters.js';
import type { Profile } from '../core/profile.js';
import { loadComponents, loadGradeRules, loadNotices, MISSING_TABLE_ENTRY, type Compiled, type GradeRules, type PayComponent, type SeniorityClock } from './rules.js';
import { CERTIFICATE_LEVELS, CERTIFICATE_NAMES, POST_NAMES, POSTS, type CertificateLevel, type Post } from './worker.js';

/**
 * One line of pay.
 * @category Salary
 */
export interface SalaryLine {
  /** Component id from the profile (e.g. `"basic"`). */
  readonly component: string;
  /** Component name. */
  readonly label: Bilingual;
  /** The mechanism that computed it. */
  readonly mechanism: Exclude<PayComponent['kind'], 'floor'>;
  /** Amount in yuan, rounded to 0.01 as the component declares. */
  readonly amount: Yuan;
  /** `'month'` lines make up the monthly total; `'year'` lines are paid once a year. */
  readonly period: 'month' | 'year';
}

/**
 * A floor check (e.g. Nanjing 2018: annual pay of a 书记/主任 ≥ 100% of last year's average wage). Reported, never
 * applied: the pay lines are not raised.
 * @category Salary
 */
export interface FloorCheck {
  /** Component id of the floor. */
  readonly component: string;
  /** Name of the floor. */
  readonly label: Bilingual;
  /** `met`, `shortfall`, or `not_checked` (no benchmark given, or several groups and none chosen). */
  readonly status: 'met' | 'shortfall' | 'not_checked';
  /** Group of the ratio table used (e.g. a district group), if chosen. */
  readonly group: string | null;
  /** Ratio applied to the benchmark. */
  readonly ratio: string | null;
  /** The annual benchmark supplied by the host. */
  readonly benchmark: Yuan | null;
  /** Minimum annual pay: ratio × benchmark, rounded half-up to 0.01. */
  readonly floor: Yuan | null;
  /** Annual pay compared: 12 × the monthly total + yearly lines (employer social contributions are not included). */
  readonly annualPay: Yuan;
  /** How much the annual pay is below the floor (`"0.00"` when met). */
  readonly shortfall: Yuan | null;
}

/** The pay of one (post, grade, certificate, seniority level). @internal */
export interface PayEntry {
  /** Position in the context's list of entries, so a roster can tally rows per entry and sum money once per entry. */
  readonly index: number;
  /** Index into POSTS. */
  readonly post: number;
  readonly lines: readonly SalaryLine[];
  readonly total: Yuan;
  readonly annualTotal: Yuan;
  readonly floors: readonly FloorCheck[];
  readonly warnings: readonly Warning[];
  readonly rules: readonly RuleApplication[];
}

/** Everything fixed by (profile, asOf, benchmark, floor group). @internal */
export interface SalaryContext {
  readonly profile: Profile;
  readonly profileRef: { readonly id: string; readonly version: string };
  readonly asOf: string;
  readonly asOfYear: number;
  readonly grade: GradeRules | null;
  readonly components: readonly Compiled[];
  readonly seniority: SeniorityClock | null;
  readonly parameters: readonly ParameterRead[];
  /** Every warning of the context (all provisional values read, notices). */
  readonly warnings: readonly Warning[];
  /** The warnings of a result that used the pay components with these parameter ids. */
  warningsFor(used: ReadonlySet<string>): readonly Warning[];
  entry(post: number, grade: number, certificate: number, levels: number): PayEntry;
  /** The entry with this index (see {@link PayEntry.index}). */
  entryAt(index: number): PayEntry;
}

/** Highest grade a profile may use (keeps table keys and summary arrays small). @internal */
export const MAX_GRADE = 4095;

function explainLine(c: Compiled, amount: Yuan, detail: { zh: string; en: string }): RuleApplication {
  return {
    rule: `salary.pay.${c.c.id}`,
    text: { zh: `${c.c.label.zh}：${detail.zh} = ${amount}`, en: `${c.c.label.en}: ${detail.en} = ${amount}` },
    result: amount,
    source: c.source,
  };
}

function buildEntry(ctx: SalaryContext, index: number, benchmark: Dec | null, floorGroup: string | undefined, post: number, grade: number, certificate: number, levels: number): PayEntry {
  const lines: SalaryLine[] = [];
  const rules: RuleApplication[] = [];
  const used = new Set<string>();
  const extra: Warning[] = [];
  // Exact decimals: amounts may exceed what a float holds exactly (see Dec's precision and DECIMAL_RANGE).
  let monthly = new Dec(0);
  let yearly = new Dec(0);
  const postName: Post = POSTS[post]!;
  for (const c of ctx.components) {
    let amount: Dec;
    let detail: { zh: string; en: string };
    let period: 'month' | 'year' = 'month';
    switch (c.kind) {
      case 'floor':
        continue;
      case 'gradeCoefficient': {
        const coefficient = c.coefficients[String(grade)];
        if (coefficient === undefined) {
          fail(MISSING_TABLE_ENTRY, ['parameters', c.coefficientsId, 'value', String(grade)], `系数表 ${c.coefficientsId} 缺少等级 ${grade}`, `Coefficient table ${c.coefficientsId} has no grade ${grade}`);
        }
        amount = c.base.times(coefficient).times(c.share);
        detail = { zh: `基数 ${c.base.toString()} × ${grade} 级系数 ${coefficient} × 比例 ${c.share.toString()}`, en: `base ${c.base.toString()} × grade ${grade} coefficient ${coefficient} × share ${c.share.toString()}` };
        break;
      }
      case 'postAmount':
        amount = c.amounts[post]!;
        period = c.period;
        detail = { zh: `${POST_NAMES[postName].zh}岗位定额${period === 'year' ? '（每年）' : ''}`, en: `fixed amount for ${postName}${period === 'year' ? ' (per year)' : ''}` };
        break;
      case 'seniority':
        amount = c.start[post]!.plus(c.perLevel.times(levels));
        detail = { zh: `起点 ${c.start[post]!.toString()} + ${c.perLevel.toString()} × ${levels} 档`, en: `start ${c.start[post]!.toString()} + ${c.perLevel.toString()} × ${levels} level(s)` };
        break;
      case 'certificateAllowance': {
        if (certificate === 0) continue;
        const level: CertificateLevel = CERTIFICATE_LEVELS[certificate - 1]!;
        const a = c.amounts[certificate];
        if (a === undefined) {
          extra.push({
            code: 'no_certificate_amount',
            zh: `${c.c.label.zh}：配置中没有 ${level} 等级的金额，未计发`,
            en: `${c.c.label.en}: the profile has no amount for level ${level}; nothing is paid`,
          });
          continue;
        }
        amount = a;
        detail = { zh: `证书等级 ${CERTIFICATE_NAMES[level].zh}`, en: `certificate level ${level}` };
        break;
      }
    }
    for (const id of c.ids) used.add(id);
    const yuan = formatYuan(amount, c.rounding);
    if (period === 'month') monthly = monthly.plus(yuan);
    else yearly = yearly.plus(yuan);
    lines.push({ component: c.c.id, label: c.c.label, mechanism: c.kind, amount: yuan, period });
    rules.push(explainLine(c, yuan, detail));
  }
  const annual = monthly.times(12).plus(yearly);
  const annualPay = formatYuan(annual);
  const floors: FloorCheck[] = [];
  for (const c of ctx.components) {
    if (c.kind !== 'floor') continue;
    const groups = Object.keys(c.ratios);
    const group = floorGroup ?? (groups.length === 1 ? groups[0]! : undefined);
    for (const id of c.ids) used.add(id);
    const base = { component: c.c.id, label: c.c.label, annualPay };
    if (benchmark === null || group === undefined) {
      floors.push({ ...base, status: 'not_checked', group: group ?? null, ratio: null, benchmark: benchmark === null ? null : formatYuan(benchmark), floor: null, shortfall: null });
      extra.push(
        benchmark === null
          ? { code: 'floor_not_checked', zh: `${c.c.label.zh}：未提供基准工资（benchmark），未核对`, en: `${c.c.label.en}: no benchmark wage was supplied; not checked` }
          : { code: 'floor_not_checked', zh: `${c.c.label.zh}：请指定 floorGroup（${groups.join('、')}）`, en: `${c.c.label.en}: choose a floorGroup (${groups.join(', ')})` },
      );
      continue;
    }
    const ratio = c.ratios[group]![postName];
    if (ratio === undefined) {
      fail(MISSING_TABLE_ENTRY, ['parameters', c.ratiosId, 'value', group, postName], `比例表 ${c.ratiosId} 缺少 ${group}/${postName}`, `Ratio table ${c.ratiosId} has no entry ${group}/${postName}`);
    }
    const floor = formatYuan(benchmark.times(ratio));
    const gap = new Dec(floor).minus(annual);
    const short = gap.gt(0);
    const shortfall = short ? formatYuan(gap) : '0.00';
    floors.push({ ...base, status: short ? 'shortfall' : 'met', group, ratio, benchmark: formatYuan(benchmark), floor, shortfall });
    rules.push({
      rule: `salary.floor.${c.c.id}`,
      text: {
        zh: `${c.c.label.zh}：年收入 ${annualPay} ${short ? '<' : '≥'} 下限 ${floor}（${formatYuan(benchmark)} × ${ratio}，${group}）${short ? `，差额 ${shortfall}` : ''}`,
        en: `${c.c.label.en}: annual pay ${annualPay} ${short ? '<' : '≥'} floor ${floor} (${formatYuan(benchmark)} × ${ratio}, ${group})${short ? `, shortfall ${shortfall}` : ''}`,
      },
      result: shortfall,
      source: c.source,
    });
    if (short) {
      extra.push({ code: 'floor_shortfall', zh: `${c.c.label.zh}：年收入低于下限 ${shortfall} 元`, en: `${c.c.label.en}: annual pay is ${shortfall} below the floor` });
    }
  }
  return {
    index,
    post,
    lines,
    total: formatYuan(monthly),
    annualTotal: annualPay,
    floors,
    warnings: extra.length === 0 ? ctx.warningsFor(used) : [...ctx.warningsFor(used), ...extra],
    rules,
  };
}

const contexts = new WeakMap<Profile, Map<string, SalaryContext>>();
// Shipped profiles live as long as the process: keep at most this many dates (and benchmarks) per profile.
const CACHE_LIMIT = 64;
const gradeRuleCache = new WeakMap<Profile, Map<string, { rules: GradeRules | null; tracer: Tracer }>>();

/**
 * The context for a profile and date, cached per profile object (a WeakMap: dropping the profile frees it).
 * @internal
 */
export function salaryContext(profile: Profile, asOf: string, benchmark?: string, floorGroup?: string): SalaryContext {
  const key = `${asOf}|${benchmark ?? ''}|${floorGroup ?? ''}`;
  let byKey = contexts.get(profile);
  if (byKey === undefined) contexts.set(profile, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  if (byKey.size >= CACHE_LIMIT) byKey.clear();
  const tracer = new Tracer(profile, asOf);
  const grade = loadGradeRules(tracer);
  const { components, seniority } = loadComponents(tracer, grade !== null);
  for (const n of loadNotices(tracer)) tracer.warn(n);
  if (floorGroup !== undefined) {
    for (const c of components) {
      if (c.kind === 'floor' && c.ratios[floorGroup] === undefined) {
        fail(ErrorCode.UnknownEnumValue, ['floorGroup'], `下限分组应为：${Object.keys(c.ratios).join('、')}`, `floorGroup must be one of: ${Object.keys(c.ratios).join(', ')}`, {
          allowed: Object.keys(c.ratios),
        });
      }
    }
  }
  if (grade !== null && grade.windows.some((w) => w.max > MAX_GRADE)) {
    fail(ErrorCode.OutOfRange, ['parameters', 'salary.grade.windows'], `等级不得超过 ${MAX_GRADE}`, `Grades must not exceed ${MAX_GRADE}`);
  }
  const bench = benchmark === undefined ? null : toDec(benchmark, ['benchmark']);
  const explanation = tracer.finish();
  const entries = new Map<number, PayEntry>();
  const list: PayEntry[] = [];
  // Provisional-value warnings by parameter id (the tracer's own wording), and which ids only components read.
  const provisional = new Map<string, Warning>();
  for (const r of explanation.parameters) {
    if (!r.provisional) continue;
    const t = new Tracer(profile, asOf);
    t.record(r);
    provisional.set(r.id, t.warnings[0]!);
  }
  const componentOnly = new Set(components.flatMap((c) => c.ids));
  const notices = explanation.warnings.filter((w) => w.code !== PROVISIONAL_WARNING);
  const warningSets = new Map<string, readonly Warning[]>();
  const ctx: SalaryContext = {
    profile,
    profileRef: { id: profile.id, version: profile.version },
    asOf,
    asOfYear: yearOf(asOf),
    grade,
    components,
    seniority,
    parameters: explanation.parameters,
    warnings: explanation.warnings,
    warningsFor(usedIds) {
      const list: Warning[] = [];
      for (const r of explanation.parameters) {
        const w = provisional.get(r.id);
        if (w !== undefined && (!componentOnly.has(r.id) || usedIds.has(r.id)) && !list.includes(w)) list.push(w);
      }
      list.push(...notices);
      // Entries with the same warnings share one array.
      const key = list.map((w) => w.en).join('\n');
      const shared = warningSets.get(key);
      if (shared !== undefined) return shared;
      warningSets.set(key, list);
      return list;
    },
    entry(post, g, certificate, levels) {
      const k = ((levels * (MAX_GRADE + 1) + g) * 4 + certificate) * 3 + post;
      let e = entries.get(k);
      if (e === undefined) {
        e = buildEntry(ctx, list.length, bench, floorGroup, post, g, certificate, levels);
        entries.set(k, e);
        list.push(e);
      }
      return e;
    },
    entryAt(index) {
      return list[index]!;
    },
  };
  byKey.set(key, ctx);
  return ctx;
}

/** The grade rules in force on a date (cached), with the tracer that read them. @internal */
export function gradeRulesOn(profile: Profile, date: string): { rules: GradeRules | null; tracer: Tracer } {
  let byDate = gradeRuleCache.get(profile);
  if (byDate === undefined) gradeRuleCache.set(profile, (byDate = new Map()));
  let r = byDate.get(date);
  if (r === undefined) {
    if (byDate.size >= CACHE_LIMIT * 4) byDate.clear();
    const tracer = new Tracer(profile, date);
    r = { rules: loadGradeRules(tracer), tracer };
    byDate.set(date, r);
  }
  return r;
}
