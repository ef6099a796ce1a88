/**
 * Which party organization a unit must or may set up, from its formal and probationary party members:
 * - 3 and 7 count **formal** members (《中国共产党支部工作条例(试行)》 第四条 and 第六章): 3 or more → a branch of its
 *   own (else a joint branch with neighbouring units, which normally covers at most 5 units, 第二章); 7 or more → a
 *   branch committee of 3–5 (normally at most 7), else a secretary and, if needed, a deputy;
 * - the 党总支 and 党委 thresholds count **party members** (formal + probationary) and their wording is a dated
 *   parameter per unit type: the 2019 state-enterprise and organ 条例 ("100人以上" → 党委, "50人以上、100人以下" →
 *   党总支), the village wording ("超过50名" → 党总支, "100名以上" → 党委), and, for 两企三新 organizations (no text of
 *   their own was found), the 2019 numbers as a provisional reading. The result says which wording it used.
 * Bounds are read as 民法典 art. 1259 says (以上/以下 include the number, 超过 does not).
 * @module
 */
import { coreMessages } from '../core/core-messages.js';
import { typeName } from '../core/errors.js';
import { explainedScope, envelope, profileAt, type Scope } from '../core/evaluation.js';
import type { Bilingual } from '../core/messages.js';
import { asOfOption, readOptions } from '../core/options.js';
import type { ParameterRead } from '../core/parameters.js';
import { satisfiesBound, type StatutoryBound } from '../core/periods.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import type { ResultEnvelope } from '../core/result.js';
import { organizationRecord } from '../entities/organization.js';
import { coverageMessages } from './messages.js';
import { coverageProfiles } from './profile.js';
import { checkScope } from './units.js';

/**
 * The kinds of unit whose texts word the 党总支 / 党委 thresholds differently.
 * @category Coverage
 * @example
 * ```ts
 * PARTY_UNIT_TYPES.includes('village'); // true
 * ```
 */
export const PARTY_UNIT_TYPES = ['two_new', 'state_enterprise', 'organ', 'village'] as const;

/** A kind of unit for the 党总支 / 党委 thresholds. @category Coverage */
export type PartyUnitType = (typeof PARTY_UNIT_TYPES)[number];

/**
 * Labels of {@link PartyUnitType}.
 * @category Coverage
 * @example
 * ```ts
 * partyUnitTypeLabels.state_enterprise.zh; // '国有企业'
 * ```
 */
export const partyUnitTypeLabels: Readonly<Record<PartyUnitType, Bilingual>> = {
  two_new: { zh: '两企三新组织', en: '两企三新 organization' },
  state_enterprise: { zh: '国有企业', en: 'State-owned enterprise' },
  organ: { zh: '党和国家机关', en: 'Party or state organ' },
  village: { zh: '村', en: 'Village' },
};

/** The parameter holding each unit type's wording. */
const WORDING: Readonly<Record<PartyUnitType, string>> = {
  two_new: 'coverage.party.levels.twoNew',
  state_enterprise: 'coverage.party.levels.stateEnterprise',
  organ: 'coverage.party.levels.organ',
  village: 'coverage.party.levels.village',
};

const LEVEL_LABELS = {
  committee: { zh: '党的基层委员会（党委）', en: 'primary party committee' },
  generalBranch: { zh: '党总支', en: 'general party branch' },
} as const;

/**
 * The question: a unit's formal and probationary party members and which kind of unit it is. Built from the
 * `organization` entity (an organization record passes as it is; its other fields are ignored).
 * @category Coverage
 * @example
 * ```ts
 * partyOrganizationQuestionRecord.parse({ formalPartyMembers: 3, unitType: '村' }).unitType; // 'village'
 * ```
 */
export const partyOrganizationQuestionRecord = /* @__PURE__ */ organizationRecord
  .pick('party-organization-question', ['formalPartyMembers', 'probationaryPartyMembers'], {
    zh: '党组织设置的单位',
    en: 'Unit setting up a party organization',
  })
  .required('party-organization-question', ['formalPartyMembers'])
  .extend(
    'party-organization-question',
    { zh: '党组织设置的单位', en: 'Unit setting up a party organization' },
    {
      unitType: fields
        .enum(PARTY_UNIT_TYPES, partyUnitTypeLabels)
        .optional()
        .label('单位类别', 'Kind of unit')
        .describe(
          '决定党总支、党委人数条件的措辞；不填为两企三新组织',
          'Decides the wording of the general-branch and committee thresholds; absent: a 两企三新 organization',
        ),
    },
    { unknownKeys: 'strip' },
  );

/** The question, checked. @category Coverage */
export type PartyOrganizationQuestion = RecordOutput<typeof partyOrganizationQuestionRecord>;

/**
 * What a unit must or may set up.
 * @category Coverage
 */
export interface PartyOrganizationRequirement extends ResultEnvelope<
  'party_organization',
  'computed' | 'undetermined'
> {
  /** Formal party members. */
  readonly formalPartyMembers: number;
  /** Probationary party members (`null` when not given). */
  readonly probationaryPartyMembers: number | null;
  /** Party members (formal + probationary; `null` when the probationary count is not given). */
  readonly partyMembers: number | null;
  /** The kind of unit, whose wording decided the 党总支 / 党委 thresholds. */
  readonly unitType: PartyUnitType;
  /** `standalone`: the unit must set up a branch of its own; `joint`: too few formal members, a joint branch (`null` only when the profile lacks the number). */
  readonly formation: 'standalone' | 'joint' | null;
  /** Leadership of its own branch: a committee of `min`–`max` (at most `limit`), or a secretary; `null` for a joint branch. */
  readonly leadership:
    | { readonly kind: 'committee'; readonly min: number; readonly max: number; readonly limit: number }
    | { readonly kind: 'secretary'; readonly deputyIfNeeded: true }
    | null;
  /** A 党总支: `shall` be set up, `may` be (with approval), `no` (the count is outside the wording's range), or `null` (undetermined, or the wording sets none). */
  readonly generalBranch: 'shall' | 'may' | 'no' | null;
  /** A 党委: as for {@link PartyOrganizationRequirement.generalBranch}. */
  readonly committee: 'shall' | 'may' | 'no' | null;
}

/** One level's rule in a wording. */
interface LevelRule {
  readonly from: { readonly bound: StatutoryBound; readonly limit: number };
  readonly to?: { readonly bound: StatutoryBound; readonly limit: number };
  readonly modality: 'shall' | 'may';
  readonly quote: Bilingual;
}

const BOUNDS: readonly string[] = ['以上', '以下', '以内', '届满', '不满', '超过', '以外'];

function isBound(v: unknown): v is { bound: StatutoryBound; limit: number } {
  const b = v as { bound?: unknown; limit?: unknown } | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.bound === 'string' &&
    BOUNDS.includes(b.bound) &&
    typeof b.limit === 'number' &&
    Number.isSafeInteger(b.limit) &&
    b.limit >= 0
  );
}

function levelRule(v: unknown): LevelRule | null | undefined {
  if (v === null) return null;
  const r = v as Partial<LevelRule> | undefined;
  if (
    typeof r !== 'object' ||
    !isBound(r.from) ||
    (r.to !== undefined && !isBound(r.to)) ||
    (r.modality !== 'shall' && r.modality !== 'may')
  )
    return undefined;
  if (typeof r.quote?.zh !== 'string' || typeof r.quote.en !== 'string') return undefined;
  return r as LevelRule;
}

/** Reads and checks a count parameter (a whole number ≥ 0). */
function count(scope: Scope, id: string): ParameterRead<number> | undefined {
  const r = scope.param<number>(id);
  if (r !== undefined && !(Number.isSafeInteger(r.value) && r.value >= 0))
    coverageMessages.fail('invalid_parameter_table', ['parameters', id], { id, label: r.label });
  return r;
}

/**
 * Whether the party-member count meets a level's rule: `true`, `false`, or `undefined` when the probationary count is
 * missing and the formal count alone does not decide it (members are then at least the formal count).
 */
function meets(rule: LevelRule, formal: number, probationary: number | undefined): boolean | undefined {
  if (probationary !== undefined) {
    const m = formal + probationary;
    return (
      satisfiesBound(m, rule.from.bound, rule.from.limit) &&
      (rule.to === undefined || satisfiesBound(m, rule.to.bound, rule.to.limit))
    );
  }
  if (rule.to !== undefined && !satisfiesBound(formal, rule.to.bound, rule.to.limit)) return false;
  if (rule.to === undefined && satisfiesBound(formal, rule.from.bound, rule.from.limit)) return true;
  return undefined;
}

/**
 * The readable rule: what a unit must or may set up, read through `scope` (parameters traced; a missing count or
 * parameter recorded as missing).
 * @param q - the checked question
 * @param scope - the evaluation scope
 * @category Coverage
 * @example
 * ```ts
 * const { scope } = explainedScope(profileAt(coverageProfiles.get('huaian'), '2026-01-01'));
 * evaluatePartyOrganization({ formalPartyMembers: 48, probationaryPartyMembers: 4 }, scope).generalBranch; // 'may'
 * ```
 */
export function evaluatePartyOrganization(
  q: PartyOrganizationQuestion,
  scope: Scope,
): Omit<PartyOrganizationRequirement, keyof ResultEnvelope> {
  // The question is a checked one (the record's output): cheap tests, so a hand-made one is a PolicyError, not NaN.
  const counts = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (
    typeof q !== 'object' ||
    q === null ||
    !counts(q.formalPartyMembers) ||
    (q.probationaryPartyMembers !== undefined && !counts(q.probationaryPartyMembers))
  ) {
    coreMessages.fail('invalid_type', ['question'], { expected: 'object', received: typeName(q) });
  }
  if (q.unitType !== undefined && !Object.prototype.hasOwnProperty.call(partyUnitTypeLabels, q.unitType)) {
    coreMessages.fail('unknown_enum_value', ['question', 'unitType'], {
      allowed: Object.keys(partyUnitTypeLabels),
      received: typeof q.unitType === 'string' ? String(q.unitType).slice(0, 40) : typeName(q.unitType),
    });
  }
  checkScope(scope);
  const unitType = q.unitType ?? 'two_new';
  const formal = q.formalPartyMembers;
  const probationary = q.probationaryPartyMembers;
  const members = probationary === undefined ? null : formal + probationary;
  const trace = scope.trace;
  const min = count(scope, 'coverage.party.branch.formalMembersMin');
  const committeeMin = count(scope, 'coverage.party.branch.committeeFormalMembersMin');
  const size = scope.param<{ min: number; max: number; limit: number }>('coverage.party.branch.committeeSize');
  const maxUnits = count(scope, 'coverage.party.jointBranch.maxUnits');
  const branchLimit = count(scope, 'coverage.party.branch.membersLimit');
  const wording = scope.param(WORDING[unitType]);
  if (size !== undefined && !(['min', 'max', 'limit'] as const).every((k) => Number.isSafeInteger(size.value?.[k]))) {
    coverageMessages.fail('invalid_parameter_table', ['parameters', size.id], { id: size.id, label: size.label });
  }

  // 3 formal members: a branch of its own, else a joint one (联合党支部).
  let formation: 'standalone' | 'joint' | null = null;
  let leadership: PartyOrganizationRequirement['leadership'] = null;
  if (min !== undefined) {
    formation = satisfiesBound(formal, '以上', min.value) ? 'standalone' : 'joint';
    if (trace.recording) {
      trace.rule(
        formation === 'standalone'
          ? {
              rule: 'party.branch.must',
              text: coverageMessages.text('party_branch_must', { min: min.value, formal }),
              result: 'standalone',
              source: min.source,
            }
          : {
              rule: 'party.branch.joint',
              text: coverageMessages.text('party_branch_joint', {
                min: min.value,
                formal,
                maxUnits: maxUnits?.value ?? 5,
              }),
              result: 'joint',
              source: (maxUnits ?? min).source,
            },
      );
    }
  }
  // 7 formal members: a branch committee; fewer: a secretary (for a branch of its own).
  if (formation === 'standalone' && committeeMin !== undefined && size !== undefined) {
    if (satisfiesBound(formal, '以上', committeeMin.value)) {
      leadership = { kind: 'committee', min: size.value.min, max: size.value.max, limit: size.value.limit };
      trace.rule({
        rule: 'party.branch.committee',
        text: coverageMessages.text('party_branch_committee', { min: committeeMin.value, size: size.value }),
        result: leadership,
        source: committeeMin.source,
      });
    } else {
      leadership = { kind: 'secretary', deputyIfNeeded: true };
      trace.rule({
        rule: 'party.branch.secretary',
        text: coverageMessages.text('party_branch_secretary', { min: committeeMin.value }),
        result: leadership,
        source: committeeMin.source,
      });
    }
  }
  if (formation === 'standalone' && branchLimit !== undefined && members !== null && members > branchLimit.value) {
    trace.rule({
      rule: 'party.branch.size',
      text: coverageMessages.text('party_branch_size', { limit: branchLimit.value, members }),
      source: branchLimit.source,
    });
  }

  // 50 and 100 party members (formal + probationary), in the wording of the unit's type.
  const verdicts: {
    generalBranch: PartyOrganizationRequirement['generalBranch'];
    committee: PartyOrganizationRequirement['committee'];
  } = { generalBranch: null, committee: null };
  if (wording !== undefined) {
    const table = wording.value as Record<string, unknown> | null;
    const rules = { generalBranch: levelRule(table?.generalBranch), committee: levelRule(table?.committee) };
    if (
      typeof table !== 'object' ||
      table === null ||
      rules.generalBranch === undefined ||
      rules.committee === undefined
    ) {
      coverageMessages.fail('invalid_parameter_table', ['parameters', wording.id], {
        id: wording.id,
        label: wording.label,
      });
    }
    for (const level of ['generalBranch', 'committee'] as const) {
      const rule = rules[level];
      if (rule === null || rule === undefined) {
        trace.rule({
          rule: `party.${level}`,
          text: coverageMessages.text('party_level_none', { level: LEVEL_LABELS[level], wording: wording.label }),
          source: wording.source,
        });
        continue;
      }
      const m = meets(rule, formal, probationary);
      if (m === undefined) {
        scope.need('probationaryPartyMembers', partyOrganizationQuestionRecord.fields.probationaryPartyMembers!.label);
        continue;
      }
      verdicts[level] = m ? rule.modality : 'no';
      trace.rule({
        rule: `party.${level}`,
        text: coverageMessages.text('party_level', {
          level: LEVEL_LABELS[level],
          wording: wording.label,
          members: members ?? formal,
          rule: rule.quote,
          verdict: verdicts[level]!,
        }),
        result: verdicts[level],
        source: wording.source,
      });
    }
  }
  return {
    formalPartyMembers: formal,
    probationaryPartyMembers: probationary ?? null,
    partyMembers: members,
    unitType,
    formation,
    leadership,
    generalBranch: verdicts.generalBranch,
    committee: verdicts.committee,
  };
}

function levelsText(r: Omit<PartyOrganizationRequirement, keyof ResultEnvelope>): Bilingual {
  const one = (level: 'generalBranch' | 'committee', lang: 'zh' | 'en'): string => {
    const v = r[level];
    const l = LEVEL_LABELS[level][lang];
    if (lang === 'zh')
      return v === 'shall'
        ? `应设立${l}`
        : v === 'may'
          ? `可以成立${l}`
          : v === 'no'
            ? `不符合成立${l}的人数条件`
            : `能否成立${l}无法判定`;
    return v === 'shall'
      ? `a ${l} is to be set up`
      : v === 'may'
        ? `a ${l} may be set up`
        : v === 'no'
          ? `too few or too many members for a ${l}`
          : `whether a ${l} may be set up is undetermined`;
  };
  return {
    zh: `${one('generalBranch', 'zh')}，${one('committee', 'zh')}`,
    en: `${one('generalBranch', 'en')}, ${one('committee', 'en')}`,
  };
}

/**
 * The party organization a unit must or may set up for its formal and probationary party members: a branch of its
 * own from 3 formal members (else a joint branch), its leadership (a committee from 7 formal members, else a
 * secretary), and whether the party-member count (formal + probationary) meets the 党总支 and 党委 thresholds in the
 * wording of its kind of unit (`unitType`, default `two_new`: the 2019 state-enterprise and organ numbers, a
 * provisional reading; the result says which wording and warns). Thresholds come from the profile.
 * `undetermined` when the probationary count is missing and the formal count alone does not decide a level.
 * @param unit - `{ formalPartyMembers, probationaryPartyMembers?, unitType? }` (an `organization` record passes as is)
 * @param options - `asOf` (required), `profile`
 * @category Coverage
 * @example
 * ```ts
 * const asOf = '2026-01-01';
 * requiredPartyOrganization({ formalPartyMembers: 2, probationaryPartyMembers: 0 }, { asOf }).formation; // 'joint'
 * requiredPartyOrganization({ formalPartyMembers: 7, probationaryPartyMembers: 0 }, { asOf }).leadership; // { kind: 'committee', min: 3, max: 5, limit: 7 }
 * requiredPartyOrganization({ formalPartyMembers: 96, probationaryPartyMembers: 4 }, { asOf }).committee;  // 'may' (100 以上)
 * requiredPartyOrganization({ formalPartyMembers: 48, probationaryPartyMembers: 4 }, { asOf }).generalBranch; // 'may' (52: 50 以上)
 * requiredPartyOrganization(7, { asOf }); // throws PolicyError 'invalid_type': give both counts
 * ```
 */
export function requiredPartyOrganization(
  unit: unknown,
  options: { readonly asOf: string; readonly profile?: unknown },
): PartyOrganizationRequirement {
  const o = readOptions(options, { asOf: asOfOption, profile: coverageProfiles.option });
  // A bare number was 0.1.0's question; both counts are needed now, so it is refused rather than guessed at.
  if (typeof unit !== 'object' || unit === null || Array.isArray(unit))
    coreMessages.fail('invalid_type', ['unit'], { expected: 'object', received: typeName(unit) });
  const q = partyOrganizationQuestionRecord.parse(unit, ['unit']);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluatePartyOrganization(q, scope);
  const outcome = scope.missing.length > 0 ? 'undetermined' : 'computed';
  const summary = coverageMessages.text('party_summary', { formation: r.formation, levels: levelsText(r) });
  const wording = partyUnitTypeLabels[r.unitType];
  return {
    ...envelope(
      'coverage',
      'party_organization',
      outcome,
      scope,
      explain({ zh: `${summary.zh}（按${wording.zh}的措辞）`, en: `${summary.en} (wording for a ${wording.en})` }),
    ),
    ...r,
  };
}
