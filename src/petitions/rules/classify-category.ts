/**
 * 第二十九条至第三十一条: a 信访事项 is 建议意见类 (反映情况、提出建议意见, art. 29), 检举控告类 (art. 30) or 申诉求决类
 * (投诉请求, art. 31). The category registered by the office stands; otherwise exactly one of the three facts decides
 * it. Several facts, or none known, leave it undetermined (the officer decides; nothing is guessed). A registered
 * category that the facts contradict is refused.
 * @module
 * @internal
 */
import { type Bilingual } from '../../core/index.js';
import { petitionCategoryLabels, type PetitionCategory } from '../../entities/petition.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import { BASIS, basisText, type PetitionContext } from '../milestones.js';
import { petitionFactsRecord, type PetitionFacts } from '../records.js';

const LABEL = { zh: '信访事项类别', en: 'Category' };
const RULE = 'petition.classify.category';

const FACTS = [
  ['offersSuggestion', 'suggestion', BASIS.classifySuggestion],
  ['reportsMisconduct', 'accusation', BASIS.classifyAccusation],
  ['makesClaim', 'claim', BASIS.classifyClaim],
] as const;

const BY_CATEGORY = {
  suggestion: BASIS.classifySuggestion,
  accusation: BASIS.classifyAccusation,
  claim: BASIS.classifyClaim,
} as const;

const factLabel = (f: (typeof FACTS)[number][0]): Bilingual => petitionFactsRecord.fields[f]!.label;

/** The category of an item, with the finding that explains it. @internal */
export function classifyCategory(
  p: PetitionFacts,
  ctx: PetitionContext,
): { category: PetitionCategory | null; finding: CheckFinding } {
  const scope = ctx.scope;
  const yes = FACTS.filter(([f]) => p[f] === true);
  const unknown = FACTS.filter(([f]) => p[f] === undefined);
  const derived = yes.length === 1 ? yes[0]![1] : undefined;
  // A route of art. 31 is only given to a claim.
  const category: PetitionCategory | undefined = p.category ?? (p.route !== undefined ? 'claim' : undefined);
  if (category !== undefined) {
    if (derived !== undefined && derived !== category) {
      M.fail('classification_conflict', ['category'], {
        field: LABEL,
        given: petitionCategoryLabels[category],
        derived: petitionCategoryLabels[derived],
        basis: basisText(BY_CATEGORY[derived]),
      });
    }
    const basis = BY_CATEGORY[category];
    return {
      category,
      finding: finding(
        scope,
        RULE,
        LABEL,
        'pass',
        M.text('category_given', { category: petitionCategoryLabels[category] }),
        basis,
      ),
    };
  }
  if (derived !== undefined) {
    const [fact, cat, basis] = yes[0]!;
    return {
      category: cat,
      finding: finding(
        scope,
        RULE,
        LABEL,
        'pass',
        M.text('category_from_fact', { category: petitionCategoryLabels[cat], fact: factLabel(fact) }),
        basis,
      ),
    };
  }
  scope.need('category', LABEL);
  if (yes.length > 1)
    return {
      category: null,
      finding: finding(
        scope,
        RULE,
        LABEL,
        'undetermined',
        M.text('category_several', { facts: yes.map(([f]) => factLabel(f)) }),
        BASIS.classifyClaim,
        ['category'],
      ),
    };
  const text = unknown.length === 0 ? M.text('category_none') : M.text('category_missing');
  return {
    category: null,
    finding: finding(scope, RULE, LABEL, 'undetermined', text, BASIS.classifyClaim, ['category']),
  };
}
