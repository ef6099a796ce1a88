/**
 * What is not a 人民建议: "涉及个人诉求以及依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项不宜作为人民建议提出"
 * (上海规定 第十条第二款, U21, a comparator). The list of exclusions is a profile parameter. An excluded item is
 * handled as a 信访事项 of its own category (a personal claim: 申诉求决类, art. 31).
 * @module
 * @internal
 */
import type { PeopleSuggestion } from '../../entities/petition.js';
import { peopleSuggestionRecord, suggestionLegalChannelLabels } from '../../entities/petition.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import type { PetitionContext } from '../milestones.js';

const KNOWN = ['personal_claim', 'litigation', 'arbitration', 'administrative_reconsideration', 'other_legal'];
const PARAM = 'petition.suggestion.exclusions';
const LABEL = { zh: '不宜作为人民建议的事项', en: 'Matters that are not suggestions' };
const RULE = 'suggestion.exclusion';

/** The exclusion finding (`undefined` when the parameter has no value: its gap is on the scope). @internal */
export function suggestionExclusions(s: PeopleSuggestion, ctx: PetitionContext): CheckFinding | undefined {
  const scope = ctx.scope;
  const read = scope.param<readonly string[]>(PARAM);
  if (read === undefined) return undefined;
  read.value.forEach((x, i) => {
    if (!KNOWN.includes(x))
      M.fail('exclusion_unknown', ['parameters', PARAM, 'values', i], { exclusion: String(x).slice(0, 40) });
  });
  const excluded = new Set(read.value);
  if (s.personalClaim === true && excluded.has('personal_claim'))
    return finding(scope, RULE, LABEL, 'fail', M.text('excluded_personal'), read.source);
  if (s.legalChannel !== undefined && excluded.has(s.legalChannel)) {
    return finding(
      scope,
      RULE,
      LABEL,
      'fail',
      M.text('excluded_channel', { channel: suggestionLegalChannelLabels[s.legalChannel] }),
      read.source,
    );
  }
  const missing = [
    ...(s.personalClaim === undefined ? (['personalClaim'] as const) : []),
    ...(s.legalChannel === undefined ? (['legalChannel'] as const) : []),
  ];
  if (missing.length > 0) {
    const labels = missing.map((f) => peopleSuggestionRecord.fields[f]!.label);
    missing.forEach((f, i) => scope.need(f, labels[i]!));
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('exclusion_missing', { fields: labels }),
      read.source,
      missing,
    );
  }
  return finding(scope, RULE, LABEL, 'pass', M.text('not_excluded'), read.source);
}
