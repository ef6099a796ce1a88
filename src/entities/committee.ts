/**
 * 村民委员会 and 居民委员会 (基层群众性自治组织): the committee of a village-level division unit, with the facts the two
 * organic laws ask about (《村民委员会组织法》 and 《城市居民委员会组织法》, both as amended 2018-12-29): its members
 * (how many, how many women, how many of the smaller ethnic groups where several live together), the day the current
 * committee came into being (its term runs from it), the households it serves, its subcommittees; for a village, the
 * 村务监督委员会, the 村民代表会议, the dates of 村务公开 and 民主评议; and the floor area of the 社区综合服务设施.
 * Every fact is optional: an engine that needs a missing one says so (`undetermined`), it never assumes it.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput, type RefineContext } from '../core/record.js';
import { DIVISION_KIND_LABELS } from '../divisions/kinds.js';
import { isPolicyError, typeName } from '../core/errors.js';
import { countArg, objectArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { isDecimalString } from '../core/decimal-string.js';
import { villageKindOfCode, type VillageKind } from '../validators/division-code.js';
import { countField, divisionCodeField, idField, label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

/**
 * Kinds of committee: the two village-level kinds of the division tree that are 基层群众性自治组织 (类似居委会 and
 * 类似村委会 units, such as a farm's living area, are not).
 * @category Entities
 */
export const COMMITTEE_KINDS = ['villagers_committee', 'residents_committee'] as const;

/** A kind of committee. @category Entities */
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

/**
 * Labels of {@link CommitteeKind} (as the division tree names them).
 * @category Entities
 */
export const committeeKindLabels: ValueLabels<CommitteeKind> = {
  villagers_committee: label('村民委员会', "Villagers' committee"),
  residents_committee: label('居民委员会', "Residents' committee"),
};

/**
 * 下属委员会: the three each organic law names (人民调解、治安保卫、公共卫生 for a 居委会, 公共卫生与计划生育 for a
 * 村委会: 村委会组织法 第七条, 居委会组织法 第十三条), and the two more that local documents list (妇女和儿童工作、
 * 环境和物业管理: 舟民基〔2023〕1号 T18, 济管民〔2022〕53号 T19).
 * @category Entities
 */
export const SUBCOMMITTEE_KINDS = [
  'people_mediation',
  'public_security',
  'public_health',
  'public_health_family_planning',
  'women_children',
  'environment_property',
] as const;

/** A kind of subcommittee. @category Entities */
export type SubcommitteeKind = (typeof SUBCOMMITTEE_KINDS)[number];

/**
 * Labels of {@link SubcommitteeKind}.
 * @category Entities
 */
export const subcommitteeKindLabels: ValueLabels<SubcommitteeKind> = {
  people_mediation: label('人民调解委员会', "People's mediation committee"),
  public_security: label('治安保卫委员会', 'Public security committee'),
  public_health: label('公共卫生委员会', 'Public health committee'),
  public_health_family_planning: label('公共卫生与计划生育委员会', 'Public health and family planning committee'),
  women_children: label('妇女和儿童工作委员会', 'Women and children committee'),
  environment_property: label('环境和物业管理委员会', 'Environment and property management committee'),
};

const SUBCOMMITTEE_ALIASES: Readonly<Record<string, SubcommitteeKind>> = {
  人民调解: 'people_mediation',
  治安保卫: 'public_security',
  公共卫生: 'public_health',
  公共卫生与计划生育: 'public_health_family_planning',
  妇女和儿童工作: 'women_children',
  环境和物业管理: 'environment_property',
};

/**
 * How the 村民代表 were chosen (村委会组织法 第二十五条第二款): by households, one for every 5 to 15 (`households`), or by
 * the 村民小组 (`groups`).
 * @category Entities
 */
export const REPRESENTATIVE_SELECTIONS = ['households', 'groups'] as const;

/** How the representatives were chosen. @category Entities */
export type RepresentativeSelection = (typeof REPRESENTATIVE_SELECTIONS)[number];

/**
 * Labels of {@link RepresentativeSelection}.
 * @category Entities
 */
export const representativeSelectionLabels: ValueLabels<RepresentativeSelection> = {
  households: label('按户推选', 'Chosen by households'),
  groups: label('由村民小组推选', 'Chosen by the villager groups'),
};

const shape = {
  id: idField().optional().label('编号', 'Id'),
  divisionCode: divisionCodeField(['village']).optional().label('村（社区）区划代码', 'Village division code'),
  name: fields.text().optional().label('名称', 'Name'),
  kind: fields
    .enum(COMMITTEE_KINDS, committeeKindLabels, {
      村委会: 'villagers_committee',
      居委会: 'residents_committee',
      社区居委会: 'residents_committee',
      // A 类型 column of a 台账 names the unit the committee serves: a 村 has a 村委会, a 社区 a 居委会.
      村: 'villagers_committee',
      社区: 'residents_committee',
    })
    .optional()
    .label('类型', 'Kind'),
  // Composition and term.
  memberCount: countField()
    .optional()
    .label('成员人数', 'Members')
    .describe('主任、副主任和委员的人数', 'Chair, vice-chairs and members'),
  womenMembers: countField().optional().label('妇女成员人数', 'Women members'),
  multiEthnic: fields.boolean().optional().label('是否多民族居住', 'Several ethnic groups live here'),
  smallerEthnicMembers: countField()
    .optional()
    .label('人数较少的民族的成员人数', 'Members of the smaller ethnic groups'),
  termStartedOn: fields
    .date()
    .optional()
    .label('本届委员会产生日期', 'Current committee constituted on')
    .describe('本届任期自此日起算', 'The current term runs from this day'),
  households: countField().optional().label('户数', 'Households'),
  subcommittees: fields
    .array(
      fields.enum(SUBCOMMITTEE_KINDS, subcommitteeKindLabels, SUBCOMMITTEE_ALIASES).label('下属委员会', 'Subcommittee'),
      { unique: true },
    )
    .optional()
    .label('下属委员会', 'Subcommittees'),
  subcommitteeDutiesAssigned: fields
    .boolean()
    .optional()
    .label('不设下属委员会、由成员分工负责', 'No subcommittees: members share their duties')
    .describe(
      '人口少的村、居民较少的居委会可以不设下属委员会（村委会组织法第七条、居委会组织法第十三条）',
      'A small village or a committee with few residents may do without subcommittees',
    ),
  // Oversight (村委会组织法 第三十二条).
  supervisoryBody: fields
    .boolean()
    .optional()
    .label('是否设有村务监督委员会', 'Village affairs supervisory committee set up')
    .describe('或其他形式的村务监督机构', 'Or another form of supervisory body'),
  supervisoryMembers: countField().optional().label('村务监督机构成员人数', 'Members of the supervisory body'),
  supervisoryRelatedMembers: countField()
    .optional()
    .label('其中村委会成员及其近亲属人数', 'Of whom committee members or their near relatives'),
  supervisoryExpertMembers: countField()
    .optional()
    .label('其中具备财会、管理知识的人数', 'Of whom with accounting or management knowledge'),
  // 村民代表会议 (村委会组织法 第二十五条、第二十六条).
  representativeAssembly: fields
    .boolean()
    .optional()
    .label('是否设有村民代表会议', "Villagers' representative assembly set up"),
  representatives: countField().optional().label('村民代表人数', "Villagers' representatives"),
  womenRepresentatives: countField().optional().label('妇女村民代表人数', 'Women representatives'),
  representativesChosenBy: fields
    .enum(REPRESENTATIVE_SELECTIONS, representativeSelectionLabels)
    .optional()
    .label('村民代表推选方式', 'How representatives were chosen'),
  assemblyMeetings: fields
    .array(fields.date().label('会议日期', 'Meeting date'), { unique: true })
    .optional()
    .label('村民代表会议召开日期', "Dates of the assembly's meetings"),
  // 村务公开 and 民主评议 (村委会组织法 第三十条、第三十三条).
  generalDisclosedOn: fields.date().optional().label('最近一次村务公开日期', 'Latest disclosure of village affairs'),
  financeFrequent: fields
    .boolean()
    .optional()
    .label('集体财务往来是否较多', 'Frequent collective financial transactions'),
  financeDisclosedOn: fields.date().optional().label('最近一次财务收支公开日期', 'Latest disclosure of accounts'),
  democraticReviewOn: fields.date().optional().label('最近一次民主评议日期', 'Latest democratic review'),
  // 社区综合服务设施.
  serviceArea: fields.decimal().optional().label('综合服务设施面积（平方米）', 'Service facility floor area (m²)'),
  activityArea: fields.decimal().optional().label('居民活动区域面积（平方米）', "Residents' activity area (m²)"),
};

const L = Object.fromEntries(Object.entries(shape).map(([k, f]) => [k, f.def.label])) as {
  [K in keyof typeof shape]: { zh: string; en: string };
};

/**
 * The facts {@link committeeCountOrder} compares (any record built from the committee has some of them).
 * @category Entities
 */
export type CommitteeCountFacts = {
  divisionCode?: string;
  kind?: CommitteeKind;
  memberCount?: number;
  womenMembers?: number;
  smallerEthnicMembers?: number;
  multiEthnic?: boolean;
  households?: number;
  supervisoryBody?: boolean;
  supervisoryMembers?: number;
  supervisoryRelatedMembers?: number;
  supervisoryExpertMembers?: number;
  representativeAssembly?: boolean;
  representatives?: number;
  womenRepresentatives?: number;
  financeFrequent?: boolean;
  financeDisclosedOn?: string;
  serviceArea?: string;
  activityArea?: string;
};

const VILLAGE_ONLY = [
  'supervisoryBody',
  'supervisoryMembers',
  'supervisoryRelatedMembers',
  'supervisoryExpertMembers',
  'representativeAssembly',
  'representatives',
  'womenRepresentatives',
  'representativesChosenBy',
  'assemblyMeetings',
  'generalDisclosedOn',
  'financeFrequent',
  'financeDisclosedOn',
  'democraticReviewOn',
] as const;

/** Area strings compared exactly (both non-negative decimal strings). */
function areaAbove(a: string, b: string): boolean {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const n = Math.max(af.length, bf.length);
  const x = BigInt(ai! + af.padEnd(n, '0'));
  const y = BigInt(bi! + bf.padEnd(n, '0'));
  return x > y;
}

/** The kind the NBS code rules give a village-level code, or `undefined` for digits without a meaning (600–999). */
function kindByCode(code: string): VillageKind | undefined {
  try {
    return villageKindOfCode(code);
  } catch (e) {
    if (isPolicyError(e)) return undefined;
    throw e;
  }
}

/**
 * The cross-field rules of a committee, for records built from it with `pick` or `partial` (which drop the entity's
 * own rule): counts that cannot be (women, members of the smaller ethnic groups above the members; representatives
 * above the households; women representatives above the representatives; related or expert members above the
 * supervisory body's members; an activity area above the facility), the kind against the code, facts of a village
 * given for a residents' committee, supervisory counts without the body, representative counts without the assembly.
 * @param c - the committee (any record built from it)
 * @param ctx - the refine context
 * @category Entities
 * @example
 * ```ts
 * const assembly = committeeRecord.pick('assembly', ['households', 'representatives']).extend('assembly', label, {}, { refine: committeeCountOrder });
 * ```
 */
export function committeeCountOrder(c: CommitteeCountFacts, ctx: RefineContext): void {
  // A record's rule, run on every row: two cheap tests turn a wrong call into a PolicyError.
  if (typeof c !== 'object' || c === null) objectArg(c, 'committee');
  if (typeof (ctx as Partial<RefineContext> | null)?.add !== 'function' || !Array.isArray(ctx.path))
    objectArg(null, 'ctx');
  exceeds(ctx, 'womenMembers', c.womenMembers, 'memberCount', c.memberCount);
  exceeds(ctx, 'smallerEthnicMembers', c.smallerEthnicMembers, 'memberCount', c.memberCount);
  exceeds(ctx, 'representatives', c.representatives, 'households', c.households);
  exceeds(ctx, 'womenRepresentatives', c.womenRepresentatives, 'representatives', c.representatives);
  exceeds(ctx, 'supervisoryRelatedMembers', c.supervisoryRelatedMembers, 'supervisoryMembers', c.supervisoryMembers);
  exceeds(ctx, 'supervisoryExpertMembers', c.supervisoryExpertMembers, 'supervisoryMembers', c.supervisoryMembers);
  if (c.activityArea !== undefined && c.serviceArea !== undefined) {
    areaArg(c.activityArea, 'activityArea');
    areaArg(c.serviceArea, 'serviceArea');
  }
  if (c.activityArea !== undefined && c.serviceArea !== undefined && areaAbove(c.activityArea, c.serviceArea)) {
    inconsistent(ctx, ['activityArea'], 'not_more_than', { field: L.activityArea, limit: L.serviceArea });
  }
  if (c.kind !== undefined && c.divisionCode !== undefined) {
    const byCode = kindByCode(c.divisionCode);
    if (byCode !== undefined && byCode !== c.kind)
      inconsistent(ctx, ['kind'], 'kind_by_code', { code: c.divisionCode, kind: DIVISION_KIND_LABELS[byCode] });
  }
  const given = c as Record<string, unknown>;
  if (c.kind === 'residents_committee') {
    for (const f of VILLAGE_ONLY)
      if (given[f] !== undefined)
        inconsistent(ctx, [f], 'only_for_kinds', { field: L[f], kinds: [committeeKindLabels.villagers_committee] });
  }
  if (c.supervisoryBody === false) {
    for (const f of SUPERVISORY_COUNTS)
      if (given[f] !== undefined) inconsistent(ctx, [f], 'only_when_true', { field: L[f], flag: L.supervisoryBody });
  }
  if (c.representativeAssembly === false) {
    for (const f of ASSEMBLY_FACTS)
      if (given[f] !== undefined)
        inconsistent(ctx, [f], 'only_when_true', { field: L[f], flag: L.representativeAssembly });
  }
  if (c.financeFrequent === false && c.financeDisclosedOn !== undefined)
    inconsistent(ctx, ['financeDisclosedOn'], 'only_when_true', {
      field: L.financeDisclosedOn,
      flag: L.financeFrequent,
    });
}

const SUPERVISORY_COUNTS = ['supervisoryMembers', 'supervisoryRelatedMembers', 'supervisoryExpertMembers'] as const;
const ASSEMBLY_FACTS = [
  'representatives',
  'womenRepresentatives',
  'representativesChosenBy',
  'assemblyMeetings',
] as const;

/** Refuses a count above the count it is part of. */
function exceeds(
  ctx: RefineContext,
  field: keyof typeof L,
  value: number | undefined,
  limit: keyof typeof L,
  max: number | undefined,
): void {
  if (value === undefined || max === undefined) return;
  // A record's counts are numbers already; a direct call's may be anything: refused, not compared (a TypeError).
  if (typeof value !== 'number') countArg(value, field);
  if (typeof max !== 'number') countArg(max, limit);
  if (value > max) inconsistent(ctx, [field], 'count_exceeds', { field: L[field], value, limit: L[limit], max });
}

/** An area as a record has it (a decimal string); a direct call's anything else is refused, not split (a TypeError). */
function areaArg(value: unknown, name: string): asserts value is string {
  if (!isDecimalString(value))
    coreMessages.fail('invalid_type', [name], { expected: 'decimal string', received: typeName(value) });
}

/**
 * The record of a 村(居)民委员会.
 * @category Entities
 */
export const committeeRecord = /* @__PURE__ */ defineRecord(
  'committee',
  label('村（居）民委员会', "Village or residents' committee"),
  shape,
  {
    unknownKeys: 'strict',
    description: label(
      '村民委员会或居民委员会。另须满足：妇女成员和人数较少的民族的成员不多于成员人数；村民代表不多于户数，妇女村民代表不多于村民代表；村委会成员及其近亲属、具备财会管理知识的成员不多于村务监督机构成员；居民活动区域不大于综合服务设施面积；类型与区划代码相符；村务监督、村民代表会议、村务公开和民主评议只适用于村民委员会；未设村务监督机构或村民代表会议时不填其人数；财务往来不多时不填财务收支公开日期。',
      "A villagers' or residents' committee. Also checked: women and members of the smaller ethnic groups no more than the members; representatives no more than the households, women representatives no more than the representatives; related and expert members no more than the supervisory body's members; the activity area no larger than the facility; the kind agrees with the division code; supervision, the representative assembly, disclosure and democratic review only for a villagers' committee; no counts of a supervisory body or an assembly that is not set up; no accounts disclosure date where transactions are not frequent.",
    ),
    refine: committeeCountOrder,
  },
);

/** A 村(居)民委员会 (output of {@link parseCommittee}). @category Entities */
export type Committee = RecordOutput<typeof committeeRecord>;

/**
 * Validates a committee; throws a `PolicyError` (`invalid_type`, `text_length`, `invalid_format`, `invalid_date`,
 * `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`, `duplicate`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseCommittee({ divisionCode: '320803101201', kind: '村委会', memberCount: 5, womenMembers: 1 }).kind; // 'villagers_committee'
 * parseCommittee({ memberCount: 3, womenMembers: 4 }); // throws 'inconsistent' at ['womenMembers']
 * ```
 */
export function parseCommittee(value: unknown, path?: IssuePath): Committee {
  return committeeRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseCommittee}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseCommittee({ households: 10, representatives: 12 }).success; // false: more representatives than households
 * ```
 */
export function safeParseCommittee(value: unknown, path?: IssuePath): SafeParseResult<Committee> {
  return committeeRecord.safeParse(value, path);
}
