/**
 * `eligibility.politicalRights`: anyone who is serving, or has served, a sentence of deprivation of political rights
 * is barred (《社会团体登记管理条例》 第十三条第（三）项; 1998 text, then the 2016 text).
 * @module
 * @internal
 */
import type { Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'political_rights.pass': {
    zh: () => '未受过剥夺政治权利的刑事处罚',
    en: () => 'Never sentenced to deprivation of political rights',
  },
  'political_rights.fail': {
    zh: () => '正在或者曾经受到剥夺政治权利的刑事处罚',
    en: () => 'Is or was sentenced to deprivation of political rights',
  },
} satisfies Catalogue;

/** @internal */
export const eligibilityPoliticalRights = defineReviewRule({
  id: 'eligibility.politicalRights',
  label: { zh: '剥夺政治权利', en: 'Deprivation of political rights' },
  doc: 'anyone ever sentenced to deprivation of political rights fails (条例 第十三条第（三）项: the 1998 text, then the 2016 text)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.eligibility.politicalRights',
  reads: {},
  fields: { politicalRightsDeprived: personField('politicalRightsDeprived') },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx) {
    const v = ctx.candidate.politicalRightsDeprived;
    if (v === undefined) return ctx.missing('politicalRightsDeprived');
    const inputs = { politicalRightsDeprived: v };
    return v
      ? { outcome: 'fail', text: say(T, 'political_rights.fail'), inputs }
      : { outcome: 'pass', text: say(T, 'political_rights.pass'), inputs };
  },
});
