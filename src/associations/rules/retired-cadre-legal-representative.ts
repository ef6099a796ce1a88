/**
 * `retiredCadre.legalRepresentative`: a retired leading cadre may not be an association's legal representative
 * "除工作特殊需要外" (中组发〔2014〕11号): only with a recorded approval for special work needs.
 * @module
 * @internal
 */
import { fields, type Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, say } from '../rule.js';

const T = {
  'retired_legal.pass': {
    zh: () => '退（离）休领导干部因工作特殊需要兼任法定代表人，已记录批准',
    en: () => 'A retired leading cadre as legal representative for special work needs: the approval is recorded',
  },
  'retired_legal.fail': {
    zh: () => '退（离）休领导干部除工作特殊需要外不得兼任社会团体法定代表人，未记录因工作特殊需要的批准',
    en: () =>
      'A retired leading cadre may not be legal representative save for special work needs, and no such approval is recorded',
  },
} satisfies Catalogue;

/** @internal */
export const retiredCadreLegalRepresentative = defineReviewRule({
  id: 'retiredCadre.legalRepresentative',
  label: { zh: '退（离）休领导干部不得兼任法定代表人', en: 'A retired leading cadre is not legal representative' },
  doc: 'a retired leading cadre may not be legal representative save for special work needs (中组发〔2014〕11号): passes only with `specialNeedApproval` recorded',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.legalRepresentativeBarred',
  reads: {},
  fields: {
    retiredCadre: personField('retiredCadre'),
    specialNeedApproval: fields
      .boolean()
      .optional()
      .label('因工作特殊需要兼任法定代表人的批准', 'Approval to be legal representative for special work needs'),
  },
  messages: T,
  appliesTo: (role) => role === 'legal_representative',
  evaluate(ctx) {
    const c = ctx.candidate;
    if (c.retiredCadre !== true) return undefined;
    if (c.specialNeedApproval === undefined) return ctx.missing('specialNeedApproval');
    const inputs = { specialNeedApproval: c.specialNeedApproval };
    return c.specialNeedApproval
      ? { outcome: 'pass', text: say(T, 'retired_legal.pass'), inputs }
      : { outcome: 'fail', text: say(T, 'retired_legal.fail'), inputs };
  },
});
