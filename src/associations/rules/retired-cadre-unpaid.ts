/**
 * `retiredCadre.unpaid`: a retired leading cadre's association post is unpaid: no salary, bonus, allowance or other
 * benefit (中组发〔2014〕11号). Whether the post is paid is an input; without it the rule is undetermined.
 * @module
 * @internal
 */
import { fields, type Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'unpaid.pass': {
    zh: () => '退（离）休领导干部兼职不领取报酬',
    en: () => 'The retired leading cadre takes no pay for the post',
  },
  'unpaid.fail': {
    zh: () => '退（离）休领导干部兼职不得领取薪酬、奖金、津贴等报酬，而记录为领取',
    en: () => 'A retired leading cadre may take no salary, bonus or allowance for the post, and pay is recorded',
  },
} satisfies Catalogue;

/** @internal */
export const retiredCadreUnpaid = defineReviewRule({
  id: 'retiredCadre.unpaid',
  label: { zh: '退（离）休领导干部兼职不取酬', en: 'A retired leading cadre’s post is unpaid' },
  doc: 'a retired leading cadre takes no pay for the post (中组发〔2014〕11号); `remunerated` is an input, and without it the rule is undetermined',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.unpaid',
  reads: {},
  fields: {
    retiredCadre: personField('retiredCadre'),
    remunerated: fields.boolean().optional().label('是否在该社会团体领取报酬', 'Paid by the association'),
  },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx) {
    const c = ctx.candidate;
    if (c.retiredCadre !== true) return undefined;
    if (c.remunerated === undefined) return ctx.missing('remunerated');
    const inputs = { remunerated: c.remunerated };
    return c.remunerated
      ? { outcome: 'fail', text: say(T, 'unpaid.fail'), inputs }
      : { outcome: 'pass', text: say(T, 'unpaid.pass'), inputs };
  },
});
