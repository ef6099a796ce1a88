/**
 * 第三十一条: a 申诉求决类 item goes, in the article's order, to (一) a court, reconsideration, procuratorial or police
 * procedure; (二) arbitration; (三) a party member appeal or re-examination; (四) an administrative procedure; (五) a
 * request to act against a violation or protect rights; (六) otherwise, a 信访处理意见书. The route registered stands;
 * otherwise the first fact that holds decides it, and (六) needs the other five known to be false. A registered route
 * the facts contradict is refused.
 * @module
 * @internal
 */
import type { Bilingual } from '../../core/index.js';
import { petitionRouteLabels, type PetitionRoute } from '../../entities/petition.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import { BASIS, basisText, type PetitionContext } from '../milestones.js';
import { petitionFactsRecord, type PetitionFacts } from '../records.js';

const LABEL = { zh: '申诉求决类办理途径', en: 'Route of a claim' };
const RULE = 'petition.classify.route';

const FACTS = [
  ['judicialMatter', 'judicial'],
  ['arbitrable', 'arbitration'],
  ['partyAppeal', 'party_appeal'],
  ['administrativeProcedure', 'administrative'],
  ['protectionRequest', 'protection_duty'],
] as const;

const factLabel = (f: (typeof FACTS)[number][0]): Bilingual => petitionFactsRecord.fields[f]!.label;

/** What the facts decide: a route, or the facts still unknown. */
function fromFacts(
  p: PetitionFacts,
): { route: PetitionRoute; fact?: (typeof FACTS)[number][0] } | { unknown: (typeof FACTS)[number][0][] } {
  const unknown: (typeof FACTS)[number][0][] = [];
  for (const [fact, route] of FACTS) {
    if (p[fact] === true) return unknown.length === 0 ? { route, fact } : { unknown };
    if (p[fact] === undefined) unknown.push(fact);
  }
  return unknown.length === 0 ? { route: 'opinion' } : { unknown };
}

/** The route of a claim, with the finding that explains it. @internal */
export function classifyRoute(
  p: PetitionFacts,
  ctx: PetitionContext,
): { route: PetitionRoute | null; finding: CheckFinding } {
  const scope = ctx.scope;
  const derived = fromFacts(p);
  if (p.route !== undefined) {
    if ('route' in derived && derived.route !== p.route) {
      M.fail('classification_conflict', ['route'], {
        field: LABEL,
        given: petitionRouteLabels[p.route],
        derived: petitionRouteLabels[derived.route],
        basis: basisText(BASIS.classifyClaim),
      });
    }
    return {
      route: p.route,
      finding: finding(
        scope,
        RULE,
        LABEL,
        'pass',
        M.text('route_given', { route: petitionRouteLabels[p.route] }),
        BASIS.classifyClaim,
      ),
    };
  }
  if ('route' in derived) {
    const text =
      derived.fact === undefined
        ? M.text('route_sixth')
        : M.text('route_from_fact', { route: petitionRouteLabels[derived.route], fact: factLabel(derived.fact) });
    return { route: derived.route, finding: finding(scope, RULE, LABEL, 'pass', text, BASIS.classifyClaim) };
  }
  for (const f of derived.unknown) scope.need(f, factLabel(f));
  return {
    route: null,
    finding: finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('route_missing', { fields: derived.unknown.map(factLabel) }),
      BASIS.classifyClaim,
      derived.unknown,
    ),
  };
}
