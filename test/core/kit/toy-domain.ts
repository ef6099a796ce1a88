// A toy domain built by the engine kit's recipe (a folder, profile data, registered rules), used to test the kit
// itself the way every domain uses it.
import {
  defineMessages,
  defineProfiles,
  defineRecord,
  envelope,
  explainedScope,
  fields,
  profileAt,
  readOptions,
  asOfOption,
  explainOption,
  runBatch,
  Scope,
  type Catalogue,
  type Messages,
  type ResultEnvelope,
} from '../../../src/core/index.js';

export const toyProfileJson = {
  format: 2,
  id: 'toy',
  domain: 'toy',
  version: '1.0.0',
  label: { zh: '示例配置', en: 'Toy profile' },
  jurisdiction: { name: { zh: '示例市', en: 'Toy City' } },
  sources: {
    D1: {
      title: '《示例办法》',
      issuer: '示例市政府',
      number: '示政发〔2024〕1号',
      date: '2024-01-01',
      confidence: 'H',
    },
  },
  parameters: {
    'toy.rate': {
      label: { zh: '费率', en: 'Rate' },
      unit: 'ratio',
      type: 'decimal',
      values: [{ effectiveFrom: '2024-01-01', value: '0.5', source: 'D1', article: '第三条' }],
    },
    'toy.limit': {
      label: { zh: '上限', en: 'Limit' },
      unit: 'yuan',
      type: 'integer',
      values: [{ effectiveFrom: null, value: 100, source: { title: '某网页问答', confidence: 'L' } }],
    },
    'toy.bonus': {
      label: { zh: '奖励额', en: 'Bonus' },
      unit: 'yuan',
      type: 'decimal',
      values: [{ effectiveFrom: null, value: null, notFound: true, source: { title: '未找到官方来源' } }],
    },
  },
};

export const toyProfiles = defineProfiles(
  'toy',
  { toy: () => toyProfileJson },
  { default: 'toy', renamed: { 'toy.oldRate': 'toy.rate' } },
);

const CATALOGUE = {
  over_limit: {
    zh: (p: { amount: string; limit: number }) => `金额 ${p.amount} 超过上限 ${p.limit}`,
    en: (p: { amount: string; limit: number }) => `Amount ${p.amount} exceeds the limit ${p.limit}`,
  },
} satisfies Catalogue;
export const toyMessages: Messages<typeof CATALOGUE> = defineMessages('toy', CATALOGUE);

export const toyItem = defineRecord(
  'toy-item',
  { zh: '示例条目', en: 'toy item' },
  {
    id: fields.id().optional().label('编号', 'id'),
    kind: fields
      .enum(['small', 'large'], { small: { zh: '小', en: 'small' }, large: { zh: '大', en: 'large' } })
      .label('类别', 'kind'),
    amount: fields.decimal().label('金额', 'amount'),
    start: fields.date().optional().label('开始日期', 'start date'),
  },
);

export interface ToyResult extends ResultEnvelope<'toy', 'computed' | 'undetermined'> {
  readonly fee: string | null;
}

/** The readable rule: fee = amount × rate; warns over the limit; needs the start date. */
export function evaluateToy(
  item: ReturnType<typeof toyItem.parse>,
  scope: Scope,
): { fee: string | null; outcome: 'computed' | 'undetermined' } {
  if (item.start === undefined) scope.need('start', { zh: '开始日期', en: 'start date' });
  const rate = scope.param<string>('toy.rate');
  const limit = scope.param<number>('toy.limit');
  if (limit !== undefined && Number(item.amount) > limit.value)
    scope.warn(toyMessages.warning('over_limit', { amount: item.amount, limit: limit.value }));
  if (rate === undefined || item.start === undefined) return { fee: null, outcome: 'undetermined' };
  const fee = (Number(item.amount) * Number(rate.value)).toFixed(2);
  scope.trace.rule({
    rule: 'toy.fee',
    text: { zh: `费用 = ${item.amount} × ${rate.value} = ${fee}`, en: `fee = ${item.amount} × ${rate.value} = ${fee}` },
    source: rate.source,
  });
  return { fee, outcome: 'computed' };
}

const OPTIONS = { asOf: asOfOption, profile: toyProfiles.option };

export function computeToy(input: unknown, options: unknown): ToyResult {
  const o = readOptions(options, OPTIONS);
  const item = toyItem.parse(input);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateToy(item, scope);
  return {
    ...envelope(
      'toy',
      'toy',
      r.outcome,
      scope,
      explain({ zh: `费用：${r.fee ?? '无法计算'}`, en: `Fee: ${r.fee ?? 'undetermined'}` }),
    ),
    fee: r.fee,
  };
}

export function computeToys(items: unknown, options: unknown) {
  const o = readOptions(options, { ...OPTIONS, explain: explainOption });
  const at = profileAt(o.profile, o.asOf);
  return runBatch(items, (raw, i) => {
    const item = toyItem.parse(raw, [i]);
    if (o.explain) {
      const { scope, explain } = explainedScope(at);
      const r = evaluateToy(item, scope);
      return {
        index: i,
        ...r,
        warnings: scope.warnings,
        missing: scope.missing,
        explanation: explain({ zh: `费用：${r.fee}`, en: `Fee: ${r.fee}` }),
      };
    }
    const scope = new Scope(at);
    const r = evaluateToy(item, scope);
    return { index: i, ...r, warnings: scope.warnings, missing: scope.missing };
  });
}
