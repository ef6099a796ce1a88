/**
 * People the department works with: 社区工作者, 行业协会商会 负责人 and 负责人人选, 党员, 志愿者, 新就业群体 workers
 * (外卖骑手, 快递员, 网约车司机, 货车司机), 党建工作指导员 and 党建联络员. One record for every engine that reads a
 * person: the salary engine reads a community worker's post, education, start of service, certificate and yearly
 * assessments; the coverage engine a community worker's certificate and employment; the associations engine a
 * candidate's birth date, status and posts in other associations.
 *
 * A 居民身份证号码 is validated on input and leaves the parser **masked** (`110105********002X`); birth date and sex
 * are read from it when not given, and must agree with it when given.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { maskResidentId, parseResidentId } from '../validators/resident-id.js';
import { associationPostRecord } from './association-post.js';
import { divisionCodeField, idField, idListField, label, residentIdField, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';
import {
  checkPostHistory,
  COMMUNITY_WORKER_POSTS,
  communityWorkerPostLabels,
  postHistoryField,
} from './community-worker-post.js';
import { socialWorkCertificateRecord } from './social-work-certificate.js';

/** Roles a person can hold (several at once). @category Entities */
export const PERSON_ROLES = [
  'community_worker',
  'association_leader',
  'association_leader_candidate',
  'party_member',
  'volunteer',
  'new_employment_worker',
  'party_instructor',
  'party_liaison',
] as const;

/** A role of a person. @category Entities */
export type PersonRole = (typeof PERSON_ROLES)[number];

/**
 * Labels of {@link PersonRole}.
 * @category Entities
 */
export const personRoleLabels: ValueLabels<PersonRole> = {
  community_worker: label('社区工作者', 'Community worker'),
  association_leader: label('行业协会商会负责人', 'Association leader'),
  association_leader_candidate: label('行业协会商会负责人人选', 'Association leader candidate'),
  party_member: label('党员', 'Party member'),
  volunteer: label('志愿者', 'Volunteer'),
  new_employment_worker: label('新就业群体从业人员', 'New-employment-group worker'),
  party_instructor: label('党建工作指导员', 'Party-building instructor'),
  party_liaison: label('党建联络员', 'Party-building liaison'),
};

/** Occupations of the 新就业群体. @category Entities */
export const NEW_EMPLOYMENT_KINDS = ['delivery_rider', 'courier', 'ride_hailing_driver', 'truck_driver'] as const;

/** An occupation of the 新就业群体. @category Entities */
export type NewEmploymentKind = (typeof NEW_EMPLOYMENT_KINDS)[number];

/**
 * Labels of {@link NewEmploymentKind}.
 * @category Entities
 */
export const newEmploymentKindLabels: ValueLabels<NewEmploymentKind> = {
  delivery_rider: label('外卖骑手', 'Food-delivery rider'),
  courier: label('快递员', 'Courier'),
  ride_hailing_driver: label('网约车司机', 'Ride-hailing driver'),
  truck_driver: label('货车司机', 'Truck driver'),
};

/** Party membership status. @category Entities */
export const PARTY_MEMBERSHIPS = ['formal', 'probationary'] as const;

/** A party membership status. @category Entities */
export type PartyMembership = (typeof PARTY_MEMBERSHIPS)[number];

/**
 * Labels of {@link PartyMembership}.
 * @category Entities
 */
export const partyMembershipLabels: ValueLabels<PartyMembership> = {
  formal: label('正式党员', 'Formal member'),
  probationary: label('预备党员', 'Probationary member'),
};

/** Sex. @category Entities */
export const SEXES = ['male', 'female'] as const;

/** Sex. @category Entities */
export type Sex = (typeof SEXES)[number];

/**
 * Labels of {@link Sex}.
 * @category Entities
 */
export const sexLabels: ValueLabels<Sex> = { male: label('男', 'Male'), female: label('女', 'Female') };

export {
  COMMUNITY_WORKER_POSTS,
  communityWorkerPostLabels,
  type CommunityWorkerPost,
} from './community-worker-post.js';

/** Highest education, lowest first. @category Entities */
export const EDUCATION_LEVELS = ['college_or_below', 'bachelor', 'master', 'doctorate'] as const;

/** A highest education. @category Entities */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * Labels of {@link EducationLevel}.
 * @category Entities
 */
export const educationLevelLabels: ValueLabels<EducationLevel> = {
  college_or_below: label('大专及以下', 'College or below'),
  bachelor: label('本科', "Bachelor's degree"),
  master: label('硕士', "Master's degree"),
  doctorate: label('博士', 'Doctorate'),
};

/** Results of the 年度考核, best first. @category Entities */
export const ANNUAL_ASSESSMENT_RESULTS = ['excellent', 'pass', 'basic_pass', 'fail'] as const;

/** A result of the 年度考核. @category Entities */
export type AnnualAssessmentResult = (typeof ANNUAL_ASSESSMENT_RESULTS)[number];

/**
 * Labels of {@link AnnualAssessmentResult}.
 * @category Entities
 */
export const annualAssessmentResultLabels: ValueLabels<AnnualAssessmentResult> = {
  excellent: label('优秀', 'Excellent'),
  pass: label('合格', 'Pass'),
  basic_pass: label('基本合格', 'Basic pass'),
  fail: label('不合格', 'Fail'),
};

/**
 * Civil-servant status: `none`, `serving` (现职公务员), `left_post_not_retired` (不担任领导职务但尚未办理退休手续),
 * `state_organ_staff` (国家机关工作人员 who are not 公务员: 中组发〔2014〕11号 bars them from 行业协会 posts too).
 * @category Entities
 */
export const CIVIL_SERVANT_STATUSES = ['none', 'serving', 'left_post_not_retired', 'state_organ_staff'] as const;

/** A civil-servant status. @category Entities */
export type CivilServantStatus = (typeof CIVIL_SERVANT_STATUSES)[number];

/**
 * Labels of {@link CivilServantStatus}.
 * @category Entities
 */
export const civilServantStatusLabels: ValueLabels<CivilServantStatus> = {
  none: label('非公务员', 'Not a civil servant'),
  serving: label('现职公务员', 'Serving civil servant'),
  left_post_not_retired: label('不担任领导职务但尚未办理退休手续', 'Left a leading post, not yet retired'),
  state_organ_staff: label('国家机关工作人员（非公务员）', 'State-organ staff (not a civil servant)'),
};

/** How the cadre-management authority recorded a retired leading cadre's post: `approval` 审批 or `filing` 备案. @category Entities */
export const CADRE_APPROVAL_KINDS = ['approval', 'filing'] as const;

/** An approval or a filing. @category Entities */
export type CadreApprovalKind = (typeof CADRE_APPROVAL_KINDS)[number];

/**
 * Labels of {@link CadreApprovalKind}.
 * @category Entities
 */
export const cadreApprovalKindLabels: ValueLabels<CadreApprovalKind> = {
  approval: label('审批', 'Approval'),
  filing: label('备案', 'Filing'),
};

const cadreApproval = /* @__PURE__ */ defineRecord(
  'cadre-approval',
  label('干部管理部门审批或备案', 'Approval or filing by the cadre-management authority'),
  {
    kind: fields.enum(CADRE_APPROVAL_KINDS, cadreApprovalKindLabels).label('审批或备案', 'Approval or filing'),
    date: fields.date().label('审批或备案日期', 'Date of approval or filing'),
  },
  { unknownKeys: 'strict' },
);

const shape = {
  id: idField().label('编号', 'Id'),
  name: fields.text().label('姓名', 'Name'),
  roles: fields
    .array(fields.enum(PERSON_ROLES, personRoleLabels).label('角色', 'Role'), { min: 1, unique: true })
    .label('角色', 'Roles'),
  residentId: residentIdField().optional().label('居民身份证号码', 'Resident ID'),
  birthDate: fields.date().optional().label('出生日期', 'Birth date'),
  sex: fields.enum(SEXES, sexLabels).optional().label('性别', 'Sex'),
  divisionCode: divisionCodeField().optional().label('所在区划代码', 'Division code'),
  organizationId: idField().optional().label('所在单位', 'Organization'),
  partyMembership: fields
    .enum(PARTY_MEMBERSHIPS, partyMembershipLabels)
    .optional()
    .label('党员身份', 'Party membership'),
  newEmploymentKind: fields
    .enum(NEW_EMPLOYMENT_KINDS, newEmploymentKindLabels)
    .optional()
    .label('新就业群体职业', 'New-employment occupation'),
  volunteerTeamIds: idListField(label('所属志愿服务队伍', 'Volunteer team'))
    .optional()
    .label('所属志愿服务队伍', 'Volunteer teams'),
  // A community worker (社区工作者).
  post: fields
    .enum(COMMUNITY_WORKER_POSTS, communityWorkerPostLabels, { 其他工作人员: 'staff' })
    .optional()
    .label('岗位', 'Post'),
  education: fields.enum(EDUCATION_LEVELS, educationLevelLabels).optional().label('最高学历', 'Highest education'),
  educationObtained: fields.date().optional().label('取得最高学历日期', 'Date highest education obtained'),
  serviceStart: fields.date().optional().label('参加社区工作时间', 'Start of community work'),
  postHistory: postHistoryField().optional().label('岗位经历', 'Post history'),
  certificate: fields
    .object(socialWorkCertificateRecord)
    .optional()
    .label('社会工作者职业资格证书', 'Social work certificate'),
  socialWorkDegree: fields
    .boolean()
    .optional()
    .label('是否具有社会工作专业学历', 'Has a social work degree')
    .describe('社会工作专业（专科、本科或研究生）学历', 'A degree in social work (any level)'),
  assessments: fields
    .yearMap(
      fields.enum(ANNUAL_ASSESSMENT_RESULTS, annualAssessmentResultLabels).label('年度考核结果', 'Assessment result'),
    )
    .optional()
    .label('年度考核', 'Annual assessments'),
  employedFrom: fields.date().optional().label('本岗位任职起始日期', 'Employed from'),
  employedUntil: fields.date().optional().label('本岗位任职截止日期', 'Employed until'),
  // A leader (or candidate) of an association.
  civilServant: fields
    .enum(CIVIL_SERVANT_STATUSES, civilServantStatusLabels)
    .optional()
    .label('公务员身份', 'Civil-servant status'),
  retiredCadre: fields.boolean().optional().label('是否退（离）休领导干部', 'Retired leading cadre'),
  retirementDate: fields.date().optional().label('退休日期', 'Retirement date'),
  cadreApproval: fields
    .object(cadreApproval)
    .optional()
    .label('干部管理部门审批或备案', 'Approval or filing by the cadre-management authority'),
  politicalRightsDeprived: fields
    .boolean()
    .optional()
    .label('是否受过剥夺政治权利的刑事处罚', 'Ever deprived of political rights'),
  fullCivilCapacity: fields.boolean().optional().label('是否具有完全民事行为能力', 'Full civil capacity'),
  associationPosts: fields
    .array(
      fields
        .object(associationPostRecord.pick('held-association-post', ['associationId', 'role']))
        .label('社会团体任职', 'Post in an association'),
    )
    .optional()
    .label('在社会团体的任职', 'Posts in associations'),
};

const L = {
  partyMembership: shape.partyMembership.def.label,
  newEmploymentKind: shape.newEmploymentKind.def.label,
  residentId: shape.residentId.def.label,
  birthDate: shape.birthDate.def.label,
  sex: shape.sex.def.label,
  employedFrom: shape.employedFrom.def.label,
  employedUntil: shape.employedUntil.def.label,
  retiredCadre: shape.retiredCadre.def.label,
  retirementDate: shape.retirementDate.def.label,
  cadreApproval: shape.cadreApproval.def.label,
};

/**
 * The record of a person. Its output masks `residentId` and fills `birthDate` and `sex` from it.
 * @category Entities
 */
export const personRecord = /* @__PURE__ */ defineRecord('person', label('人员', 'Person'), shape, {
  unknownKeys: 'strict',
  description: label(
    '人员。另须满足：居民身份证号码须有效（输出时脱敏），出生日期和性别须与之相符（未填时由其得出）；角色不重复；角色含党员时须填写且只有此时才填写党员身份；新就业群体职业同理；岗位经历按任职起始日期排列，最后一项为当前岗位；本岗位任职截止日期不早于起始日期；退休日期和审批或备案只在是退（离）休领导干部时填写。',
    'A person. Also checked: the resident ID is valid (masked in the output) and birth date and sex agree with it (filled from it when absent); no role twice; party membership is given exactly for the role party member, the new-employment occupation exactly for the role new-employment worker; the post history is in order of start date and ends with the current post; employment ends no earlier than it starts; retirement date and approval only for a retired leading cadre.',
  ),
  refine(p, ctx) {
    const roleField = (role: PersonRole, field: 'partyMembership' | 'newEmploymentKind') => {
      const has = p.roles.includes(role);
      if (has === (p[field] !== undefined)) return;
      inconsistent(ctx, [field], has ? 'required_for_role' : 'only_for_role', {
        field: L[field],
        role: personRoleLabels[role],
      });
    };
    roleField('party_member', 'partyMembership');
    roleField('new_employment_worker', 'newEmploymentKind');
    if (p.residentId !== undefined) {
      const id = parseResidentId(p.residentId);
      if (p.birthDate !== undefined && p.birthDate !== id.birthDate)
        inconsistent(ctx, ['birthDate'], 'id_mismatch', { field: L.birthDate, id: L.residentId, masked: id.masked });
      if (p.sex !== undefined && p.sex !== id.sex)
        inconsistent(ctx, ['sex'], 'id_mismatch', { field: L.sex, id: L.residentId, masked: id.masked });
    }
    checkPostHistory(p, ctx);
    if (p.employedFrom !== undefined && p.employedUntil !== undefined && p.employedUntil < p.employedFrom) {
      inconsistent(ctx, ['employedUntil'], 'date_order', { later: L.employedUntil, earlier: L.employedFrom });
    }
    if (p.retiredCadre !== true) {
      if (p.retirementDate !== undefined)
        inconsistent(ctx, ['retirementDate'], 'only_when_true', { field: L.retirementDate, flag: L.retiredCadre });
      if (p.cadreApproval !== undefined)
        inconsistent(ctx, ['cadreApproval'], 'only_when_true', { field: L.cadreApproval, flag: L.retiredCadre });
    }
  },
  finish(p) {
    if (p.residentId === undefined) return p;
    const id = parseResidentId(p.residentId);
    return { ...p, residentId: maskResidentId(id.id), birthDate: id.birthDate, sex: id.sex };
  },
});

/** A person (output of {@link parsePerson}: `residentId`, if any, is masked). @category Entities */
export type Person = RecordOutput<typeof personRecord>;

/**
 * Validates a person and masks the resident ID; throws a `PolicyError` (`invalid_type`, `required`, `text_length`,
 * `item_count`, `invalid_format`, `invalid_check_digit`, `invalid_date`, `unknown_code`, `unknown_enum_value`,
 * `invalid_year`, `unrecognized_keys`, `duplicate`, `inconsistent`). Messages name fields by their labels and show
 * the ID only masked.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * const p = parsePerson({ id: 'w1', name: '张三', roles: ['社区工作者'], residentId: '11010519491231002X', post: '正职' });
 * p.roles;      // ['community_worker']
 * p.residentId; // '110105********002X'
 * p.birthDate;  // '1949-12-31'
 * ```
 */
export function parsePerson(value: unknown, path?: IssuePath): Person {
  return personRecord.parse(value, path);
}

/**
 * Non-throwing {@link parsePerson}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParsePerson({ id: 'r1', name: '李四', roles: ['new_employment_worker'] }).success; // false: newEmploymentKind missing
 * ```
 */
export function safeParsePerson(value: unknown, path?: IssuePath): SafeParseResult<Person> {
  return personRecord.safeParse(value, path);
}
