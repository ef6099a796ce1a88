/**
 * `procedure.reviewBeforeElection` (先审后选, S12): the department's review is dated on or before the election.
 * @module
 * @internal
 */
import { fields, type Catalogue } from '../../core/index.js';
import { defineReviewRule, say } from '../rule.js';

const T = {
  'review_first.pass': {
    zh: (p: { review: string; election: string }) => `审核日期 ${p.review} 不晚于选举日 ${p.election}`,
    en: (p: { review: string; election: string }) => `Reviewed on ${p.review}, not after the election on ${p.election}`,
  },
  'review_first.fail': {
    zh: (p: { review: string; election: string }) => `审核日期 ${p.review} 晚于选举日 ${p.election}，不符合先审后选`,
    en: (p: { review: string; election: string }) =>
      `Reviewed on ${p.review}, after the election on ${p.election}: not reviewed before the election`,
  },
} satisfies Catalogue;

/** @internal */
export const procedureReviewBeforeElection = defineReviewRule({
  id: 'procedure.reviewBeforeElection',
  label: { zh: '先审后选', en: 'Review before election' },
  doc: '先审后选 (S12): a `reviewDate` after the election fails; a review on the election day counts as before it',
  phase: 'pre-election',
  substantive: false,
  parameter: 'associations.procedure.reviewBeforeElection',
  reads: {},
  fields: { reviewDate: fields.date().optional().label('任前审核日期', 'Review date') },
  messages: T,
  appliesTo: () => true,
  evaluate(ctx) {
    const review = ctx.candidate.reviewDate;
    if (review === undefined) return ctx.missing('reviewDate');
    const election = ctx.electionDate;
    const inputs = { reviewDate: review, electionDate: election };
    // Dates only: a review on the election day itself counts as before it.
    return review > election
      ? { outcome: 'fail', text: say(T, 'review_first.fail', { review, election }), inputs }
      : { outcome: 'pass', text: say(T, 'review_first.pass', { review, election }), inputs };
  },
});
