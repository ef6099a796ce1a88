/**
 * Which party organization a unit must or may set up for its number of formal party members
 * (《中国共产党支部工作条例(试行)》 第四条; the thresholds are the profile's `coverage.branchRules`).
 * @module
 */
import { ErrorCode, fail, typeName } from '../core/errors.js';
import type { RuleApplication } from '../core/explanation.js';
import type { Source } from '../core/parameters.js';
import { checkProfile, readParameter, type Profile } from '../core/profile.js';
import { parseCalendarDate } from '../core/calendar-date.js';
import { huaianCoverageProfile } from './profile.js';

/** Thresholds of `coverage.branchRules`. @internal */
export interface BranchRules {
  readonly mustFormMin: number;
  readonly committeeMin: number;
  readonly committeeSizeMin: number;
  readonly committeeSizeMax: number;
  readonly committeeSizeLimit: number;
  readonly generalBranchAbove: number;
  readonly primaryCommitteeAbove: number;
}

/** Reads and checks `coverage.branchRules` from a profile. @internal */
export function branchRules(value: unknown): BranchRules {
  const v = (value ?? {}) as Record<string, unknown>;
  const keys: (keyof BranchRules)[] = ['mustFormMin', 'committeeMin', 'committeeSizeMin', 'committeeSizeMax', 'committeeSizeLimit', 'generalBranchAbove', 'primaryCommitteeAbove'];
  for (const k of keys) {
    if (!Number.isSafeInteger(v[k]) || (v[k] as number) < 0) {
      fail(ErrorCode.InvalidType, ['parameters', 'coverage.branchRules', k], `参数 coverage.branchRules.${k} 应为非负整数`, `Parameter coverage.branchRules.${k} must be a non-negative integer`);
    }
  }
  return v as unknown as BranchRules;
}

/**
 * What 第四条 requires or allows for a unit with a given number of formal party members.
 * @category Coverage
 */
export interface PartyOrganizationRequirement {
  /** The input. */
  readonly formalMembers: number;
  /** `branch`: the unit must set up its own 党支部; `joint_branch`: too few members, join neighbouring units. */
  readonly organization: 'branch' | 'joint_branch';
  /** True when a branch must be set up (3+ formal members). */
  readonly mustSetUpBranch: boolean;
  /**
   * Leadership of the unit's own branch: a 支部委员会 of `min`–`max` members (at most `limit`) from 7 formal
   * members, else a 书记 (and a 副书记 if needed). `null` for a joint branch (it depends on the joint membership).
   */
  readonly leadership:
    | { readonly kind: 'committee'; readonly min: number; readonly max: number; readonly limit: number }
    | { readonly kind: 'secretary'; readonly deputyIfNeeded: true }
    | null;
  /** A 党总支 may be set up (with approval) instead of a branch. */
  readonly mayFormGeneralBranch: boolean;
  /** A 基层党委 may be set up (with approval). */
  readonly mayFormPrimaryCommittee: boolean;
  /** Each outcome with its text and source (第四条). */
  readonly outcomes: readonly RuleApplication[];
}

const ART4: Source = {
  key: 'S19',
  title: '《中国共产党支部工作条例(试行)》',
  url: 'http://wdqwzzb.gov.cn/xdjddgw1/cdjysqdzb/contents/131/786.html',
  article: '第四条',
};
const COMMITTEE: Source = { key: 'S19b', title: '《中国共产党支部工作条例(试行)》 支部委员会设置 (repost)', url: 'http://meijie5.cn/contents/186/5165.html', article: '第四条; 支部委员会' };

/**
 * The party organization a unit with `formalMembers` formal (正式) party members must or may set up:
 * 3+ → a 党支部 must be set up; 7+ → a 支部委员会 of 3–5 (at most 7); under 7 → a 书记 (+ 副书记 if needed);
 * over 50 → a 党总支 may be set up; over 100 → a 基层党委 may be set up; under 3 → a 联合党支部 with neighbouring
 * units. Thresholds come from the profile (`coverage.branchRules`, default: the 淮安 coverage profile, latest
 * value unless `asOf` is given). Anything but a non-negative integer is a `PolicyError`.
 * @category Coverage
 * @example
 * ```ts
 * requiredPartyOrganization(2).organization;        // 'joint_branch'
 * requiredPartyOrganization(8).leadership;          // { kind: 'committee', min: 3, max: 5, limit: 7 }
 * requiredPartyOrganization(120).mayFormPrimaryCommittee; // true
 * requiredPartyOrganization(-1);                    // throws PolicyError 'out_of_range'
 * ```
 */
export function requiredPartyOrganization(formalMembers: number, options: { profile?: Profile; asOf?: string } = {}): PartyOrganizationRequirement {
  if (typeof formalMembers !== 'number' || !Number.isSafeInteger(formalMembers)) {
    fail(ErrorCode.InvalidType, ['formalMembers'], `正式党员人数应为整数，实际为 ${typeName(formalMembers)}`, `The number of formal party members must be an integer, got ${typeName(formalMembers)}`, {
      expected: 'int',
    });
  }
  if (formalMembers < 0) fail(ErrorCode.OutOfRange, ['formalMembers'], '正式党员人数不得小于 0', 'The number of formal party members must be at least 0', { minimum: '0' });
  if (typeof options !== 'object' || options === null) fail(ErrorCode.InvalidType, ['options'], `选项应为对象，实际为 ${typeName(options)}`, `options must be an object, got ${typeName(options)}`);
  if (options.profile !== undefined) checkProfile(options.profile, ['profile']);
  const profile = options.profile ?? huaianCoverageProfile();
  const param = profile.parameters['coverage.branchRules'];
  const date = options.asOf === undefined ? (param?.values.at(-1)?.effectiveFrom ?? '9999-12-31') : parseCalendarDate(options.asOf, ['asOf']);
  const r = branchRules(readParameter(profile, 'coverage.branchRules', date).value);
  const n = formalMembers;
  const outcomes: RuleApplication[] = [];
  const must = n >= r.mustFormMin;
  if (must) {
    outcomes.push({
      rule: 'party.branch.must',
      text: { zh: `有正式党员${r.mustFormMin}人以上的，应当成立党支部（单独组建）`, en: `With ${r.mustFormMin} or more formal party members a party branch must be set up (in the unit itself)` },
      inputs: { formalMembers: n },
      result: 'branch',
      source: ART4,
    });
  } else {
    outcomes.push({
      rule: 'party.branch.joint',
      text: { zh: `正式党员不足${r.mustFormMin}人的，与邻近单位的党员联合成立党支部`, en: `With fewer than ${r.mustFormMin} formal party members the unit joins neighbouring units in a joint branch` },
      inputs: { formalMembers: n },
      result: 'joint_branch',
      source: ART4,
    });
  }
  let leadership: PartyOrganizationRequirement['leadership'] = null;
  if (must && n >= r.committeeMin) {
    leadership = { kind: 'committee', min: r.committeeSizeMin, max: r.committeeSizeMax, limit: r.committeeSizeLimit };
    outcomes.push({
      rule: 'party.branch.committee',
      text: {
        zh: `正式党员${r.committeeMin}人以上的党支部，设立支部委员会，由${r.committeeSizeMin}至${r.committeeSizeMax}人组成，一般不超过${r.committeeSizeLimit}人`,
        en: `A branch with ${r.committeeMin}+ formal members sets up a branch committee of ${r.committeeSizeMin}–${r.committeeSizeMax} members, normally at most ${r.committeeSizeLimit}`,
      },
      inputs: { formalMembers: n },
      result: leadership,
      source: COMMITTEE,
    });
  } else if (must) {
    leadership = { kind: 'secretary', deputyIfNeeded: true };
    outcomes.push({
      rule: 'party.branch.secretary',
      text: { zh: `正式党员不足${r.committeeMin}人的党支部，设书记1名，必要时设副书记1名`, en: `A branch with fewer than ${r.committeeMin} formal members has a secretary, and a deputy if needed` },
      inputs: { formalMembers: n },
      result: leadership,
      source: COMMITTEE,
    });
  }
  const generalBranch = n > r.generalBranchAbove;
  if (generalBranch) {
    outcomes.push({
      rule: 'party.generalBranch.may',
      text: { zh: `党员人数超过${r.generalBranchAbove}人的，经批准可以成立党总支`, en: `With more than ${r.generalBranchAbove} members a general branch may be set up, with approval` },
      inputs: { formalMembers: n },
      result: true,
      source: ART4,
    });
  }
  const primary = n > r.primaryCommitteeAbove;
  if (primary) {
    outcomes.push({
      rule: 'party.primaryCommittee.may',
      text: { zh: `党员人数超过${r.primaryCommitteeAbove}人的，经批准可以成立党的基层委员会`, en: `With more than ${r.primaryCommitteeAbove} members a primary party committee may be set up, with approval` },
      inputs: { formalMembers: n },
      result: true,
      source: ART4,
    });
  }
  return { formalMembers: n, organization: must ? 'branch' : 'joint_branch', mustSetUpBranch: must, leadership, mayFormGeneralBranch: generalBranch, mayFormPrimaryCommittee: primary, outcomes };
}
