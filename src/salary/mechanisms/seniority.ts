/**
 * `seniority`: a starting amount by post plus an amount per level, a level being `yearsPerLevel` full years on the
 * service clock (default 1, from the next 1 January), at most `maxLevels`, each fail year pushing the clock back
 * `failDelayYears` (without it fail years do not count) (S8: 职务年限补贴 960 / 845 / 740 + 50 a year when assessed 合格).
 * @module
 * @internal
 */
import { checkedYearOf, isNewYearsDay } from '../../core/calendar-date.js';
import { derived } from '../../core/evaluation.js';
import type { Dec } from '../../core/money.js';
import { defineMessages, type Bilingual, type Catalogue } from '../../core/messages.js';
import type { Source } from '../../core/parameters.js';
import { failYears, serviceSteps } from '../clock.js';
import type { Post, Worker } from '../worker.js';
import { BY_POST, componentRecord, DECIMAL, NON_NEGATIVE_INTEGER, parameterId, POSITIVE_INTEGER } from './fields.js';
import type { PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ (() =>
  componentRecord(
    'seniority',
    { zh: '按年限增档', en: 'Seniority levels' },
    {
      start: parameterId().label('起点金额参数', 'Starting amounts parameter'),
      perLevel: parameterId().label('每档金额参数', 'Amount per level parameter'),
      yearsPerLevel: parameterId().optional().label('每档年数参数', 'Years per level parameter'),
      maxLevels: parameterId().optional().label('档数上限参数', 'Most levels parameter'),
      failDelayYears: parameterId().optional().label('不合格推迟年数参数', 'Fail delay parameter'),
    },
  ))();

interface Compiled {
  readonly start: Readonly<Record<Post, Dec>>;
  readonly perLevel: Dec;
  readonly yearsPerLevel: number;
  readonly maxLevels: number;
  readonly failDelay: number;
  readonly source: Source;
  readonly label: Bilingual;
}

/** The levels a worker has on `asOf`. */
function levels(k: Compiled, w: Worker, asOf: string): number {
  const start = w.serviceStart;
  if (asOf < start) return 0;
  const startYear = checkedYearOf(start);
  const j = isNewYearsDay(start) ? 0 : 1;
  const fails = k.failDelay === 0 ? [] : failYears(w.assessments, startYear);
  const n = serviceSteps(startYear, j, k.yearsPerLevel, k.failDelay, fails, checkedYearOf(asOf));
  return n > k.maxLevels ? k.maxLevels : n;
}

/** The words of a seniority line: this mechanism's own texts, joined into the salary catalogue (`salaryCatalogue()`). */
const TEXTS = {
  pay_seniority: {
    zh: (p: { label: Bilingual; start: string; perLevel: string; levels: number; amount: string }) =>
      `${p.label.zh}：起点 ${p.start} + ${p.perLevel} × ${p.levels} 档 = ${p.amount}`,
    en: (p: { label: Bilingual; start: string; perLevel: string; levels: number; amount: string }) =>
      `${p.label.en}: start ${p.start} + ${p.perLevel} × ${p.levels} level(s) = ${p.amount}`,
  },
} satisfies Catalogue;
const own = /* @__PURE__ */ defineMessages('salary', TEXTS);

export const seniority: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'seniority',
  label: { zh: '按年限增档', en: 'Seniority levels' },
  texts: TEXTS,
  schema,
  parameters: (c) => [
    c.start,
    c.perLevel,
    ...[c.yearsPerLevel, c.maxLevels, c.failDelayYears].filter((id): id is string => id !== undefined),
  ],
  build(c, reads) {
    const [start, perLevel, ...rest] = reads;
    const optional = (id: string | undefined) => (id === undefined ? undefined : rest.shift()!);
    const years = optional(c.yearsPerLevel);
    const max = optional(c.maxLevels);
    const fail = optional(c.failDelayYears);
    return {
      start: derived(start!, BY_POST),
      perLevel: derived(perLevel!, DECIMAL),
      yearsPerLevel: years === undefined ? 1 : derived(years, POSITIVE_INTEGER),
      maxLevels: max === undefined ? Number.MAX_SAFE_INTEGER : derived(max, NON_NEGATIVE_INTEGER),
      failDelay: fail === undefined ? 0 : derived(fail, NON_NEGATIVE_INTEGER),
      source: perLevel!.source,
      label: c.label,
    };
  },
  key: (k, ctx) => `${ctx.post}:${levels(k, ctx.worker, ctx.asOf)}`,
  line(k, ctx) {
    const n = levels(k, ctx.worker, ctx.asOf);
    const start = k.start[ctx.post];
    return {
      amount: start.plus(k.perLevel.times(n)),
      period: 'month',
      text: (amount) =>
        own.text('pay_seniority', {
          label: k.label,
          start: start.toString(),
          perLevel: k.perLevel.toString(),
          levels: n,
          amount,
        }),
    };
  },
  source: (k) => k.source,
};
