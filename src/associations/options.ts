/**
 * The options of the review functions, read the one way every public function reads them (`readOptions`: unknown
 * names refused with a suggestion, each value checked).
 * @module
 * @internal
 */
import { asOfOption, choiceOption, explainOption, validateOption, type OptionReader } from '../core/index.js';
import { ASSOCIATION_ROLES, type AssociationRole } from '../entities/association-post.js';
import { hostRulesOption } from './host-rules.js';
import { associationsMessages } from './messages.js';
import { associationProfiles } from './profiles/index.js';
import { associationRecord } from './records.js';
import { registryOption } from './registry.js';
import type { Association } from './rule.js';

const roleChoice = choiceOption(ASSOCIATION_ROLES, undefined);

/** The `role` option: required, one of the posts. @internal */
export const roleOption: OptionReader<AssociationRole> = (value, path) => {
  if (value === undefined) return associationsMessages.fail('role_required', path);
  return roleChoice(value, path) as AssociationRole;
};

/** The `association` option: required, an association record. @internal */
export const associationOption: OptionReader<Association> = (value, path) => associationRecord.parse(value, path);

/** Options shared by the review of a candidate and of a slate. @internal */
export const COMMON_OPTIONS = {
  association: associationOption,
  electionDate: asOfOption,
  profile: associationProfiles.option,
  rules: hostRulesOption,
  phase: choiceOption(['pre-election', 'post-election'] as const, 'pre-election'),
  registry: registryOption,
};

/** Options of `reviewCandidate`. @internal */
export const CANDIDATE_OPTIONS = { ...COMMON_OPTIONS, role: roleOption };

/** Options of `reviewSlate`. @internal */
export const SLATE_OPTIONS = { ...COMMON_OPTIONS, explain: explainOption, validate: validateOption };
