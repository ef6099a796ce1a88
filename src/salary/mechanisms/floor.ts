/**
 * `floor`: a check, not a line: annual pay at least `ratios[group][post]` × a benchmark wage the host supplies
 * (Nanjing 2018, S6: 100% for 书记/主任, 80% or 70% for others by district). Reported, never applied. Without the
 * benchmark (or the group, when the table has several) the check is undetermined and says what is missing; a profile
 * with no pay lines gives the floor without comparing it.
 * @module
 * @internal
 */
import { derived } from '../../core/evaluation.js';
import { defineMessages, type Bilingual, type Catalogue } from '../../core/messages.js';
import { Dec, formatYuan } from '../../core/money.js';
import type { Source } from '../../core/parameters.js';
import { fields } from '../../core/record.js';
import { isPolicyError, PolicyError, type PolicyIssue } from '../../core/errors.js';
import type { ParameterRead, ParameterValue } from '../../core/parameters.js';
import { BENCHMARK_KINDS, benchmarkKindLabels, type Benchmark, type BenchmarkKind } from '../benchmark.js';
import { salaryMessages } from '../messages.js';
import { valueOf } from '../parameter-values.js';
import { componentRecord, decimalTable, parameterId, type TableEntry } from './fields.js';
import type { FloorCheck, PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ (() =>
  componentRecord(
    'floor',
    { zh: '报酬下限', en: 'Pay floor' },
    {
      ratios: parameterId().label('比例表参数', 'Ratios parameter'),
      benchmark: parameterId().label('基准种类参数', 'Benchmark kind parameter'),
    },
  ))();

const RATIO_LABEL: Bilingual = { zh: '报酬下限比例', en: 'Pay floor ratios' };
const byPost = /* @__PURE__ */ decimalTable(
  (k) => k === 'principal' || k === 'deputy' || k === 'staff',
  { zh: '岗位', en: 'Post' },
  RATIO_LABEL,
);

/** group → post → ratio; each group's table checked like any table of amounts (paths name the group). */
function RATIOS(read: ParameterRead<ParameterValue>): ReadonlyMap<string, ReadonlyMap<string, TableEntry | null>> {
  const v = read.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return byPost(read) as never;
  const out = new Map<string, ReadonlyMap<string, TableEntry | null>>();
  const issues: PolicyIssue[] = [];
  for (const [group, table] of Object.entries(v as Record<string, ParameterValue>)) {
    try {
      out.set(group, byPost({ ...read, value: table }));
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      // Put the group into the path: parameters.<id>.value.<group>.<post>.
      for (const i of e.issues) issues.push({ ...i, path: [...i.path.slice(0, 3), group, ...i.path.slice(3)] });
    }
  }
  if (issues.length > 0) throw new PolicyError(issues);
  return out;
}
const KIND = /* @__PURE__ */ valueOf(
  fields.enum(BENCHMARK_KINDS, benchmarkKindLabels).label('基准种类', 'Benchmark kind'),
);

const BENCHMARK: Bilingual = { zh: '基准工资', en: 'Benchmark wage' };
const FLOOR_GROUP: Bilingual = { zh: '下限分组', en: 'Floor group' };

interface Compiled {
  readonly id: string;
  readonly label: Bilingual;
  readonly ratios: ReadonlyMap<string, ReadonlyMap<string, TableEntry | null>>;
  readonly ratiosId: string;
  readonly kind: BenchmarkKind;
  readonly source: Source;
}

const floorOf = (benchmark: Benchmark, ratio: TableEntry) => formatYuan(new Dec(benchmark.annual).times(ratio.value));

/** The words of a floor check, its warnings and a ratio the table lacks: this mechanism's own texts, joined into the salary catalogue (`salaryCatalogue()`). */
const TEXTS = {
  no_floor_ratio: {
    zh: (p: { label: Bilingual; group: string }) => `${p.label.zh}比例（分组「${p.group}」）`,
    en: (p: { label: Bilingual; group: string }) => `${p.label.en} ratio (group ${p.group})`,
  },
  floor_checked: {
    zh: (p: {
      label: Bilingual;
      pay: string;
      floor: string;
      benchmark: string;
      ratio: string;
      group: string;
      shortfall: string | null;
    }) =>
      `${p.label.zh}：年收入 ${p.pay} ${p.shortfall === null ? '≥' : '<'} 下限 ${p.floor}（基准 ${p.benchmark} × ${p.ratio}，分组「${p.group}」）${p.shortfall === null ? '，达标' : `，差额 ${p.shortfall}`}`,
    en: (p: {
      label: Bilingual;
      pay: string;
      floor: string;
      benchmark: string;
      ratio: string;
      group: string;
      shortfall: string | null;
    }) =>
      `${p.label.en}: annual pay ${p.pay} ${p.shortfall === null ? '≥' : '<'} floor ${p.floor} (benchmark ${p.benchmark} × ${p.ratio}, group ${p.group})${p.shortfall === null ? ': met' : `, shortfall ${p.shortfall}`}`,
  },
  floor_only: {
    zh: (p: { label: Bilingual; floor: string; benchmark: string; ratio: string; group: string }) =>
      `${p.label.zh}：下限 ${p.floor}（基准 ${p.benchmark} × ${p.ratio}，分组「${p.group}」）；本配置没有工资项目，未与工资比较`,
    en: (p: { label: Bilingual; floor: string; benchmark: string; ratio: string; group: string }) =>
      `${p.label.en}: floor ${p.floor} (benchmark ${p.benchmark} × ${p.ratio}, group ${p.group}); the profile has no pay lines, so pay was not compared`,
  },
  floor_pay_unknown: {
    zh: (p: { label: Bilingual; floor: string }) => `${p.label.zh}：下限 ${p.floor}；工资无法计算，未比较`,
    en: (p: { label: Bilingual; floor: string }) =>
      `${p.label.en}: floor ${p.floor}; pay could not be computed, so it was not compared`,
  },
  floor_shortfall: {
    zh: (p: { label: Bilingual; shortfall: string }) => `${p.label.zh}：年收入低于下限 ${p.shortfall} 元`,
    en: (p: { label: Bilingual; shortfall: string }) =>
      `${p.label.en}: annual pay is ${p.shortfall} yuan below the floor`,
  },
  benchmark_kind: {
    zh: (p: { label: Bilingual; needed: Bilingual; given: Bilingual }) =>
      `${p.label.zh}需要的基准是「${p.needed.zh}」，提供的是「${p.given.zh}」，未核对`,
    en: (p: { label: Bilingual; needed: Bilingual; given: Bilingual }) =>
      `${p.label.en} needs the benchmark "${p.needed.en}"; "${p.given.en}" was supplied, so it was not checked`,
  },
} satisfies Catalogue;
const own = /* @__PURE__ */ defineMessages('salary', TEXTS);

export const floor: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'floor',
  label: { zh: '报酬下限', en: 'Pay floor' },
  texts: TEXTS,
  schema,
  parameters: (c) => [c.ratios, c.benchmark],
  build: (c, [ratios, kind]) => ({
    id: c.id,
    label: c.label,
    ratios: derived(ratios!, RATIOS),
    ratiosId: c.ratios,
    kind: derived(kind!, KIND),
    source: ratios!.source,
  }),
  key: (_k, ctx) => ctx.post,
  keyedBy: 'post',
  check(k, ctx, pay, options) {
    const groups = [...k.ratios.keys()];
    const group = options.floorGroup ?? (groups.length === 1 ? groups[0]! : undefined);
    if (group !== undefined && !k.ratios.has(group))
      salaryMessages.fail('unknown_floor_group', ['floorGroup'], { received: group.slice(0, 40), groups });
    const base = { component: k.id, label: k.label, group: group ?? null };
    const benchmark =
      options.benchmark !== undefined && options.benchmark.kind === k.kind ? options.benchmark : undefined;
    if (options.benchmark !== undefined && benchmark === undefined) {
      ctx.scope.warn(
        own.warning('benchmark_kind', {
          label: k.label,
          needed: benchmarkKindLabels[k.kind],
          given: benchmarkKindLabels[options.benchmark.kind],
        }),
      );
    }
    if (benchmark === undefined)
      ctx.scope.need('benchmark', {
        zh: `${BENCHMARK.zh}：${benchmarkKindLabels[k.kind].zh}`,
        en: `${BENCHMARK.en}: ${benchmarkKindLabels[k.kind].en}`,
      });
    if (group === undefined) ctx.scope.need('floorGroup', FLOOR_GROUP);
    const ratio = group === undefined ? undefined : k.ratios.get(group)!.get(ctx.post);
    if (group !== undefined && (ratio === undefined || ratio === null)) {
      ctx.scope.gap({
        id: k.ratiosId,
        label: own.text('no_floor_ratio', { label: k.label, group }),
        reason: 'not_found',
        date: ctx.asOf,
      });
    }
    // The benchmark is computed with as given and shown as money (yuan with two decimals), like every amount.
    const shown = benchmark === undefined ? null : { ...benchmark, annual: formatYuan(new Dec(benchmark.annual)) };
    if (benchmark === undefined || group === undefined || ratio === undefined || ratio === null) {
      return {
        ...base,
        status: 'undetermined',
        ratio: ratio === undefined || ratio === null ? null : ratio.text,
        benchmark: shown,
        floor: null,
        shortfall: null,
      };
    }
    const annual = floorOf(benchmark, ratio);
    const found = { ...base, ratio: ratio.text, benchmark: shown!, floor: { annual } };
    const words = { label: k.label, floor: annual, benchmark: shown!.annual, ratio: ratio.text, group };
    if (!pay.hasLines) {
      ctx.scope.trace.rule({
        rule: `salary.floor.${k.id}`,
        text: own.text('floor_only', words),
        source: k.source,
        result: annual,
      });
      return { ...found, status: 'not_compared', shortfall: null };
    }
    if (pay.annual === null) {
      ctx.scope.trace.rule({
        rule: `salary.floor.${k.id}`,
        text: own.text('floor_pay_unknown', { label: k.label, floor: annual }),
        source: k.source,
      });
      return { ...found, status: 'undetermined', shortfall: null };
    }
    const difference = new Dec(annual).minus(pay.annual);
    const shortfall = difference.isPositive() && !difference.isZero() ? formatYuan(difference) : '0.00';
    const short = shortfall !== '0.00';
    if (short) ctx.scope.warn(own.warning('floor_shortfall', { label: k.label, shortfall }));
    ctx.scope.trace.rule({
      rule: `salary.floor.${k.id}`,
      text: own.text('floor_checked', { ...words, pay: pay.annual, shortfall: short ? shortfall : null }),
      source: k.source,
      result: shortfall,
    });
    return { ...found, status: short ? 'shortfall' : 'met', shortfall: { annual: shortfall } };
  },
  source: (k) => k.source,
};
