/**
 * 行业协会商会“双审双培”全覆盖 (seed; S12, formula an inference): the share of associations whose
 * leadership changes in the period were all reviewed before the election (先审后选), and the share of the 党组织书记
 * and 党建工作指导员 to be trained who were trained in the period (the one training-coverage implementation).
 * @module
 */
import { addDays } from '../../core/calendar-date.js';
import { ASSOCIATION_EVENT_KINDS, associationEventKindLabels } from '../../entities/association-event.js';
import { TRAINEE_ROLES } from '../../entities/trainee.js';
import { defineIndicator } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { periodOption, yearToDate } from '../options.js';
import { associationEvents, trainees } from '../records.js';
import { shownPersonKey, trainingStandings } from '../training.js';

/** An association's first unit, and the first of its changes that was not reviewed in time. */
interface AssociationState {
  readonly unit: number;
  bad?: { readonly reason: 'not_reviewed' | 'reviewed_late'; readonly event: string };
}

/**
 * Indicator `dual_review`.
 * @category Coverage
 * @example
 * ```ts
 * dualReviewIndicator.measures.map((m) => m.id); // ['review', 'training']
 * ```
 */
export const dualReviewIndicator = /* @__PURE__ */ defineIndicator({
  id: 'dual_review',
  label: { zh: '行业协会商会“双审双培”', en: 'Associations: review before election, and training' },
  reads: [associationEvents, trainees],
  measures: [
    { id: 'review', label: { zh: '先审后选覆盖率', en: 'Review-before-election coverage' }, population: 'records' },
    {
      id: 'training',
      label: { zh: '党组织书记、党建指导员培训覆盖率', en: 'Training coverage of party secretaries and instructors' },
      population: 'records',
    },
  ],
  reasons: {
    not_reviewed: { zh: '负责人产生前未经审核', en: 'No review before the election' },
    reviewed_late: { zh: '审核晚于选举（未先审后选）', en: 'Reviewed after the election (not review-first)' },
    not_trained: { zh: '期内未参加培训', en: 'Not trained in the period' },
  },
  options: { period: periodOption },
  compute(ctx, options) {
    const period = options.period ?? yearToDate(ctx.asOf);
    // Nothing after the date counted for is counted.
    const to = period.to < ctx.asOf ? period.to : ctx.asOf;
    const kinds = ctx.list('coverage.dualReview.eventKinds', ASSOCIATION_EVENT_KINDS);
    const lead = ctx.count('coverage.dualReview.minLeadDays');
    const roles = ctx.list('coverage.dualReview.trainingRoles', TRAINEE_ROLES);

    if (kinds !== undefined && lead !== undefined) {
      const events = ctx.rows(associationEvents);
      const associations = new Map<string, AssociationState>();
      const inTwoUnits: string[] = [];
      for (let k = 0; k < events.records.length; k++) {
        const e = events.records[k]!;
        if (!kinds.includes(e.kind) || e.electionDate < period.from || e.electionDate > to) {
          ctx.outOfScope(associationEvents);
          continue;
        }
        const id = String(e.associationId);
        let a = associations.get(id);
        if (a === undefined) associations.set(id, (a = { unit: events.units[k]! }));
        else if (a.unit !== events.units[k] && !inTwoUnits.includes(id)) inTwoUnits.push(id);
        // 先审后选: the review on or before the election day less the lead time; no review date means not reviewed.
        const latest = lead === 0 ? e.electionDate : addDays(e.electionDate, -lead);
        if (a.bad === undefined && (e.reviewDate === undefined || e.reviewDate > latest))
          a.bad = { reason: e.reviewDate === undefined ? 'not_reviewed' : 'reviewed_late', event: String(e.id) };
      }
      if (inTwoUnits.length > 0)
        ctx.warn(coverageMessages.warning('association_in_two_units', { count: inTwoUnits.length, ids: inTwoUnits }));
      const review = ctx.measure('review');
      for (const [id, a] of associations) {
        if (a.bad === undefined) review.covered(a.unit);
        else review.gap(a.unit, a.bad.reason, id, a.bad.event);
      }
      ctx.rule(
        'coverage.dualReview.review',
        coverageMessages.text('rule_review', {
          kinds: kinds.map((x) => associationEventKindLabels[x]),
          lead,
          from: period.from,
          to,
        }),
        ctx.source('coverage.dualReview.eventKinds'),
      );
    }

    if (roles !== undefined) {
      const rows = ctx.rows(trainees);
      const { standings, outOfScope } = trainingStandings(rows, { from: period.from, to }, roles, ctx.scope);
      ctx.outOfScope(trainees, outOfScope);
      const training = ctx.measure('training');
      for (const s of standings) {
        const u = rows.units[s.position]!;
        if (s.trained) training.covered(u);
        else training.gap(u, 'not_trained', shownPersonKey(rows.records[s.position]!.personId), s.role);
      }
    }
    ctx.value('period', { zh: '统计期', en: 'Period' }, `${period.from} – ${to}`);
  },
});
