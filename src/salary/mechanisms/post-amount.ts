/**
 * `postAmount`: a fixed amount by post, paid monthly or, with `period: 'year'`, once a year (S8: 基本工资, 岗位津贴,
 * 奖金).
 * @module
 * @internal
 */
import { derived } from '../../core/evaluation.js';
import { defineMessages, type Bilingual, type Catalogue } from '../../core/messages.js';
import type { Dec } from '../../core/money.js';
import type { Source } from '../../core/parameters.js';
import { fields } from '../../core/record.js';
import { communityWorkerPostLabels } from '../../entities/community-worker-post.js';
import type { Post } from '../worker.js';
import { BY_POST, componentRecord, parameterId } from './fields.js';
import type { PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ (() =>
  componentRecord(
    'postAmount',
    { zh: '按岗位定额', en: 'Amount by post' },
    {
      amounts: parameterId().label('金额表参数', 'Amounts parameter'),
      period: fields
        .enum(['month', 'year'] as const, { month: { zh: '每月', en: 'monthly' }, year: { zh: '每年', en: 'yearly' } })
        .optional()
        .label('发放周期', 'Period'),
    },
  ))();

interface Compiled {
  readonly amounts: Readonly<Record<Post, Dec>>;
  readonly period: 'month' | 'year';
  readonly source: Source;
  readonly label: { readonly zh: string; readonly en: string };
}

/** The words of a post amount line: this mechanism's own texts, joined into the salary catalogue (`salaryCatalogue()`). */
const TEXTS = {
  pay_post_amount: {
    zh: (p: { label: Bilingual; post: Bilingual; amount: string; yearly: boolean }) =>
      `${p.label.zh}：${p.post.zh}岗位${p.yearly ? '每年' : '每月'} ${p.amount}`,
    en: (p: { label: Bilingual; post: Bilingual; amount: string; yearly: boolean }) =>
      `${p.label.en}: ${p.amount} ${p.yearly ? 'a year' : 'a month'} for ${p.post.en}`,
  },
} satisfies Catalogue;
const own = /* @__PURE__ */ defineMessages('salary', TEXTS);

export const postAmount: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'postAmount',
  label: { zh: '按岗位定额', en: 'Amount by post' },
  texts: TEXTS,
  schema,
  parameters: (c) => [c.amounts],
  build: (c, [amounts]) => ({
    amounts: derived(amounts!, BY_POST),
    period: c.period ?? 'month',
    source: amounts!.source,
    label: c.label,
  }),
  key: (_k, ctx) => ctx.post,
  keyedBy: 'post',
  line(k, ctx) {
    const post = communityWorkerPostLabels[ctx.post];
    const yearly = k.period === 'year';
    return {
      amount: k.amounts[ctx.post],
      period: k.period,
      text: (amount) => own.text('pay_post_amount', { label: k.label, post, amount, yearly }),
    };
  },
  source: (k) => k.source,
};
