/**
 * Organizations in the department's remit: 行业协会商会, the "两企" (混合所有制企业, 非公有制企业), the 新经济组织 and
 * 新社会组织 of "三新", and 民办社会工作服务机构 with their 社会组织评估 grade (1A–5A). One record for every engine:
 * the coverage engine counts 两企三新 units (staff, party members, site, business, 工作覆盖 means); the associations
 * engine reads how an association is managed and the length of its term; the ratings engine reads the legal form, the
 * registration date, the 年度检查 results, penalties, investigations and grade sanctions (民政部令第39号 arts. 6, 7, 30–33).
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { countField, divisionCodeField, idField, idListField, label, usccField, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

/**
 * Kinds of organization ("两企三新" = 混合所有制企业、非公有制企业 + 新经济组织、新社会组织、新就业群体;
 * 新就业群体 are people, see `person`).
 * @category Entities
 */
export const ORGANIZATION_KINDS = [
  'industry_association',
  'chamber_of_commerce',
  'mixed_ownership_enterprise',
  'non_public_enterprise',
  'new_economic_organization',
  'new_social_organization',
  'social_work_service_agency',
] as const;

/** A kind of organization. @category Entities */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * Labels of {@link OrganizationKind}.
 * @category Entities
 */
export const organizationKindLabels: ValueLabels<OrganizationKind> = {
  industry_association: label('行业协会', 'Industry association'),
  chamber_of_commerce: label('商会', 'Chamber of commerce'),
  mixed_ownership_enterprise: label('混合所有制企业', 'Mixed-ownership enterprise'),
  non_public_enterprise: label('非公有制企业', 'Non-public enterprise'),
  new_economic_organization: label('新经济组织', 'New economic organization'),
  new_social_organization: label('新社会组织', 'New social organization'),
  social_work_service_agency: label('民办社会工作服务机构', 'Private social work service agency'),
};

/** Kinds that are 社会组织 and so can hold a 社会组织评估 grade. @category Entities */
export const SOCIAL_ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'industry_association',
  'chamber_of_commerce',
  'new_social_organization',
  'social_work_service_agency',
];

/** 社会组织评估 grades, lowest first. @category Entities */
export const RATINGS = ['1A', '2A', '3A', '4A', '5A'] as const;

/** A 社会组织评估 grade. @category Entities */
export type Rating = (typeof RATINGS)[number];

/**
 * Labels of {@link Rating}: 一级 (1A) to 五级 (5A, the highest); `1A级` … `5A级` are accepted as input too.
 * @category Entities
 */
export const ratingLabels: ValueLabels<Rating> = {
  '1A': label('一级', 'Grade 1A'),
  '2A': label('二级', 'Grade 2A'),
  '3A': label('三级', 'Grade 3A'),
  '4A': label('四级', 'Grade 4A'),
  '5A': label('五级', 'Grade 5A'),
};

/**
 * How an association is managed, which decides who reviews its candidates: `decoupled` 脱钩, `direct_registration`
 * 直接登记, `supervised` 有业务主管单位, `territorial` 属地管理.
 * @category Entities
 */
export const ASSOCIATION_MANAGEMENTS = ['decoupled', 'direct_registration', 'supervised', 'territorial'] as const;

/** How an association is managed. @category Entities */
export type AssociationManagement = (typeof ASSOCIATION_MANAGEMENTS)[number];

/**
 * Labels of {@link AssociationManagement}.
 * @category Entities
 */
export const associationManagementLabels: ValueLabels<AssociationManagement> = {
  decoupled: label('脱钩', 'Decoupled'),
  direct_registration: label('直接登记', 'Directly registered'),
  supervised: label('有业务主管单位', 'Under a supervising unit'),
  territorial: label('属地管理', 'Managed by territory'),
};

/**
 * The legal form of a 社会组织, as its registration certificate says (民政部令第39号 第二条: 社会团体、基金会、民办非企业单位;
 * 民办非企业单位 are now registered as 社会服务机构, accepted as input too).
 * @category Entities
 */
export const LEGAL_FORMS = ['social_group', 'foundation', 'private_non_enterprise'] as const;

/** A legal form of a 社会组织. @category Entities */
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * Labels of {@link LegalForm}.
 * @category Entities
 */
export const legalFormLabels: ValueLabels<LegalForm> = {
  social_group: label('社会团体', 'Social group'),
  foundation: label('基金会', 'Foundation'),
  private_non_enterprise: label('民办非企业单位', 'Private non-enterprise unit'),
};

/**
 * Results of a 社会组织's 年度检查 (annual inspection), and `not_inspected` for a year it did not take part in.
 * @category Entities
 */
export const INSPECTION_RESULTS = ['qualified', 'basically_qualified', 'unqualified', 'not_inspected'] as const;

/** A result of an annual inspection. @category Entities */
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/**
 * Labels of {@link InspectionResult}.
 * @category Entities
 */
export const inspectionResultLabels: ValueLabels<InspectionResult> = {
  qualified: label('合格', 'Qualified'),
  basically_qualified: label('基本合格', 'Basically qualified'),
  unqualified: label('不合格', 'Unqualified'),
  not_inspected: label('未参加年度检查', 'Did not take part'),
};

/** How registers write a grade: 4A级, and with its letters spelled out (AAAA, AAAA级). */
const ratingAliases: Readonly<Record<string, Rating>> = Object.fromEntries(
  RATINGS.flatMap((r) => {
    const letters = 'A'.repeat(Number(r[0]));
    return [`${r}级`, letters, `${letters}级`].map((k) => [k, r] as const);
  }),
);

/**
 * How registers write a year's result: with 年检 before it (年检合格), and the year not taken part in (未年检, 未参检,
 * 未参加年检).
 */
const inspectionAliases: Readonly<Record<string, InspectionResult>> = {
  年检合格: 'qualified',
  年检基本合格: 'basically_qualified',
  年检不合格: 'unqualified',
  未年检: 'not_inspected',
  未参检: 'not_inspected',
  未参加年检: 'not_inspected',
};

/**
 * How a 社会组织评估 grade was sanctioned (民政部令第39号 第三十条): lowered, or (情节严重的) cancelled.
 * @category Entities
 */
export const RATING_SANCTIONS = ['lowered', 'cancelled'] as const;

/** A sanction of a grade. @category Entities */
export type RatingSanctionKind = (typeof RATING_SANCTIONS)[number];

/**
 * Labels of {@link RatingSanctionKind}.
 * @category Entities
 */
export const ratingSanctionLabels: ValueLabels<RatingSanctionKind> = {
  lowered: label('降低评估等级', 'Grade lowered'),
  cancelled: label('取消评估等级', 'Grade cancelled'),
};

const penaltyShape = {
  decidedOn: fields.date().label('行政处罚决定日期', 'Date of the penalty decision'),
  kind: fields
    .text()
    .optional()
    .label('处罚种类', 'Kind of penalty')
    .describe('警告、罚款、没收非法所得、限期停止活动等', 'Warning, fine, confiscation, suspension of activities, …'),
  executed: fields.boolean().optional().label('是否执行完毕', 'Fully executed'),
  executedOn: fields.date().optional().label('执行完毕日期', 'Date fully executed'),
};
const PL = {
  decidedOn: penaltyShape.decidedOn.def.label,
  executed: penaltyShape.executed.def.label,
  executedOn: penaltyShape.executedOn.def.label,
};

/**
 * An administrative penalty of an organization: when it was decided and whether (and when) it was fully executed.
 * @category Entities
 * @example
 * ```ts
 * penaltyRecord.parse({ decidedOn: '2025-04-01', kind: '警告', executedOn: '2025-04-01' }).executedOn; // '2025-04-01'
 * ```
 */
export const penaltyRecord = /* @__PURE__ */ defineRecord(
  'administrative-penalty',
  label('行政处罚', 'Administrative penalty'),
  penaltyShape,
  {
    unknownKeys: 'strict',
    description: label(
      '行政处罚。另须满足：执行完毕日期不早于处罚决定日期；填写执行完毕日期时“是否执行完毕”不能为否。',
      'An administrative penalty. Also checked: executed no earlier than decided; a date of execution only when executed is not false.',
    ),
    refine(p, ctx) {
      if (p.executedOn !== undefined && p.executedOn < p.decidedOn)
        inconsistent(ctx, ['executedOn'], 'date_order', { later: PL.executedOn, earlier: PL.decidedOn });
      if (p.executedOn !== undefined && p.executed === false)
        inconsistent(ctx, ['executedOn'], 'only_when_true', { field: PL.executedOn, flag: PL.executed });
    },
  },
);

/** An administrative penalty (output of {@link penaltyRecord}). @category Entities */
export type Penalty = RecordOutput<typeof penaltyRecord>;

const sanctionShape = {
  kind: fields.enum(RATING_SANCTIONS, ratingSanctionLabels).label('处理方式', 'Sanction'),
  decidedOn: fields.date().label('处理决定日期', 'Date of the decision'),
  noticeReceivedOn: fields.date().optional().label('收到通知书日期', 'Date the notice was received'),
  returnedOn: fields.date().optional().label('证书、牌匾退回日期', 'Date the certificate and plaque were returned'),
};
const SL = {
  decidedOn: sanctionShape.decidedOn.def.label,
  noticeReceivedOn: sanctionShape.noticeReceivedOn.def.label,
  returnedOn: sanctionShape.returnedOn.def.label,
};

/**
 * A decision lowering or cancelling an organization's 社会组织评估 grade (民政部令第39号 第三十条), with the day its notice
 * was received and the day the certificate and plaque were returned (第三十三条).
 * @category Entities
 * @example
 * ```ts
 * ratingSanctionRecord.parse({ kind: '取消评估等级', decidedOn: '2025-03-01' }).kind; // 'cancelled'
 * ```
 */
export const ratingSanctionRecord = /* @__PURE__ */ defineRecord(
  'rating-sanction',
  label('评估等级处理', 'Grade sanction'),
  sanctionShape,
  {
    unknownKeys: 'strict',
    description: label(
      '降低或取消评估等级的处理。另须满足：收到通知书日期不早于处理决定日期，退回日期不早于处理决定日期。',
      'A decision lowering or cancelling a grade. Also checked: the notice received and the certificate returned no earlier than the decision.',
    ),
    refine(p, ctx) {
      if (p.noticeReceivedOn !== undefined && p.noticeReceivedOn < p.decidedOn)
        inconsistent(ctx, ['noticeReceivedOn'], 'date_order', { later: SL.noticeReceivedOn, earlier: SL.decidedOn });
      if (p.returnedOn !== undefined && p.returnedOn < p.decidedOn)
        inconsistent(ctx, ['returnedOn'], 'date_order', { later: SL.returnedOn, earlier: SL.decidedOn });
    },
  },
);

/** A grade sanction (output of {@link ratingSanctionRecord}). @category Entities */
export type RatingSanction = RecordOutput<typeof ratingSanctionRecord>;

const shape = {
  id: idField().label('编号', 'Id'),
  name: fields.text().label('名称', 'Name'),
  kind: fields.enum(ORGANIZATION_KINDS, organizationKindLabels).label('组织类型', 'Kind of organization'),
  uscc: usccField().optional().label('统一社会信用代码', 'Unified social credit code'),
  divisionCode: divisionCodeField().label('所在区划代码', 'Division code'),
  establishedOn: fields.date().optional().label('成立日期', 'Established on'),
  employeeCount: countField().optional().label('从业人员数', 'Number of employees'),
  formalPartyMembers: countField().optional().label('正式党员数', 'Formal party members'),
  probationaryPartyMembers: countField().optional().label('预备党员数', 'Probationary party members'),
  fixedSite: fields.boolean().optional().label('是否有固定经营场所', 'Has a fixed place of business'),
  inBusiness: fields.boolean().optional().label('是否有实际经营活动', 'Has real business activity'),
  shell: fields.boolean().optional().label('是否空壳或僵尸单位', 'Empty shell or zombie'),
  provincial: fields.boolean().optional().label('是否省级社会组织', 'Provincial-level social organization'),
  national: fields
    .boolean()
    .optional()
    .label('是否全国性社会团体', 'National association')
    .describe(
      '由国务院登记管理机关登记管理（社会团体登记管理条例第七条）',
      'Registered with the State Council registration authority (条例 art. 7)',
    ),
  tradeUnion: fields.boolean().optional().label('是否建立工会', 'Has a trade union'),
  youthLeague: fields.boolean().optional().label('是否建立共青团组织', 'Has a Youth League organization'),
  partyInstructorIds: idListField(label('党建工作指导员', 'Party-building instructor'))
    .optional()
    .label('党建工作指导员', 'Party-building instructors'),
  partyLiaisonIds: idListField(label('党建联络员', 'Party-building liaison'))
    .optional()
    .label('党建联络员', 'Party-building liaisons'),
  rating: fields
    .enum(RATINGS, ratingLabels, ratingAliases)
    .optional()
    .label('社会组织评估等级', 'Social organization evaluation grade')
    .describe('一级至五级（1A 至 5A），五级最高', 'Grade 1A to 5A, 5A the highest'),
  ratedOn: fields.date().optional().label('评估等级认定日期', 'Date the grade was awarded'),
  legalForm: fields
    .enum(LEGAL_FORMS, legalFormLabels, { 社会服务机构: 'private_non_enterprise' })
    .optional()
    .label('社会组织类型', 'Legal form'),
  registeredOn: fields
    .date()
    .optional()
    .label('登记日期', 'Registered on')
    .describe('取得社会团体、基金会或者民办非企业单位登记证书之日', 'The day the registration certificate was issued'),
  volunteerServiceOrganization: fields
    .boolean()
    .optional()
    .label('是否志愿服务组织', 'Volunteer service organization')
    .describe(
      '依法成立，以开展志愿服务为宗旨的非营利性组织（志愿服务条例第六条）',
      'A non-profit organization set up by law to do volunteer service (志愿服务条例 art. 6)',
    ),
  annualInspections: fields
    .yearMap(
      fields
        .enum(INSPECTION_RESULTS, inspectionResultLabels, inspectionAliases)
        .label('年度检查结果', 'Annual inspection result'),
    )
    .optional()
    .label('年度检查结果', 'Annual inspection results'),
  penalties: fields
    .array(fields.object(penaltyRecord).label('行政处罚', 'Administrative penalty'))
    .optional()
    .label('行政处罚', 'Administrative penalties'),
  underInvestigation: fields
    .boolean()
    .optional()
    .label('是否正在被立案调查', 'Under investigation')
    .describe(
      '正在被有关政府部门或者司法机关立案调查',
      'Under investigation by a government department or a judicial body',
    ),
  ratingSanctions: fields
    .array(fields.object(ratingSanctionRecord).label('评估等级处理', 'Grade sanction'))
    .optional()
    .label('评估等级处理', 'Grade sanctions'),
  management: fields
    .enum(ASSOCIATION_MANAGEMENTS, associationManagementLabels)
    .optional()
    .label('管理方式', 'Management'),
  termYears: fields.integer({ min: 1, max: 100 }).optional().label('每届任期年数', 'Years per term'),
};

/** The labels of the social-organization kinds, for the messages of the rules that only they may break. */
const socialKindLabels = () => SOCIAL_ORGANIZATION_KINDS.map((k) => organizationKindLabels[k]);

const L = {
  rating: shape.rating.def.label,
  ratedOn: shape.ratedOn.def.label,
  registeredOn: shape.registeredOn.def.label,
  legalForm: shape.legalForm.def.label,
  volunteer: shape.volunteerServiceOrganization.def.label,
};

/**
 * The record of an organization.
 * @category Entities
 */
export const organizationRecord = /* @__PURE__ */ defineRecord('organization', label('组织', 'Organization'), shape, {
  unknownKeys: 'strict',
  description: label(
    '组织。另须满足：统一社会信用代码须有效（小写转为大写）；只有社会组织（行业协会、商会、新社会组织、民办社会工作服务机构）才有评估等级、社会组织类型和志愿服务组织标记；评估等级认定日期须与评估等级同时填写，且不早于登记日期；党建工作指导员、党建联络员不重复。',
    'An organization. Also checked: the unified social credit code is valid (upper-cased); only social organizations (industry associations, chambers of commerce, new social organizations, social work service agencies) hold an evaluation grade, a legal form and the volunteer-organization mark; the date of the grade only with a grade, and not before registration; no instructor or liaison twice.',
  ),
  // No closure per row: a batch runs this rule on every organization (a million of them in the coverage bench).
  refine(o, ctx) {
    if (o.rating !== undefined && !SOCIAL_ORGANIZATION_KINDS.includes(o.kind)) {
      inconsistent(ctx, ['rating'], 'only_for_kinds', {
        field: L.rating,
        kinds: SOCIAL_ORGANIZATION_KINDS.map((k) => organizationKindLabels[k]),
      });
    }
    if (o.ratedOn !== undefined && o.rating === undefined)
      inconsistent(ctx, ['ratedOn'], 'only_with', { field: L.ratedOn, needs: L.rating });
    const social = SOCIAL_ORGANIZATION_KINDS.includes(o.kind);
    if (o.legalForm !== undefined && !social)
      inconsistent(ctx, ['legalForm'], 'only_for_kinds', { field: L.legalForm, kinds: socialKindLabels() });
    if (o.volunteerServiceOrganization === true && !social)
      inconsistent(ctx, ['volunteerServiceOrganization'], 'only_for_kinds', {
        field: L.volunteer,
        kinds: socialKindLabels(),
      });
    if (o.ratedOn !== undefined && o.registeredOn !== undefined && o.ratedOn < o.registeredOn)
      inconsistent(ctx, ['ratedOn'], 'date_order', { later: L.ratedOn, earlier: L.registeredOn });
  },
});

/** An organization (output of {@link parseOrganization}; `uscc` upper case). @category Entities */
export type Organization = RecordOutput<typeof organizationRecord>;

/**
 * Validates an organization; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `invalid_check_digit`, `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`,
 * `duplicate`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseOrganization({ id: 'o1', name: '淮安市某社会工作服务中心', kind: '民办社会工作服务机构',
 *   divisionCode: '320812', rating: '4A级', ratedOn: '2024-06-30' }).rating; // '4A'
 * ```
 */
export function parseOrganization(value: unknown, path?: IssuePath): Organization {
  return organizationRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseOrganization}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseOrganization({ id: 'o1', name: '某企业', kind: 'non_public_enterprise', divisionCode: '320812', rating: '3A' })
 *   .success; // false: only social organizations are graded
 * ```
 */
export function safeParseOrganization(value: unknown, path?: IssuePath): SafeParseResult<Organization> {
  return organizationRecord.safeParse(value, path);
}
