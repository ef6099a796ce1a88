// A tiny computation with its own profile, so the case framework is tested independently of the policy domains.
import {
  ErrorCode,
  envelope,
  explainedScope,
  fail,
  parseProfile,
  profileAt,
  readParameter,
} from '../../src/core/index.js';
// The private Decimal and its formatting are the kit's internals (not package API); the toy computes with them as a domain does.
import { Dec, formatYuan, toDec } from '../../src/core/money.js';
import type { PolicyComputation } from '../../src/testing/index.js';

export const toyProfile = parseProfile({
  id: 'toy',
  version: '1.0.0',
  label: { zh: '玩具配置', en: 'Toy profile' },
  jurisdiction: { name: { zh: '测试', en: 'Test' } },
  parameters: {
    'toy.rate': {
      id: 'toy.rate',
      label: { zh: '费率', en: 'Rate' },
      unit: 'ratio',
      type: 'decimal',
      values: [
        { effectiveFrom: '2020-01-01', value: '0.10', source: { key: 'X1', title: 'Toy document', article: '第一条' } },
        {
          effectiveFrom: '2025-01-01',
          value: '0.12',
          source: { key: 'X2', title: 'Toy amendment', article: '第二条' },
        },
      ],
    },
  },
});

/** fee = amount × rate in force on asOf; also returns the input's tags as a list of findings. */
export const toyFee: PolicyComputation = {
  label: { zh: '费用', en: 'Fee' },
  aliases: ['费用'],
  profile: (id) => (id === 'toy' ? toyProfile : undefined),
  profileIds: () => ['toy'],
  defaultProfile: () => toyProfile,
  run(input, ctx) {
    if (ctx.asOf === undefined) fail(ErrorCode.Required, ['asOf'], '缺少日期', 'asOf is required');
    const i = (input ?? {}) as { amount?: unknown; tags?: unknown };
    const amount = toDec(i.amount, ['amount']);
    const profile = ctx.profile ?? toyProfile;
    const { scope, explain } = explainedScope(profileAt(profile, ctx.asOf));
    const rate = scope.param<string>('toy.rate');
    // The toy refuses a date with no rate in force (readParameter throws not_in_force), so the framework's tests have an error case.
    if (rate === undefined) readParameter(profile, 'toy.rate', ctx.asOf);
    scope.trace.rule({
      rule: 'toy.fee',
      text: { zh: `费用 = 金额 × 费率 ${rate!.value}`, en: `fee = amount × rate ${rate!.value}` },
      source: rate!.source,
    });
    const tags = Array.isArray(i.tags) ? (i.tags as string[]) : [];
    const fee = formatYuan(amount.times(new Dec(rate!.value)));
    return {
      ...envelope('toy', 'fee', 'computed', scope, explain({ zh: `费用 ${fee}`, en: `fee ${fee}` })),
      fee,
      rate: rate!.value,
      detail: { amount: formatYuan(amount), count: tags.length },
      findings: tags.map((t, n) => ({ rule: t, outcome: n % 2 === 0 ? 'pass' : 'fail' })),
    };
  },
};

export const toyComputations = { fee: toyFee };
