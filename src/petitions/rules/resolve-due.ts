/**
 * 第三十四条: an item of art. 31(6) is resolved within 60 日 of acceptance; in a complex case the head of the body may
 * extend it by at most 30 日. Other categories and routes go to their own procedures. An extension that is negative,
 * longer than allowed, or given to an item that cannot have one is refused (a PolicyError naming art. 34), never
 * shortened or ignored.
 * @module
 * @internal
 */
import { petitionCategoryLabels, petitionRouteLabels, type Petition } from '../../entities/petition.js';
import { petitionMessages as M } from '../messages.js';
import {
  BASIS,
  MILESTONES,
  countPeriod,
  missingInput,
  notApplicable,
  undetermined,
  type Milestone,
  type PetitionContext,
} from '../milestones.js';

/** The 办结 milestone. @internal */
export function resolveDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.resolve;
  const ext = p.extensionDays ?? 0;
  if (ext < 0) M.fail('extension_negative', ['extensionDays'], { days: ext });
  if (p.category !== undefined && p.category !== 'claim') {
    if (ext > 0)
      M.fail('extension_not_allowed', ['extensionDays'], { days: ext, what: petitionCategoryLabels[p.category] });
    return notApplicable(
      def,
      BASIS.resolve,
      M.text('na_resolve_category', { category: petitionCategoryLabels[p.category] }),
      ctx,
    );
  }
  if (p.route !== undefined && p.route !== 'opinion') {
    if (ext > 0) M.fail('extension_not_allowed', ['extensionDays'], { days: ext, what: petitionRouteLabels[p.route] });
    return notApplicable(def, BASIS.resolve, M.text('na_resolve_route', { route: petitionRouteLabels[p.route] }), ctx);
  }
  if (ext > 0) {
    const max = ctx.scope.param<number>('petition.extensionMaxDays');
    if (max !== undefined && ext > max.value)
      M.fail('extension_too_long', ['extensionDays'], { days: ext, max: max.value });
    // Without the maximum the extension cannot be checked: the milestone is undetermined (the gap is on the scope).
    if (max === undefined) {
      return undetermined(
        def,
        BASIS.resolve,
        ['parameter:petition.extensionMaxDays'],
        M.text('milestone_no_parameter', {
          label: def.label,
          parameter: { zh: '办结期限最长延长天数', en: 'Longest extension of the time to resolve' },
        }),
        ctx,
      );
    }
  }
  const missing = [
    ...(p.route === undefined ? ([p.category === undefined ? 'category' : 'route'] as const) : []),
    ...(p.acceptedOn === undefined ? (['acceptedOn'] as const) : []),
  ];
  if (missing.length > 0 || p.acceptedOn === undefined) return missingInput(def, BASIS.resolve, missing, ctx);
  return countPeriod(
    def,
    BASIS.resolve,
    {
      param: 'petition.resolveDays',
      from: p.acceptedOn,
      unit: 'days',
      ...(ext > 0 ? { extra: { kind: 'extension', days: ext } } : {}),
    },
    ctx,
  );
}
