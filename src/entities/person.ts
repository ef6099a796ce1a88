/**
 * People the department works with: 社区工作者, 行业协会商会 负责人 and 负责人人选, 党员, 志愿者, 新就业群体 workers
 * (外卖骑手, 快递员, 网约车司机, 货车司机), 党建工作指导员 and 党建联络员.
 *
 * A 居民身份证号码 is validated on input and leaves the parser **masked** (`110105********002X`); birth date and sex
 * are read from it when not given, and must agree with it when given.
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import { maskResidentId, parseResidentId } from '../validators/resident-id.js';
import {
  addIssue,
  crossCheck,
  dateField,
  divisionCodeField,
  idField,
  idListField,
  label,
  nameField,
  residentIdField,
  PATTERNS,
  type FieldLabels,
  type Refinement,
  type ValueLabels,
} from './fields.js';

/** Roles a person can hold (several at once). @category Entities */
export const PERSON_ROLES = [
  'community_worker',
  'association_leader',
  'association_leader_candidate',
  'party_member',
  'volunteer',
  'new_employment_worker',
  'party_building_instructor',
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
  party_building_instructor: label('党建工作指导员', 'Party-building instructor'),
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

/** 社会工作者职业水平 levels (POLICY.md §4). @category Entities */
export const SOCIAL_WORK_QUALIFICATIONS = ['assistant_social_worker', 'social_worker', 'senior_social_worker'] as const;

/** A 社会工作者职业水平 level. @category Entities */
export type SocialWorkQualification = (typeof SOCIAL_WORK_QUALIFICATIONS)[number];

/**
 * Labels of {@link SocialWorkQualification}.
 * @category Entities
 */
export const socialWorkQualificationLabels: ValueLabels<SocialWorkQualification> = {
  assistant_social_worker: label('助理社会工作师', 'Assistant social worker'),
  social_worker: label('社会工作师', 'Social worker'),
  senior_social_worker: label('高级社会工作师', 'Senior social worker'),
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

const personInput = z.strictObject({
  id: idField,
  name: nameField,
  roles: z.array(z.enum(PERSON_ROLES)).check(
    z.minLength(1),
    z.superRefine((roles, ctx) => {
      roles.forEach((r, i) => {
        if (roles.indexOf(r) !== i) addIssue(ctx, 'duplicate', [i], `重复的角色：${r}`, `Duplicate role: ${r}`);
      });
    }),
  ),
  residentId: z.optional(residentIdField),
  birthDate: z.optional(dateField),
  sex: z.optional(z.enum(SEXES)),
  divisionCode: z.optional(divisionCodeField()),
  organizationId: z.optional(idField),
  partyMembership: z.optional(z.enum(PARTY_MEMBERSHIPS)),
  newEmploymentKind: z.optional(z.enum(NEW_EMPLOYMENT_KINDS)),
  socialWorkQualification: z.optional(z.enum(SOCIAL_WORK_QUALIFICATIONS)),
  volunteerTeamIds: z.optional(idListField()),
});

type PersonInput = z.output<typeof personInput>;

/** A field that must be given exactly when the person holds a role. */
function roleField(p: PersonInput, ctx: z.core.$RefinementCtx<PersonInput>, role: PersonRole, field: 'partyMembership' | 'newEmploymentKind'): void {
  const has = p.roles.includes(role);
  if (has !== (p[field] !== undefined)) {
    const r = personRoleLabels[role];
    addIssue(
      ctx,
      'inconsistent',
      [field],
      has ? `角色“${r.zh}”须填写此项` : `只有角色“${r.zh}”才填写此项`,
      has ? `Required for the role "${r.en}"` : `Only for the role "${r.en}"`,
    );
  }
}

/**
 * Schema of a {@link Person}. Its output masks `residentId` and fills `birthDate` and `sex` from it.
 * @category Entities
 */
export const personSchema = z.pipe(
  personInput.check(
    crossCheck((p: PersonInput, ctx) => {
      roleField(p, ctx, 'party_member', 'partyMembership');
      roleField(p, ctx, 'new_employment_worker', 'newEmploymentKind');
      if (p.residentId === undefined) return;
      const id = parseResidentId(p.residentId);
      if (p.birthDate !== undefined && p.birthDate !== id.birthDate) {
        addIssue(ctx, 'inconsistent', ['birthDate'], `出生日期与身份证号码 ${id.masked} 不符`, `The birth date does not match resident ID ${id.masked}`);
      }
      if (p.sex !== undefined && p.sex !== id.sex) {
        addIssue(ctx, 'inconsistent', ['sex'], `性别与身份证号码 ${id.masked} 不符`, `The sex does not match resident ID ${id.masked}`);
      }
    }),
  ),
  z.transform((p: PersonInput) => {
    if (p.residentId === undefined) return p;
    const id = parseResidentId(p.residentId);
    return { ...p, residentId: maskResidentId(id.id), birthDate: id.birthDate, sex: id.sex };
  }),
);

/** A person (output of {@link parsePerson}: `residentId`, if any, is masked). @category Entities */
export type Person = z.output<typeof personSchema>;

/**
 * Labels of the fields of {@link Person}.
 * @category Entities
 */
export const personFieldLabels: FieldLabels<Person> = {
  id: label('编号', 'Id'),
  name: label('姓名', 'Name'),
  roles: label('角色', 'Roles'),
  residentId: label('居民身份证号码（输出时脱敏）', 'Resident ID (masked in output)'),
  birthDate: label('出生日期', 'Birth date'),
  sex: label('性别', 'Sex'),
  divisionCode: label('所在区划代码', 'Division code'),
  organizationId: label('所在单位', 'Organization'),
  partyMembership: label('党员身份', 'Party membership'),
  newEmploymentKind: label('新就业群体职业', 'New-employment occupation'),
  socialWorkQualification: label('社会工作者职业水平', 'Social work qualification'),
  volunteerTeamIds: label('所属志愿服务队伍', 'Volunteer teams'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const personRefinements: readonly Refinement[] = [
  { field: 'residentId', rule: 'a valid 18-character 居民身份证号码 (GB 11643 check character, real birth date); masked in the parsed output', pattern: PATTERNS.residentId },
  { field: 'birthDate', rule: 'a real calendar date; must match the resident ID when both are given (filled from it otherwise)', pattern: PATTERNS.date },
  { field: 'sex', rule: 'must match the resident ID when both are given (filled from it otherwise)' },
  { field: 'roles', rule: 'no duplicates' },
  { field: 'partyMembership', rule: 'given exactly when roles include party_member' },
  { field: 'newEmploymentKind', rule: 'given exactly when roles include new_employment_worker' },
  { field: 'divisionCode', rule: 'a structurally valid division code', pattern: PATTERNS.divisionCode },
  { field: 'volunteerTeamIds', rule: 'no duplicates' },
];

const parser = /* @__PURE__ */ schemaParser(personSchema);

/**
 * Validates a person and masks the resident ID; throws a `PolicyError` (`invalid_type`, `required`,
 * `invalid_format`, `invalid_check_digit`, `invalid_date`, `unknown_code`, `unknown_enum_value`,
 * `unrecognized_keys`, `out_of_range`, `duplicate`, `inconsistent`). Messages show the ID only masked.
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * const p = parsePerson({ id: 'w1', name: '张三', roles: ['community_worker'], residentId: '11010519491231002X' });
 * p.residentId; // '110105********002X'
 * p.birthDate;  // '1949-12-31'
 * ```
 */
export function parsePerson(value: unknown, path?: IssuePath): Person {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parsePerson}.
 * @category Entities
 * @example
 * ```ts
 * safeParsePerson({ id: 'r1', name: '李四', roles: ['new_employment_worker'] }).success; // false: newEmploymentKind missing
 * ```
 */
export function safeParsePerson(value: unknown, path?: IssuePath): SafeParseResult<Person> {
  return parser.safeParse(value, path);
}
