/**
 * The shapes of coverage results: a measure with its roll-up by division level, the gap list and its reasons.
 * @module
 */
import type { PolicyIssue } from '../core/errors.js';
import type { LegacyExplanation as Explanation, Warning } from '../core/legacy.js';
import type { Bilingual } from '../core/parameters.js';
import type { DivisionKind, DivisionLevel } from '../divisions/index.js';

/** Ids of the indicators. @category Coverage */
export type IndicatorId = 'party_coverage' | 'dual_review' | 'committee_standardization' | 'volunteer_teams' | 'social_work_stations' | 'certification_rate';

/**
 * One unit's figures in a roll-up: totals of its whole subtree.
 * @category Coverage
 */
export interface RollupRow {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Unit kind. */
  readonly kind: DivisionKind;
  /** Unit level. */
  readonly level: DivisionLevel;
  /** Covered count in the subtree. */
  readonly numerator: number;
  /** Count in scope in the subtree. */
  readonly denominator: number;
  /** `numerator ÷ denominator`, 4 decimals; `null` when the denominator is 0. */
  readonly rate: string | null;
  /** The rate as a percent with 2 decimals; `null` when the denominator is 0. */
  readonly percent: string | null;
  /**
   * Records attached to this unit itself rather than to a unit below it (e.g. a city-level association), present
   * only when there are any. The row's totals are the sum of its children's plus these.
   */
  readonly direct?: { readonly numerator: number; readonly denominator: number };
}

/**
 * A measure's rows per level: village → township → county → city, each unit with its own numerator, denominator
 * and rate. A level is empty when the measure does not count units that deep (e.g. 镇街 stations).
 * @category Coverage
 */
export interface CoverageRollup {
  /** The root (one row). */
  readonly city: readonly RollupRow[];
  /** County-level units. */
  readonly county: readonly RollupRow[];
  /** Township-level units. */
  readonly township: readonly RollupRow[];
  /** Village-level units. */
  readonly village: readonly RollupRow[];
}

/**
 * One rate of an indicator (e.g. 组织覆盖率, 单独组建率 and 工作覆盖率 are three measures of `party_coverage`).
 * @category Coverage
 */
export interface MeasureResult {
  /** Measure id, unique within the indicator (`organization`, `single`, `work`, `township`, `item:<id>`, ...). */
  readonly id: string;
  /** What the measure counts. */
  readonly label: Bilingual;
  /** Covered count (whole tree). */
  readonly numerator: number;
  /** Count in scope (whole tree). */
  readonly denominator: number;
  /** `numerator ÷ denominator` to 4 decimals with the profile's rounding; `null` when the denominator is 0. */
  readonly rate: string | null;
  /** Percent text, e.g. `"94.74%"`; `null` when the denominator is 0. */
  readonly percent: string | null;
  /** Figures per unit and level. */
  readonly rollup: CoverageRollup;
}

/** Why a unit or record is not covered. @category Coverage */
export type GapReason =
  | 'no_party_organization'
  | 'no_work_coverage'
  | 'not_reviewed'
  | 'reviewed_late'
  | 'not_trained'
  | 'item_not_met'
  | 'item_not_assessed'
  | 'no_team'
  | 'no_active_team'
  | 'no_station'
  | 'station_not_operating'
  | 'not_certified';

/** Bilingual text of each {@link GapReason}. @category Coverage */
export const GAP_REASONS: Readonly<Record<GapReason, Bilingual>> = {
  no_party_organization: { zh: '无党组织（未单独或联合组建）', en: 'No party organization (neither single nor joint)' },
  no_work_coverage: { zh: '无党组织，也无计入工作覆盖的指导员、联络员等', en: 'No party organization and no means that counts as work coverage' },
  not_reviewed: { zh: '负责人产生前未经审核', en: 'No review before the election' },
  reviewed_late: { zh: '审核晚于选举（未先审后选）', en: 'Reviewed after the election (not review-first)' },
  not_trained: { zh: '期内未参加培训', en: 'Not trained in the period' },
  item_not_met: { zh: '标准化建设项目未达标', en: 'Checklist item not met' },
  item_not_assessed: { zh: '标准化建设项目未评估', en: 'Checklist item not assessed' },
  no_team: { zh: '没有志愿服务队伍', en: 'No volunteer team' },
  no_active_team: { zh: '有队伍但活动窗口内无活动或已撤销', en: 'Teams exist but none was active in the window' },
  no_station: { zh: '没有社会工作站(室)', en: 'No social work station or room' },
  station_not_operating: { zh: '站(室)尚未开办或已关闭', en: 'Station or room not yet open or closed' },
  not_certified: { zh: '未持社会工作者职业资格证书', en: 'No social work certificate' },
};

/**
 * One gap: a unit (for unit-population measures) or a record in a unit (organizations, associations, people)
 * that is in a measure's denominator but not its numerator, and why.
 * @category Coverage
 */
export interface CoverageGap {
  /** The measure it is missing from. */
  readonly measure: string;
  /** Division code of the unit. */
  readonly unit: string;
  /** Record id (organization, association, person), absent when the gap is the unit itself. */
  readonly record?: string;
  /** Why it is not covered (text in {@link GAP_REASONS}). */
  readonly reason: GapReason;
  /** Extra detail, e.g. the checklist item id. */
  readonly detail?: string;
}

/**
 * An in-scope unit with enough formal party members to need its own branch (《支部工作条例》 第四条) but no
 * party organization of its own: the 应建未建 list.
 * @category Coverage
 */
export interface MustFormEntry {
  /** Organization id. */
  readonly record: string;
  /** Division code. */
  readonly unit: string;
  /** Formal party members. */
  readonly formalPartyMembers: number;
  /** `none`: no party organization at all; `joint`: covered only by a joint one. */
  readonly currently: 'none' | 'joint';
}

/**
 * Result of {@link computeCoverage}: the headline measure's figures on top, all measures, the gaps, the issues
 * found in the data, and how it was reached.
 * @category Coverage
 */
export interface CoverageResult {
  /** Indicator id. */
  readonly indicator: IndicatorId;
  /** Indicator name. */
  readonly label: Bilingual;
  /** The date computed for. */
  readonly asOf: string;
  /** Id of the headline measure (the first of `measures`). */
  readonly measure: string;
  /** Headline numerator. */
  readonly numerator: number;
  /** Headline denominator. */
  readonly denominator: number;
  /** Headline rate (4 decimals), `null` for a zero denominator. */
  readonly rate: string | null;
  /** Headline percent text. */
  readonly percent: string | null;
  /** Headline roll-up. */
  readonly rollup: CoverageRollup;
  /** Every measure, headline first. */
  readonly measures: readonly MeasureResult[];
  /** Units or records not covered, by measure (at most `gapLimit` of them; see `gapCount`). */
  readonly gaps: readonly CoverageGap[];
  /** Number of gaps found (may exceed `gaps.length` when a limit was set). */
  readonly gapCount: number;
  /** 应建未建 list (party_coverage only). */
  readonly mustForm?: readonly MustFormEntry[];
  /** Problems found in the data: bad rows, units outside the tree, duplicates, double counting, zero denominators. */
  readonly issues: readonly PolicyIssue[];
  /** Warnings (e.g. provisional parameters were used). */
  readonly warnings: readonly Warning[];
  /** Rules, parameters and counts behind the figures. */
  readonly explanation: Explanation;
}

/**
 * Issue codes the coverage calculators add to the core `ErrorCode`s (which they also use: `unknown_code` for a
 * unit outside the tree, `duplicate` for a repeated id, `inconsistent`, and the row-validation codes).
 * @category Coverage
 */
export const CoverageIssueCode = {
  /** A record's unit is in the tree but at a level the indicator cannot use (e.g. an organization at a county). */
  InvalidUnitLevel: 'invalid_unit_level',
  /** A record would count twice (an organization in two party organizations, a person on two units' rosters); counted once. */
  CountedTwice: 'counted_twice',
  /** A party organization lists an organization id that is not in the registry. */
  UnknownMember: 'unknown_member',
  /** A measure's denominator is zero: its rate is `null`. */
  ZeroDenominator: 'zero_denominator',
  /** Indicator 3 has no checklist items (none given and none in the results). */
  MissingChecklist: 'missing_checklist',
  /** A checklist result names an item that is not in the checklist. */
  UnknownItem: 'unknown_item',
  /** Warning: indicator 3 took its items from the results because no checklist was given. */
  ChecklistFromResults: 'checklist_from_results',
} as const;

/** One of the {@link CoverageIssueCode}s. @category Coverage */
export type CoverageIssueCode = (typeof CoverageIssueCode)[keyof typeof CoverageIssueCode];
