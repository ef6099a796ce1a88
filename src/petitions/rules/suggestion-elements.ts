/**
 * The elements a 人民建议 is expected to have: by default 建议主题、主要事由、对策建议、建议人基本信息 (上海规定 第十条
 * 第一款, U21, a comparator: no Jiangsu or 淮安 rule was found). The list is a profile parameter; each element is a
 * finding, `fail` when it is absent.
 * @module
 * @internal
 */
import type { PeopleSuggestion } from '../../entities/petition.js';
import { peopleSuggestionRecord } from '../../entities/petition.js';
import type { Source } from '../../core/index.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import type { PetitionContext } from '../milestones.js';

const ELEMENTS = ['topic', 'reason', 'proposal', 'proposer'] as const;
const PARAM = 'petition.suggestion.requiredElements';

/** One finding per required element (`undefined` when the parameter has no value: its gap is on the scope). @internal */
export function suggestionElements(s: PeopleSuggestion, ctx: PetitionContext): CheckFinding[] | undefined {
  const scope = ctx.scope;
  const read = scope.param<readonly string[]>(PARAM);
  if (read === undefined) return undefined;
  const source: Source = read.source;
  return read.value.map((element, i) => {
    if (!(ELEMENTS as readonly string[]).includes(element))
      return M.fail('element_unknown', ['parameters', PARAM, 'values', i], { element: String(element).slice(0, 40) });
    const key = element as (typeof ELEMENTS)[number];
    const label = peopleSuggestionRecord.fields[key]!.label;
    const present = s[key] !== undefined && s[key]!.trim() !== '';
    return finding(
      scope,
      `suggestion.element.${key}`,
      label,
      present ? 'pass' : 'fail',
      M.text(present ? 'element_present' : 'element_missing', { element: label }),
      source,
    );
  });
}
