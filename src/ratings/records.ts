/**
 * The inputs of the ratings engine, built from the entities: an organization applying or holding a grade is the
 * `organization` entity (its id, name and division code optional) with the grade applied for and whether it has a
 * party organization; a 社工 project lists its staff as `person` records (certificate, social work degree) with its
 * labour cost and budget.
 * @module
 */
import { defineRecord, fields, type RecordOutput, type RecordSettings } from '../core/index.js';
import { organizationRecord, RATINGS, ratingLabels } from '../entities/organization.js';
import { personRecord } from '../entities/person.js';

const b = (zh: string, en: string) => ({ zh, en });

// `partial` drops the entity's cross-field rule; it reads none of the fields made optional here, so it is kept.
const keep = (rule: RecordSettings<never>['refine']): never => rule as never;

/** The grade field of the inputs (the entity's labels; `4A级` and `四级` are read too). @internal */
export const ratingField = () =>
  fields.enum(RATINGS, ratingLabels, { '1A级': '1A', '2A级': '2A', '3A级': '3A', '4A级': '4A', '5A级': '5A' });

/**
 * An organization as the ratings engine reads it: the `organization` entity (id, name and division code optional)
 * with `target`, the grade it applies for, and `hasPartyOrganization` (for a rule such as 怀宁's "no 5A without a
 * party organization"). Every fact is optional: a fact a rule needs and does not have makes that rule `undetermined`.
 * @category Ratings
 * @example
 * ```ts
 * ratingOrganizationRecord.parse({ kind: '民办社会工作服务机构', rating: '4A级', ratedOn: '2021-06-30', target: '五级' }).target; // '5A'
 * ```
 */
export const ratingOrganizationRecord = /* @__PURE__ */ organizationRecord
  .partial('rating-organization', ['id', 'name', 'divisionCode'])
  .extend(
    'rating-organization',
    b('社会组织（评估）', 'Social organization (evaluation)'),
    {
      target: ratingField().optional().label('申报等级', 'Grade applied for'),
      hasPartyOrganization: fields.boolean().optional().label('是否建立党组织', 'Has a party organization'),
    },
    { unknownKeys: 'strict', refine: keep(organizationRecord.settings.refine) },
  );

/** An organization as the ratings engine reads it. @category Ratings */
export type RatingOrganization = RecordOutput<typeof ratingOrganizationRecord>;

/**
 * A member of a 社工 project's staff: a `person` (id and name optional) with the social work certificate and whether
 * they have a social work degree.
 * @category Ratings
 * @example
 * ```ts
 * projectStaffRecord.parse({ name: '张三', socialWorkDegree: true }).socialWorkDegree; // true
 * ```
 */
export const projectStaffRecord = /* @__PURE__ */ personRecord
  .pick('project-staff', ['id', 'name', 'certificate', 'socialWorkDegree'])
  .partial('project-staff', ['id', 'name'], b('项目执行人员', 'Project staff member'));

/** A member of a project's staff. @category Ratings */
export type ProjectStaff = RecordOutput<typeof projectStaffRecord>;

/**
 * A government-purchased professional social work service project (政府购买的专业社会工作服务项目): its staff, labour
 * cost and budget (yuan, exact decimals).
 * @category Ratings
 * @example
 * ```ts
 * socialWorkProjectRecord.parse({ staff: [{ socialWorkDegree: true }], laborCost: '80000.00', budget: 100000 }).budget; // '100000'
 * ```
 */
export const socialWorkProjectRecord = /* @__PURE__ */ defineRecord(
  'social-work-project',
  b('政府购买社会工作服务项目', 'Government-purchased social work project'),
  {
    id: fields.text().optional().label('编号', 'Id'),
    name: fields.text().optional().label('项目名称', 'Project name'),
    staff: fields
      .array(fields.object(projectStaffRecord).label('项目执行人员', 'Project staff member'))
      .label('项目执行人员', 'Project staff'),
    laborCost: fields.decimal().label('项目人力成本（元）', 'Labour cost (yuan)'),
    budget: fields.decimal().label('项目经费（元）', 'Project budget (yuan)'),
  },
  { unknownKeys: 'strict' },
);

/** A 社工 project. @category Ratings */
export type SocialWorkProject = RecordOutput<typeof socialWorkProjectRecord>;
