/**
 * `eligibility.civilCapacity`: full civil capacity is required (条例 第十三条第（三）项; 民政部 2015 办法 第四条第（五）项).
 * @module
 * @internal
 */
import type { Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'civil_capacity.pass': { zh: () => '具有完全民事行为能力', en: () => 'Has full civil capacity' },
  'civil_capacity.fail': { zh: () => '不具有完全民事行为能力', en: () => 'Lacks full civil capacity' },
} satisfies Catalogue;

/** @internal */
export const eligibilityCivilCapacity = defineReviewRule({
  id: 'eligibility.civilCapacity',
  label: { zh: '完全民事行为能力', en: 'Full civil capacity' },
  doc: 'full civil capacity is required (条例 第十三条第（三）项; 民政部 2015 第四条第（五）项)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.eligibility.fullCivilCapacity',
  reads: {},
  fields: { fullCivilCapacity: personField('fullCivilCapacity') },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx) {
    const v = ctx.candidate.fullCivilCapacity;
    if (v === undefined) return ctx.missing('fullCivilCapacity');
    const inputs = { fullCivilCapacity: v };
    return v
      ? { outcome: 'pass', text: say(T, 'civil_capacity.pass'), inputs }
      : { outcome: 'fail', text: say(T, 'civil_capacity.fail'), inputs };
  },
});
