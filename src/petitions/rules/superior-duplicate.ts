/**
 * 第十九条第三款: "信访事项已经受理或者正在办理的，信访人在规定期限内向受理、办理机关、单位的上级机关、单位又提出同一
 * 信访事项的，上级机关、单位不予受理". The earlier item's current step on the day of the new submission decides: 办理
 * (60 日 from 受理, art. 34, route (六) only), 复查 (art. 35) or 复核 (art. 36). Within that step's deadline the superior
 * body does not accept it (`fail`); after it, or once the earlier item is finished, the article does not bar it.
 * @module
 * @internal
 */
import { petitionRouteLabels, type Petition } from '../../entities/petition.js';
import { Scope, type CalendarDate } from '../../core/index.js';
import type { PetitionCheckInput } from '../records.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import {
  BASIS,
  MILESTONES,
  fieldLabel,
  missingLabel,
  type Milestone,
  type MilestoneDef,
  type PetitionContext,
} from '../milestones.js';
import { reexamDue } from './reexam-due.js';
import { resolveDue } from './resolve-due.js';
import { reviewDue } from './review-due.js';

const LABEL = { zh: '向上级重复提出同一事项', en: 'Same matter submitted to a superior body' };
const RULE = 'petition.superiorDuplicate';

const on = (d: CalendarDate | undefined, day: CalendarDate): boolean => d !== undefined && d <= day;

/** The step the earlier item is at on `day`, and the rule computing its deadline; or when it finished. */
function stepOf(
  prior: Petition,
  day: CalendarDate,
):
  | { def: MilestoneDef; due: (p: Petition, ctx: PetitionContext) => Milestone }
  | { finished: CalendarDate }
  | undefined {
  if (on(prior.reexamRequestedOn, day))
    return on(prior.reexamDecidedOn, day)
      ? { finished: prior.reexamDecidedOn! }
      : { def: MILESTONES.reexam, due: reexamDue };
  if (on(prior.reviewRequestedOn, day))
    return on(prior.reviewDecidedOn, day)
      ? { finished: prior.reviewDecidedOn! }
      : { def: MILESTONES.review, due: reviewDue };
  if (on(prior.resolvedOn, day)) return { finished: prior.resolvedOn! };
  if (on(prior.acceptedOn, day)) return { def: MILESTONES.resolve, due: resolveDue };
  return undefined;
}

/** The check of a submission of the same matter to a superior body. @internal */
export function superiorDuplicate(p: PetitionCheckInput, ctx: PetitionContext): CheckFinding {
  const scope = ctx.scope;
  const prior = p.prior;
  if (prior === undefined)
    return finding(scope, RULE, LABEL, 'not_applicable', M.text('superior_na_no_prior'), BASIS.superior);
  if (p.toSuperior === false)
    return finding(scope, RULE, LABEL, 'not_applicable', M.text('superior_pass_not_superior'), BASIS.superior);
  const missing: string[] = [];
  if (p.toSuperior === undefined) missing.push('toSuperior');
  if (p.receivedOn === undefined) missing.push('receivedOn');
  const step = p.receivedOn === undefined ? undefined : stepOf(prior, p.receivedOn);
  if (p.receivedOn !== undefined && step === undefined) missing.push('prior.acceptedOn');
  if (missing.length > 0 || step === undefined || p.receivedOn === undefined) return undetermined(scope, missing);
  if ('finished' in step)
    return finding(scope, RULE, LABEL, 'pass', M.text('superior_pass_finished', { on: step.finished }), BASIS.superior);
  // The earlier item's deadline, computed by its own rule in a scope of its own (its missing fields are the prior's).
  const inner = new Scope(scope.at);
  const m = step.due(prior, { scope: inner, calendar: ctx.calendar });
  for (const w of inner.warnings) scope.warn(w);
  if (m.outcome === 'not_applicable') {
    const route = prior.route === undefined ? undefined : petitionRouteLabels[prior.route];
    return finding(
      scope,
      RULE,
      LABEL,
      'not_applicable',
      route === undefined ? m.reason! : M.text('superior_na_route', { route }),
      BASIS.superior,
    );
  }
  if (m.outcome === 'undetermined')
    return undetermined(
      scope,
      m.missing.map((x) => (x.includes(':') ? x : `prior.${x}`)),
    );
  const stage = step.def.label;
  const due = m.due!;
  return p.receivedOn <= due
    ? finding(scope, RULE, LABEL, 'fail', M.text('superior_fail', { stage, due, on: p.receivedOn }), BASIS.superior)
    : finding(
        scope,
        RULE,
        LABEL,
        'pass',
        M.text('superior_pass_overdue', { stage, due, on: p.receivedOn }),
        BASIS.superior,
      );
}

const NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  toSuperior: { zh: '向办理机关的上级提出', en: 'Submitted to a superior of the handling body' },
};

function undetermined(scope: Scope, missing: readonly string[]): CheckFinding {
  const labels = missing.map((name) => {
    const label =
      NAMES[name] ??
      (name.startsWith('prior.')
        ? prefixed(fieldLabel(name.slice(6) as keyof Petition))
        : name.includes(':')
          ? missingLabel(name, scope)
          : fieldLabel(name as keyof Petition));
    scope.need(name, label);
    return label;
  });
  return finding(
    scope,
    RULE,
    LABEL,
    'undetermined',
    M.text('superior_missing', { fields: labels }),
    BASIS.superior,
    missing,
  );
}

function prefixed(l: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: `前一信访事项的${l.zh}`, en: `earlier item: ${l.en}` };
}
