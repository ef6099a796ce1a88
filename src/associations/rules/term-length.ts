/**
 * `term.length`: a term (届) of at most 5 years under the association's statutes (民政部 2015 办法).
 * @module
 * @internal
 */
import type { Catalogue } from '../../core/index.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'term_length.pass': {
    zh: (p: { years: number; max: number }) => `章程规定每届 ${p.years} 年，不超过 ${p.max} 年`,
    en: (p: { years: number; max: number }) => `A term of ${p.years} years under the statutes, within ${p.max}`,
  },
  'term_length.fail': {
    zh: (p: { years: number; max: number }) => `章程规定每届 ${p.years} 年，超过 ${p.max} 年`,
    en: (p: { years: number; max: number }) => `A term of ${p.years} years under the statutes exceeds ${p.max}`,
  },
} satisfies Catalogue;

/** @internal */
export const termLength = defineReviewRule({
  id: 'term.length',
  label: { zh: '每届任期', en: 'Length of a term' },
  doc: "the association's years per term (`association.termYears`) at most 5 (民政部 2015)",
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.term.maxYears',
  reads: {},
  fields: {},
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const years = ctx.association.termYears;
    if (years === undefined) return ctx.missing('association.termYears');
    const max = main.value as number;
    const inputs = { termYears: years, maxYears: max };
    return years > max
      ? { outcome: 'fail', text: say(T, 'term_length.fail', { years, max }), inputs }
      : { outcome: 'pass', text: say(T, 'term_length.pass', { years, max }), inputs };
  },
});
