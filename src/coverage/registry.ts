/**
 * Registry input: the records the indicators count (organizations, party organizations, volunteer teams, stations,
 * checklist results, association events, training records, community workers). Each record type has a strict
 * zod/mini schema (for `parseCoverageRegistry` and `validate: 'full'`) and a field list for the hand-written fast
 * validator (`validate: 'fast'`, the default), which yields the same issue codes for bad rows without zod's cost
 * on a million records.
 * @module
 */
import * as z from 'zod/mini';
import { ymdOf } from '../core/calendar-date.js';
import { ErrorCode, safeOf, typeName, type IssuePath, type PolicyIssue, type SafeParseResult } from '../core/errors.js';
import { calendarDateSchema, schemaParser, type SchemaParser } from '../core/zod-issues.js';

/** 两企三新 unit categories (T26): 混合所有制企业, 非公有制企业, 新经济组织, 新社会组织. @category Coverage */
export const ORGANIZATION_CATEGORIES = ['mixed_ownership_enterprise', 'non_public_enterprise', 'new_economic_organization', 'new_social_organization'] as const;
/** A 两企三新 unit category. @category Coverage */
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

/** Party organization forms: 基层党委, 党总支, 党支部. @category Coverage */
export const PARTY_ORGANIZATION_TYPES = ['primary_committee', 'general_branch', 'branch'] as const;
/** How a party organization covers its units: 单独组建 (one unit) or 联合组建 (several units, 区域性/行业性). @category Coverage */
export const FORMATIONS = ['single', 'joint'] as const;
/** 工作覆盖 means for a unit with no party organization (S20): 党建工作指导员, 党建联络员, 工会, 共青团. @category Coverage */
export const WORK_COVERAGE_MEANS = ['instructor', 'liaison', 'trade_union', 'youth_league'] as const;
/** One 工作覆盖 means. @category Coverage */
export type WorkCoverageMeans = (typeof WORK_COVERAGE_MEANS)[number];
/** Leadership changes of an association: 成立登记, 换届, 届中变更. @category Coverage */
export const ASSOCIATION_EVENT_TYPES = ['establishment', 'general_election', 'mid_term_change'] as const;
/** Roles trained under 双培: 党组织书记, 党建指导员. @category Coverage */
export const TRAINING_ROLES = ['party_secretary', 'party_instructor'] as const;
/** 社会工作者职业资格 levels: 助理社会工作师, 社会工作师, 高级社会工作师 (the same list as the salary domain's). @internal */
export const CERTIFICATE_LEVELS = ['assistant', 'intermediate', 'senior'] as const;

const id = z.string().check(z.minLength(1));
const date = calendarDateSchema();
const count = z.int().check(z.minimum(0));

/** A 两企三新 unit (enterprise or social organization) located in a division unit. @category Coverage */
export const organizationRecordSchema = z.strictObject({
  /** Registry id (e.g. the 统一社会信用代码). */
  id,
  /** Division code of the township or village-level unit where the organization is located. */
  unit: z.string(),
  category: z.enum(ORGANIZATION_CATEGORIES),
  /** Employees (enterprises) or staff (social organizations). */
  employees: count,
  /** Formal (正式) party members among the staff. */
  formalPartyMembers: count,
  /** Has a fixed place of business (enterprises). Missing = not established. */
  fixedSite: z.optional(z.boolean()),
  /** Has real business activity (实际生产经营, enterprises). Missing = not established. */
  inBusiness: z.optional(z.boolean()),
  /** An empty shell / zombie (空壳、僵尸). */
  shell: z.optional(z.boolean()),
  /** A provincial-level (省级) social organization. */
  provincial: z.optional(z.boolean()),
  /** Has a 党建工作指导员. */
  instructor: z.optional(z.boolean()),
  /** Has a 党建联络员. */
  liaison: z.optional(z.boolean()),
  /** Has a 工会. */
  tradeUnion: z.optional(z.boolean()),
  /** Has a 共青团 organization. */
  youthLeague: z.optional(z.boolean()),
  name: z.optional(z.string()),
});
/** One 两企三新 unit (see {@link organizationRecordSchema}). @category Coverage */
export type OrganizationRecord = z.output<typeof organizationRecordSchema>;

/** A party organization and the registry units it covers. @category Coverage */
export const partyOrganizationRecordSchema = z.strictObject({
  id,
  unit: z.string(),
  type: z.enum(PARTY_ORGANIZATION_TYPES),
  formation: z.enum(FORMATIONS),
  /** Ids of the organizations it covers (exactly one for `single`). */
  members: z.array(id),
  established: date,
  dissolved: z.optional(date),
  name: z.optional(z.string()),
});
/** One party organization (see {@link partyOrganizationRecordSchema}). @category Coverage */
export type PartyOrganizationRecord = z.output<typeof partyOrganizationRecordSchema>;

/** A volunteer service team (志愿服务队伍) of a 镇街 or a village-level unit. @category Coverage */
export const volunteerTeamRecordSchema = z.strictObject({
  id,
  unit: z.string(),
  established: date,
  dissolved: z.optional(date),
  /** Date of the team's latest activity on or before the registry's date. */
  lastActivityOn: z.optional(date),
  name: z.optional(z.string()),
});
/** One volunteer team (see {@link volunteerTeamRecordSchema}). @category Coverage */
export type VolunteerTeamRecord = z.output<typeof volunteerTeamRecordSchema>;

/** A 社会工作站 (at a 镇街) or 社会工作室 (at a village-level unit); which one follows from the unit's level. @category Coverage */
export const stationSchema = z.strictObject({
  id,
  unit: z.string(),
  opened: date,
  closed: z.optional(date),
  name: z.optional(z.string()),
});
/** One station or room (see {@link stationSchema}). @category Coverage */
export type StationRecord = z.output<typeof stationSchema>;

/** One item of the host's 村(居)委会 standardization checklist (no official checklist was found). @category Coverage */
export const checklistItemSchema = z.strictObject({ id, name: z.optional(z.string()) });
/** One checklist item (see {@link checklistItemSchema}). @category Coverage */
export type ChecklistItem = z.output<typeof checklistItemSchema>;

/** The assessment of one checklist item for one village-level unit. @category Coverage */
export const checklistResultSchema = z.strictObject({
  unit: z.string(),
  item: id,
  met: z.boolean(),
  assessedOn: date,
});
/** One checklist result (see {@link checklistResultSchema}). @category Coverage */
export type ChecklistResult = z.output<typeof checklistResultSchema>;

/** A leadership change of a 行业协会商会 and the date of its 任前审核 (双审). @category Coverage */
export const associationEventSchema = z.strictObject({
  id,
  association: id,
  /** Division code of the registering authority (city, county) or of a lower unit. */
  unit: z.string(),
  type: z.enum(ASSOCIATION_EVENT_TYPES),
  electionDate: date,
  /** Date the slate was reviewed; missing = not reviewed. */
  reviewDate: z.optional(date),
});
/** One association event (see {@link associationEventSchema}). @category Coverage */
export type AssociationEventRecord = z.output<typeof associationEventSchema>;

/** A party secretary or 党建指导员 of an association, with one training (or none). One row per person and training. @category Coverage */
export const trainingRecordSchema = z.strictObject({
  /** Person id (pseudonymous; never a resident ID). */
  person: id,
  role: z.enum(TRAINING_ROLES),
  association: id,
  unit: z.string(),
  /** Date of a training; missing = a roster row with no training. */
  trainedOn: z.optional(date),
});
/** One training row (see {@link trainingRecordSchema}). @category Coverage */
export type TrainingRecord = z.output<typeof trainingRecordSchema>;

/** A community worker (社区工作者) and whether they hold a 社会工作者职业资格 certificate. @category Coverage */
export const communityWorkerSchema = z.strictObject({
  /** Person id (pseudonymous; never a resident ID). */
  id,
  unit: z.string(),
  certified: z.boolean(),
  certificateLevel: z.optional(z.enum(CERTIFICATE_LEVELS)),
  /** Date the certificate was obtained; missing = held before any date asked about. */
  certifiedOn: z.optional(date),
  employedFrom: z.optional(date),
  employedUntil: z.optional(date),
});
/** One community worker (see {@link communityWorkerSchema}). @category Coverage */
export type CommunityWorkerRecord = z.output<typeof communityWorkerSchema>;

/** The whole registry: every collection optional; an indicator reads only its own. @category Coverage */
export const coverageRegistrySchema = z.strictObject({
  organizations: z.optional(z.array(organizationRecordSchema)),
  partyOrganizations: z.optional(z.array(partyOrganizationRecordSchema)),
  volunteerTeams: z.optional(z.array(volunteerTeamRecordSchema)),
  stations: z.optional(z.array(stationSchema)),
  checklistItems: z.optional(z.array(checklistItemSchema)),
  checklistResults: z.optional(z.array(checklistResultSchema)),
  associationEvents: z.optional(z.array(associationEventSchema)),
  trainingRecords: z.optional(z.array(trainingRecordSchema)),
  communityWorkers: z.optional(z.array(communityWorkerSchema)),
});
/** The registry input (see {@link coverageRegistrySchema}). @category Coverage */
export type CoverageRegistry = z.output<typeof coverageRegistrySchema>;
/** Name of one collection of the registry. @category Coverage */
export type CollectionName = keyof CoverageRegistry;

/**
 * Validates a whole registry with the strict schemas and returns it, or throws a `PolicyError` listing every
 * bad field (bilingual, with paths such as `organizations[12].employees`).
 * @category Coverage
 * @example
 * ```ts
 * parseCoverageRegistry({ stations: [{ id: 's1', unit: '320803001', opened: '2023-05-01' }] });
 * parseCoverageRegistry({ stations: [{ id: 's1', unit: '320803001', opened: '2023-02-30' }] }); // throws invalid_date
 * ```
 */
export function parseCoverageRegistry(json: unknown, path: IssuePath = []): CoverageRegistry {
  registryParser ??= schemaParser(coverageRegistrySchema);
  return registryParser.parse(json, path);
}

let registryParser: SchemaParser<CoverageRegistry> | undefined;

/** Non-throwing {@link parseCoverageRegistry}. @category Coverage */
export const safeParseCoverageRegistry: (json: unknown, path?: IssuePath) => SafeParseResult<CoverageRegistry> = safeOf(parseCoverageRegistry);

// ---------------------------------------------------------------------------------------------------------------
// Fast validation: the same rules as the schemas, written out, so a million rows cost a few type checks each.

type FieldKind = 'id' | 'string' | 'count' | 'boolean' | 'date' | 'enum' | 'ids';
interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  readonly optional?: boolean;
  readonly values?: readonly string[];
}

const f = (key: string, kind: FieldKind, optional = false, values?: readonly string[]): FieldSpec => (values === undefined ? { key, kind, optional } : { key, kind, optional, values });

const SPECS: Record<CollectionName, readonly FieldSpec[]> = {
  organizations: [
    f('id', 'id'),
    f('unit', 'string'),
    f('category', 'enum', false, ORGANIZATION_CATEGORIES),
    f('employees', 'count'),
    f('formalPartyMembers', 'count'),
    f('fixedSite', 'boolean', true),
    f('inBusiness', 'boolean', true),
    f('shell', 'boolean', true),
    f('provincial', 'boolean', true),
    f('instructor', 'boolean', true),
    f('liaison', 'boolean', true),
    f('tradeUnion', 'boolean', true),
    f('youthLeague', 'boolean', true),
    f('name', 'string', true),
  ],
  partyOrganizations: [
    f('id', 'id'),
    f('unit', 'string'),
    f('type', 'enum', false, PARTY_ORGANIZATION_TYPES),
    f('formation', 'enum', false, FORMATIONS),
    f('members', 'ids'),
    f('established', 'date'),
    f('dissolved', 'date', true),
    f('name', 'string', true),
  ],
  volunteerTeams: [f('id', 'id'), f('unit', 'string'), f('established', 'date'), f('dissolved', 'date', true), f('lastActivityOn', 'date', true), f('name', 'string', true)],
  stations: [f('id', 'id'), f('unit', 'string'), f('opened', 'date'), f('closed', 'date', true), f('name', 'string', true)],
  checklistItems: [f('id', 'id'), f('name', 'string', true)],
  checklistResults: [f('unit', 'string'), f('item', 'id'), f('met', 'boolean'), f('assessedOn', 'date')],
  associationEvents: [
    f('id', 'id'),
    f('association', 'id'),
    f('unit', 'string'),
    f('type', 'enum', false, ASSOCIATION_EVENT_TYPES),
    f('electionDate', 'date'),
    f('reviewDate', 'date', true),
  ],
  trainingRecords: [f('person', 'id'), f('role', 'enum', false, TRAINING_ROLES), f('association', 'id'), f('unit', 'string'), f('trainedOn', 'date', true)],
  communityWorkers: [
    f('id', 'id'),
    f('unit', 'string'),
    f('certified', 'boolean'),
    f('certificateLevel', 'enum', true, CERTIFICATE_LEVELS),
    f('certifiedOn', 'date', true),
    f('employedFrom', 'date', true),
    f('employedUntil', 'date', true),
  ],
};

const known: Partial<Record<CollectionName, ReadonlySet<string>>> = {};

/** Field names of a collection, built on first use. */
function knownKeys(collection: CollectionName): ReadonlySet<string> {
  return (known[collection] ??= new Set(SPECS[collection].map((s) => s.key)));
}

const ZH_TYPE: Record<string, string> = { string: '字符串', number: '数字', boolean: '布尔值', object: '对象', array: '数组', null: '空值' };

function typeIssue(path: IssuePath, expected: string, value: unknown): PolicyIssue {
  const got = typeName(value);
  return {
    code: ErrorCode.InvalidType,
    path,
    zh: `类型错误：应为${ZH_TYPE[expected] ?? expected}，实际为${ZH_TYPE[got] ?? got}`,
    en: `Invalid type: expected ${expected}, received ${got}`,
    params: { expected, received: got },
  };
}

/** Checks one field; pushes issues (building the path only then) and returns false when it is bad. */
function checkField(spec: FieldSpec, v: unknown, base: IssuePath, key: string | number, out: PolicyIssue[]): boolean {
  switch (spec.kind) {
    case 'id':
    case 'string':
      if (typeof v !== 'string') return out.push(typeIssue([...base, key], 'string', v)), false;
      if (spec.kind === 'id' && v.length === 0) {
        out.push({ code: ErrorCode.OutOfRange, path: [...base, key], zh: '长度不得小于 1', en: 'length must be at least 1', params: { minimum: '1', inclusive: true } });
        return false;
      }
      return true;
    case 'count':
      if (typeof v !== 'number') return out.push(typeIssue([...base, key], 'number', v)), false;
      if (!Number.isSafeInteger(v)) {
        out.push({ code: ErrorCode.InvalidType, path: [...base, key], zh: '应为整数', en: 'Expected an integer', params: { expected: 'int', received: 'number' } });
        return false;
      }
      if (v < 0) {
        out.push({ code: ErrorCode.OutOfRange, path: [...base, key], zh: '数值不得小于 0', en: 'value must be at least 0', params: { minimum: '0', inclusive: true } });
        return false;
      }
      return true;
    case 'boolean':
      if (typeof v !== 'boolean') return out.push(typeIssue([...base, key], 'boolean', v)), false;
      return true;
    case 'date':
      if (typeof v !== 'string') return out.push(typeIssue([...base, key], 'string', v)), false;
      if (ymdOf(v) < 0) {
        out.push({ code: ErrorCode.InvalidDate, path: [...base, key], zh: '不是有效的 YYYY-MM-DD 日期', en: 'Not a valid YYYY-MM-DD date' });
        return false;
      }
      return true;
    case 'enum':
      if (typeof v !== 'string' || !spec.values!.includes(v)) {
        const allowed = spec.values!.join(', ');
        out.push({ code: ErrorCode.UnknownEnumValue, path: [...base, key], zh: `取值无效，可选值：${allowed}`, en: `Invalid value; expected one of: ${allowed}`, params: { allowed: spec.values } });
        return false;
      }
      return true;
    case 'ids': {
      if (!Array.isArray(v)) return out.push(typeIssue([...base, key], 'array', v)), false;
      let ok = true;
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] !== 'string' || v[i] === '') ok = checkField(ID_SPEC, v[i], [...base, key], i, out) && ok;
      }
      return ok;
    }
  }
}

const ID_SPEC: FieldSpec = { key: '', kind: 'id' };

/**
 * Validates one record of a collection without zod; pushes bilingual issues (same codes as the schema) and returns
 * whether the record is usable. Unknown fields are refused, as in the strict schemas.
 * @internal
 */
export function checkRecord(collection: CollectionName, rec: unknown, path: IssuePath, out: PolicyIssue[]): boolean {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    out.push(typeIssue(path, 'object', rec));
    return false;
  }
  const r = rec as Record<string, unknown>;
  let ok = true;
  let present = 0;
  for (const spec of SPECS[collection]) {
    const v = r[spec.key];
    if (v === undefined) {
      if (!spec.optional) {
        out.push({ code: ErrorCode.Required, path: [...path, spec.key], zh: '缺少必填字段', en: 'Required field is missing' });
        ok = false;
      }
      continue;
    }
    present++;
    if (!checkField(spec, v, path, spec.key, out)) ok = false;
  }
  // Counting keys is cheap; only when the count differs from the known fields present look for the strangers.
  let total = 0;
  for (const _ in r) total++;
  let unknown: string[] | undefined;
  if (total !== present) {
    const keys = knownKeys(collection);
    for (const k in r) if (!keys.has(k)) (unknown ??= []).push(k);
  }
  if (unknown !== undefined) {
    out.push({ code: ErrorCode.UnrecognizedKeys, path, zh: `存在未知字段：${unknown.join(', ')}`, en: `Unrecognized field(s): ${unknown.join(', ')}`, params: { keys: unknown } });
    ok = false;
  }
  return ok;
}

/** Bare checks for the hot path: true when an organization row is certainly valid (else run {@link checkRecord}). @internal */
export function organizationLooksValid(r: OrganizationRecord): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const e = r.employees;
  const m = r.formalPartyMembers;
  if (typeof r.id !== 'string' || r.id.length === 0 || typeof r.unit !== 'string' || typeof e !== 'number' || typeof m !== 'number') return false;
  if (!Number.isSafeInteger(e) || e < 0 || !Number.isSafeInteger(m) || m < 0) return false;
  switch (r.category) {
    case 'mixed_ownership_enterprise':
    case 'non_public_enterprise':
    case 'new_economic_organization':
    case 'new_social_organization':
      break;
    default:
      return false;
  }
  let n = 0;
  for (const k in r) {
    switch (k) {
      case 'id':
      case 'unit':
      case 'category':
      case 'employees':
      case 'formalPartyMembers':
        n++;
        break;
      case 'fixedSite':
      case 'inBusiness':
      case 'shell':
      case 'provincial':
      case 'instructor':
      case 'liaison':
      case 'tradeUnion':
      case 'youthLeague': {
        const b = (r as Record<string, unknown>)[k];
        if (b !== undefined && typeof b !== 'boolean') return false;
        break;
      }
      case 'name': {
        const s = r.name;
        if (s !== undefined && typeof s !== 'string') return false;
        break;
      }
      default:
        return false;
    }
  }
  return n === 5;
}

const RECORD_SCHEMAS: Record<CollectionName, z.ZodMiniType> = {
  organizations: organizationRecordSchema,
  partyOrganizations: partyOrganizationRecordSchema,
  volunteerTeams: volunteerTeamRecordSchema,
  stations: stationSchema,
  checklistItems: checklistItemSchema,
  checklistResults: checklistResultSchema,
  associationEvents: associationEventSchema,
  trainingRecords: trainingRecordSchema,
  communityWorkers: communityWorkerSchema,
};
const recordParsers: Partial<Record<CollectionName, SchemaParser<unknown>>> = {};

/**
 * Validates one row with its zod schema (`validate: 'full'`); pushes the bilingual issues of a bad row.
 * @internal
 */
export function checkRecordWithSchema(collection: CollectionName, rec: unknown, path: IssuePath, out: PolicyIssue[]): boolean {
  const parser = (recordParsers[collection] ??= schemaParser(RECORD_SCHEMAS[collection]));
  const r = parser.safeParse(rec, path);
  if (r.success) return true;
  out.push(...r.error.issues);
  return false;
}

/** The collection names, in schema order. @internal */
export const COLLECTIONS: readonly CollectionName[] = [
  'organizations',
  'partyOrganizations',
  'volunteerTeams',
  'stations',
  'checklistItems',
  'checklistResults',
  'associationEvents',
  'trainingRecords',
  'communityWorkers',
];
