/**
 * `gradeCoefficient`: base × the coefficient of the worker's grade × a share (S4: pay = base × 1 × grade coefficient,
 * split 70% basic and 30% performance). Undetermined while the grade is, or when the table has no coefficient for it.
 * @module
 * @internal
 */
import { derived } from '../../core/evaluation.js';
import { defineMessages, type Bilingual, type Catalogue } from '../../core/messages.js';
import { Dec } from '../../core/money.js';
import type { Source } from '../../core/parameters.js';
import { componentRecord, DECIMAL, decimalTable, parameterId, type TableEntry } from './fields.js';
import type { PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ (() =>
  componentRecord(
    'gradeCoefficient',
    { zh: '基数乘等级系数', en: 'Base × grade coefficient' },
    {
      base: parameterId().label('基数参数', 'Base parameter'),
      coefficients: parameterId().label('系数表参数', 'Coefficient table parameter'),
      share: parameterId().optional().label('比例参数', 'Share parameter'),
    },
  ))();

const COEFFICIENTS = /* @__PURE__ */ decimalTable(
  (k) => /^[1-9]\d{0,5}$/.test(k),
  { zh: '等级', en: 'Grade' },
  { zh: '等级系数', en: 'Grade coefficients' },
);
const ONE = /* @__PURE__ */ new Dec(1);

interface Compiled {
  readonly id: string;
  readonly coefficientsId: string;
  readonly base: Dec;
  readonly coefficients: ReadonlyMap<string, TableEntry | null>;
  readonly share: Dec;
  readonly source: Source;
  readonly label: { readonly zh: string; readonly en: string };
}

/** The words of a grade coefficient line and a coefficient the table lacks: this mechanism's own texts, joined into the salary catalogue (`salaryCatalogue()`). */
const TEXTS = {
  pay_grade_coefficient: {
    zh: (p: { label: Bilingual; base: string; grade: number; coefficient: string; share: string; amount: string }) =>
      `${p.label.zh}：基数 ${p.base} × ${p.grade} 级系数 ${p.coefficient} × 比例 ${p.share} = ${p.amount}`,
    en: (p: { label: Bilingual; base: string; grade: number; coefficient: string; share: string; amount: string }) =>
      `${p.label.en}: base ${p.base} × grade ${p.grade} coefficient ${p.coefficient} × share ${p.share} = ${p.amount}`,
  },
  no_coefficient: {
    zh: (p: { grade: number }) => `等级系数（${p.grade} 级）`,
    en: (p: { grade: number }) => `Grade coefficient (grade ${p.grade})`,
  },
} satisfies Catalogue;
const own = /* @__PURE__ */ defineMessages('salary', TEXTS);

export const gradeCoefficient: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'gradeCoefficient',
  label: { zh: '基数乘等级系数', en: 'Base × grade coefficient' },
  texts: TEXTS,
  schema,
  parameters: (c) => (c.share === undefined ? [c.base, c.coefficients] : [c.base, c.coefficients, c.share]),
  build: (c, [base, coefficients, share]) => ({
    id: c.id,
    coefficientsId: c.coefficients,
    base: derived(base!, DECIMAL),
    coefficients: derived(coefficients!, COEFFICIENTS),
    share: share === undefined ? ONE : derived(share, DECIMAL),
    source: base!.source,
    label: c.label,
  }),
  key: (_k, ctx) => ctx.grade ?? -1,
  keyedBy: 'grade',
  line(k, ctx) {
    if (ctx.grade === null) return undefined;
    const coefficient = k.coefficients.get(String(ctx.grade));
    if (coefficient === undefined || coefficient === null) {
      // No coefficient for this grade: the value is not found (the host supplies it).
      ctx.scope.gap({
        id: k.coefficientsId,
        label: own.text('no_coefficient', { grade: ctx.grade }),
        reason: 'not_found',
        date: ctx.asOf,
      });
      return undefined;
    }
    const grade = ctx.grade;
    return {
      amount: k.base.times(coefficient.value).times(k.share),
      period: 'month',
      text: (amount) =>
        own.text('pay_grade_coefficient', {
          label: k.label,
          base: k.base.toString(),
          grade,
          coefficient: coefficient.text,
          share: k.share.toString(),
          amount,
        }),
    };
  },
  source: (k) => k.source,
};
