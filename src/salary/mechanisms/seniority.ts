/**
 * `seniority`: a starting amount by post plus an amount per level, a level being `yearsPerLevel` full years on the
 * service clock (default 1, from the next 1 January), at most `maxLevels`, each fail year pushing the clock back
 * `failDelayYears` (without it fail years do not count) (S8: 职务年限补贴 960 / 845 / 740 + 50 a year when assessed 合格).
 * @module
 * @internal
 */
import type { Dec } from '../../core/money.js';
import type { Bilingual } from '../../core/messages.js';
import type { Source } from '../../core/parameters.js';
import { serviceSteps, yearsWith } from '../clock.js';
import { salaryMessages } from '../messages.js';
import type { Post, Worker } from '../worker.js';
import { BY_POST, componentRecord, DECIMAL, NON_NEGATIVE_INTEGER, parameterId, POSITIVE_INTEGER, sourceOf } from './fields.js';
import type { PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ componentRecord('seniority', { zh: '按年限增档', en: 'Seniority levels' }, {
  start: parameterId().label('起点金额参数', 'Starting amounts parameter'),
  perLevel: parameterId().label('每档金额参数', 'Amount per level parameter'),
  yearsPerLevel: parameterId().optional().label('每档年数参数', 'Years per level parameter'),
  maxLevels: parameterId().optional().label('档数上限参数', 'Most levels parameter'),
  failDelayYears: parameterId().optional().label('不合格推迟年数参数', 'Fail delay parameter'),
});

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
  const startYear = Number(start.slice(0, 4));
  const j = start.endsWith('-01-01') ? 0 : 1;
  const fails = k.failDelay === 0 ? [] : yearsWith(w.assessments, startYear, (r) => r === 'fail');
  const n = serviceSteps(startYear, j, k.yearsPerLevel, k.failDelay, fails, Number(asOf.slice(0, 4)));
  return n > k.maxLevels ? k.maxLevels : n;
}

export const seniority: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'seniority',
  label: { zh: '按年限增档', en: 'Seniority levels' },
  schema,
  compile(c, scope) {
    const start = scope.value(c.start, BY_POST);
    const perLevel = scope.value(c.perLevel, DECIMAL);
    const yearsPerLevel = c.yearsPerLevel === undefined ? 1 : scope.value(c.yearsPerLevel, POSITIVE_INTEGER);
    const maxLevels = c.maxLevels === undefined ? Number.MAX_SAFE_INTEGER : scope.value(c.maxLevels, NON_NEGATIVE_INTEGER);
    const failDelay = c.failDelayYears === undefined ? 0 : scope.value(c.failDelayYears, NON_NEGATIVE_INTEGER);
    if (start === undefined || perLevel === undefined || yearsPerLevel === undefined || maxLevels === undefined || failDelay === undefined) return undefined;
    return { start, perLevel, yearsPerLevel, maxLevels, failDelay, source: sourceOf(scope, c.perLevel), label: c.label };
  },
  key: (k, ctx) => `${ctx.post}:${levels(k, ctx.worker, ctx.asOf)}`,
  line(k, ctx) {
    const n = levels(k, ctx.worker, ctx.asOf);
    const start = k.start[ctx.post];
    return {
      amount: start.plus(k.perLevel.times(n)),
      period: 'month',
      text: (amount) => salaryMessages.text('pay_seniority', { label: k.label, start: start.toString(), perLevel: k.perLevel.toString(), levels: n, amount }),
    };
  },
  source: (k) => k.source,
};
