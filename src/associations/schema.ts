/**
 * Input schemas: a candidate for a post, the association, a leadership slate and a registry of office-holders in
 * other 社会团体. Every field a rule uses is declared here; every field is optional, because a missing field makes
 * the rules that need it `undetermined` (never `pass`) instead of refusing the whole review.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorCode, ymdOf, type CalendarDate, type IssuePath, type SafeParseResult, type PolicyError } from '../core/index.js';
import { calendarDateSchema, rule, schemaParser } from '../core/zod-issues.js';
import { isValidResidentId, safeParseResidentId } from '../validators/resident-id.js';
import { ROLES, type Role } from './roles.js';

/** Any JSON value (the type of host-declared `extra` fields). @category Associations */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A post a person holds in another 社会团体 (for the dual-post rules).
 * @category Associations
 */
export interface OtherPost {
  /** The other association's id (e.g. its 统一社会信用代码), as the host keys associations. */
  readonly association: string;
  /** The post held there. */
  readonly role: Role;
}

/**
 * Approval (审批) or filing (备案) by the cadre-management authority for a retired leading cadre's post (S15; 中组发〔2014〕11号).
 * @category Associations
 */
export interface CadreApproval {
  /** `approval` 审批, or `filing` 备案. */
  readonly type: 'approval' | 'filing';
  /** Date of the approval or filing. */
  readonly date: CalendarDate;
}

/**
 * A retired leading cadre (退(离)休领导干部).
 * @category Associations
 */
export interface RetiredCadre {
  /** Date of retirement. */
  readonly retirementDate: CalendarDate;
  /** The approval or filing recorded for this post; absent means none is recorded. */
  readonly approval?: CadreApproval;
}

/**
 * A person proposed for a post. Every field is optional: a rule whose inputs are missing is `undetermined` and
 * names them. Unknown fields are refused (typos must not silently do nothing); host-specific facts go in `extra`.
 * @category Associations
 */
export interface Candidate {
  /** The host's stable key for the person, used to match slates and registries. Defaults to `residentId`. */
  readonly personId?: string;
  /** Name, for display. */
  readonly name?: string;
  /** 居民身份证号码 (validated with the validators module's `parseResidentId`; results show it only masked). */
  readonly residentId?: string;
  /** Date of birth. */
  readonly birthDate?: CalendarDate;
  /** The member unit (会员单位) the person comes from; `null` for an individual member. */
  readonly memberUnit?: string | null;
  /** Consecutive terms already served in this role of this association, immediately before this election. */
  readonly priorTerms?: number;
  /** For a secretary-general: `hired` (聘任, no term limit per T9) or `elected` (选任). */
  readonly appointment?: 'elected' | 'hired';
  /** Extension of the term limit: 2/3 vote of the members' assembly and approval of the registration authority (S17). */
  readonly termExtension?: { readonly vote2of3: boolean; readonly registrationApproval: boolean };
  /** Civil-servant status: `none`, `serving` (现职公务员), or `left_post_not_retired` (不担任领导职务但尚未办理退休手续). */
  readonly civilServant?: 'none' | 'serving' | 'left_post_not_retired';
  /** `false` if the person is not a retired leading cadre; otherwise the retirement and any approval or filing. */
  readonly retiredCadre?: false | RetiredCadre;
  /** Ever sentenced to deprivation of political rights (正在或者曾经受到剥夺政治权利的刑事处罚). */
  readonly politicalRightsDeprived?: boolean;
  /** Has full civil capacity (完全民事行为能力). */
  readonly fullCivilCapacity?: boolean;
  /** Posts the person holds in other 社会团体; `[]` means none (absent means unknown). */
  readonly otherPosts?: readonly OtherPost[];
  /** Date the department's review of this candidate was completed (先审后选). */
  readonly reviewDate?: CalendarDate;
  /** The post-election 公示 (会后公示), first and last day inclusive. */
  readonly publicNotice?: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Host-declared facts for host rules (JSON values), e.g. `{ debtOverdue: false }`. */
  readonly extra?: { readonly [key: string]: JsonValue };
}

/**
 * How an association is managed, which decides who reviews its candidates (POLICY §2.1, S12):
 * `decoupled` 脱钩, `direct_registration` 直接登记, `supervised` 有业务主管单位, `territorial` 属地管理.
 * @category Associations
 */
export type ManagementType = 'decoupled' | 'direct_registration' | 'supervised' | 'territorial';

/**
 * The association whose leaders are reviewed.
 * @category Associations
 */
export interface Association {
  /** The host's id for the association (e.g. its 统一社会信用代码). */
  readonly id: string;
  /** Name, for display. */
  readonly name?: string;
  /** How it is managed (needed by {@link reviewerFor}). */
  readonly management?: ManagementType;
  /** Length of one term (届) in years under its 章程. */
  readonly termYears?: number;
}

/**
 * One seat of a leadership slate: the role and the person proposed for it. One person may hold two seats
 * (e.g. president and legal representative) with the same `personId`.
 * @category Associations
 */
export interface SlateSeat {
  /** The post. */
  readonly role: Role;
  /** The person. */
  readonly candidate: Candidate;
}

/**
 * One office-holder in the host's register of 社会团体 (for cross-association rules).
 * @category Associations
 */
export interface RegistryEntry {
  /** The association's id. */
  readonly association: string;
  /** The post held. */
  readonly role: Role;
  /** The same person key the host uses for `Candidate.personId` (or the resident ID). */
  readonly personId: string;
}

// Zod schemas are built on first use (no work at import, so bundlers can drop this module when unused).
function buildParsers() {
  const dateSchema = calendarDateSchema();
  const roleSchema = z.enum(ROLES as [Role, ...Role[]]);
  const nonEmpty = z.string().check(z.minLength(1));
  const jsonSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonSchema), z.record(z.string(), jsonSchema)]),
  );
  // The validators module's own code and (masked) messages: invalid_format, invalid_date, invalid_check_digit.
  const residentIdSchema = z.string().check(
    z.superRefine<string>((value, ctx) => {
      const r = safeParseResidentId(value);
      if (!r.success) ctx.issues.push({ code: 'custom', input: value, message: r.error.en, params: { code: r.error.code, zh: r.error.zh, en: r.error.en } });
    }),
  );
  const otherPostSchema = z.strictObject({ association: nonEmpty, role: roleSchema });

  const candidateSchema: z.ZodMiniType<Candidate> = z.strictObject({
    personId: z.optional(nonEmpty),
    name: z.optional(z.string()),
    residentId: z.optional(residentIdSchema),
    birthDate: z.optional(dateSchema),
    memberUnit: z.optional(z.nullable(nonEmpty)),
    priorTerms: z.optional(z.int().check(z.gte(0), z.lte(100))),
    appointment: z.optional(z.enum(['elected', 'hired'])),
    termExtension: z.optional(z.strictObject({ vote2of3: z.boolean(), registrationApproval: z.boolean() })),
    civilServant: z.optional(z.enum(['none', 'serving', 'left_post_not_retired'])),
    retiredCadre: z.optional(
      z.union([
        z.literal(false),
        z.strictObject({
          retirementDate: dateSchema,
          approval: z.optional(z.strictObject({ type: z.enum(['approval', 'filing']), date: dateSchema })),
        }),
      ]),
    ),
    politicalRightsDeprived: z.optional(z.boolean()),
    fullCivilCapacity: z.optional(z.boolean()),
    otherPosts: z.optional(z.array(otherPostSchema)),
    reviewDate: z.optional(dateSchema),
    publicNotice: z.optional(
      z.strictObject({ from: dateSchema, to: dateSchema }).check(
        rule<{ from: string; to: string }>((n) => n.from <= n.to, ErrorCode.OutOfRange, '公示结束日期早于开始日期', 'The notice ends before it starts'),
      ),
    ),
    extra: z.optional(z.record(z.string(), jsonSchema)),
  });

  const associationSchema: z.ZodMiniType<Association> = z.strictObject({
    id: nonEmpty,
    name: z.optional(z.string()),
    management: z.optional(z.enum(['decoupled', 'direct_registration', 'supervised', 'territorial'])),
    termYears: z.optional(z.int().check(z.gte(1), z.lte(100))),
  });

  const slateSchema: z.ZodMiniType<readonly SlateSeat[]> = z.array(z.strictObject({ role: roleSchema, candidate: candidateSchema })).check(z.minLength(1));
  const registrySchema: z.ZodMiniType<readonly RegistryEntry[]> = z.array(z.strictObject({ association: nonEmpty, role: roleSchema, personId: nonEmpty }));
  return {
    candidate: schemaParser(candidateSchema),
    association: schemaParser(associationSchema),
    slate: schemaParser(slateSchema),
    registry: schemaParser(registrySchema),
  };
}
let parsers: ReturnType<typeof buildParsers> | undefined;
const P = (): ReturnType<typeof buildParsers> => (parsers ??= buildParsers());

// Fast acceptance checks. They accept exactly what the zod schemas accept (a property test holds them to it) and
// return the input itself, so valid input skips the slower zod walk; anything they refuse goes through zod, which
// produces the bilingual issues. Why: zod/mini has no JIT object parser, and a batch of 100,000 reviews spent most of
// its time there.
const CANDIDATE_KEYS = /* @__PURE__ */ new Set([
  'personId', 'name', 'residentId', 'birthDate', 'memberUnit', 'priorTerms', 'appointment', 'termExtension', 'civilServant',
  'retiredCadre', 'politicalRightsDeprived', 'fullCivilCapacity', 'otherPosts', 'reviewDate', 'publicNotice', 'extra',
]);
const ROLE_SET = /* @__PURE__ */ new Set<unknown>(ROLES);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
function onlyKeys(o: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}
// Character-code date check (core ymdOf): the fast acceptance path runs it on every date of every candidate.
const isDateFast = (v: unknown): v is string => typeof v === 'string' && ymdOf(v) >= 0;
const optDate = (v: unknown): boolean => v === undefined || isDateFast(v);
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const DATE_PAIR = /* @__PURE__ */ new Set(['from', 'to']);
const EXT_KEYS = /* @__PURE__ */ new Set(['vote2of3', 'registrationApproval']);
const RETIRED_KEYS = /* @__PURE__ */ new Set(['retirementDate', 'approval']);
const APPROVAL_KEYS = /* @__PURE__ */ new Set(['type', 'date']);
const POST_KEYS = /* @__PURE__ */ new Set(['association', 'role']);

function isJson(v: unknown, depth: number): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth > 32) return false;
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (isPlainObject(v)) {
    for (const k in v) if (!isJson(v[k], depth + 1)) return false;
    return true;
  }
  return false;
}

/** True when zod would accept `v` as a candidate unchanged. @internal */
export function isCandidateFast(v: unknown): v is Candidate {
  if (!isPlainObject(v) || !onlyKeys(v, CANDIDATE_KEYS)) return false;
  if (v.personId !== undefined && !nonEmptyString(v.personId)) return false;
  if (v.name !== undefined && typeof v.name !== 'string') return false;
  if (v.residentId !== undefined && (typeof v.residentId !== 'string' || !isValidResidentId(v.residentId))) return false;
  if (!optDate(v.birthDate) || !optDate(v.reviewDate)) return false;
  if (v.memberUnit !== undefined && v.memberUnit !== null && !nonEmptyString(v.memberUnit)) return false;
  const t = v.priorTerms;
  if (t !== undefined && !(typeof t === 'number' && Number.isSafeInteger(t) && t >= 0 && t <= 100)) return false;
  if (v.appointment !== undefined && v.appointment !== 'elected' && v.appointment !== 'hired') return false;
  const e = v.termExtension;
  if (e !== undefined && !(isPlainObject(e) && onlyKeys(e, EXT_KEYS) && typeof e.vote2of3 === 'boolean' && typeof e.registrationApproval === 'boolean')) return false;
  const cs = v.civilServant;
  if (cs !== undefined && cs !== 'none' && cs !== 'serving' && cs !== 'left_post_not_retired') return false;
  const r = v.retiredCadre;
  if (r !== undefined && r !== false) {
    if (!isPlainObject(r) || !onlyKeys(r, RETIRED_KEYS) || !isDateFast(r.retirementDate)) return false;
    const a = r.approval;
    if (a !== undefined && !(isPlainObject(a) && onlyKeys(a, APPROVAL_KEYS) && (a.type === 'approval' || a.type === 'filing') && isDateFast(a.date))) return false;
  }
  if (!optBool(v.politicalRightsDeprived) || !optBool(v.fullCivilCapacity)) return false;
  const posts = v.otherPosts;
  if (posts !== undefined) {
    if (!Array.isArray(posts)) return false;
    for (const p of posts) if (!(isPlainObject(p) && onlyKeys(p, POST_KEYS) && nonEmptyString(p.association) && ROLE_SET.has(p.role))) return false;
  }
  const n = v.publicNotice;
  if (n !== undefined && !(isPlainObject(n) && onlyKeys(n, DATE_PAIR) && isDateFast(n.from) && isDateFast(n.to) && n.from <= n.to)) return false;
  if (v.extra !== undefined && !(isPlainObject(v.extra) && isJson(v.extra, 0))) return false;
  return true;
}

const ASSOCIATION_KEYS = /* @__PURE__ */ new Set(['id', 'name', 'management', 'termYears']);
const MANAGEMENT = /* @__PURE__ */ new Set<unknown>(['decoupled', 'direct_registration', 'supervised', 'territorial']);

/** True when zod would accept `v` as an association unchanged. @internal */
export function isAssociationFast(v: unknown): v is Association {
  if (!isPlainObject(v) || !onlyKeys(v, ASSOCIATION_KEYS) || !nonEmptyString(v.id)) return false;
  if (v.name !== undefined && typeof v.name !== 'string') return false;
  if (v.management !== undefined && !MANAGEMENT.has(v.management)) return false;
  const t = v.termYears;
  return t === undefined || (typeof t === 'number' && Number.isSafeInteger(t) && t >= 1 && t <= 100);
}

const SEAT_KEYS = /* @__PURE__ */ new Set(['role', 'candidate']);
const ENTRY_KEYS = /* @__PURE__ */ new Set(['association', 'role', 'personId']);

/** True when zod would accept `v` as registry entries unchanged. @internal */
export function isRegistryFast(v: unknown): v is readonly RegistryEntry[] {
  if (!Array.isArray(v)) return false;
  for (const e of v) if (!(isPlainObject(e) && onlyKeys(e, ENTRY_KEYS) && nonEmptyString(e.association) && nonEmptyString(e.personId) && ROLE_SET.has(e.role))) return false;
  return true;
}

/** True when zod would accept `v` as a slate unchanged. @internal */
export function isSlateFast(v: unknown): v is readonly SlateSeat[] {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const s of v) if (!(isPlainObject(s) && onlyKeys(s, SEAT_KEYS) && ROLE_SET.has(s.role) && isCandidateFast(s.candidate))) return false;
  return true;
}


/**
 * Validates a candidate, throwing a `PolicyError` that lists every problem (codes such as `invalid_type`,
 * `invalid_date`, `unrecognized_keys`, `invalid_check_digit`). Messages never echo the resident ID.
 * @category Associations
 * @example
 * ```ts
 * parseCandidate({ birthDate: '1960-05-01', priorTerms: 1 }); // the same candidate, typed
 * parseCandidate({ birthdate: '1960-05-01' });                // throws: unrecognized_keys
 * ```
 */
export function parseCandidate(value: unknown, path: IssuePath = []): Candidate {
  return isCandidateFast(value) ? value : P().candidate.parse(value, path);
}

/**
 * Non-throwing {@link parseCandidate}.
 * @category Associations
 * @example
 * ```ts
 * const r = safeParseCandidate({ priorTerms: -1 });
 * if (!r.success) r.error.code; // 'out_of_range'
 * ```
 */
export function safeParseCandidate(value: unknown, path: IssuePath = []): SafeParseResult<Candidate> {
  return P().candidate.safeParse(value, path);
}

/**
 * Validates an association.
 * @category Associations
 * @example
 * ```ts
 * parseAssociation({ id: 'A1', management: 'decoupled', termYears: 5 });
 * ```
 */
export function parseAssociation(value: unknown, path: IssuePath = []): Association {
  return isAssociationFast(value) ? value : P().association.parse(value, path);
}

/**
 * Non-throwing {@link parseAssociation}.
 * @category Associations
 * @example
 * ```ts
 * safeParseAssociation({ id: 'A1', termYears: 0 }).success; // false
 * ```
 */
export function safeParseAssociation(value: unknown, path: IssuePath = []): SafeParseResult<Association> {
  return P().association.safeParse(value, path);
}

/**
 * Validates a slate: an array of `{ role, candidate }` seats.
 * @category Associations
 * @example
 * ```ts
 * parseSlate([{ role: 'president', candidate: { personId: 'p1' } }]);
 * ```
 */
export function parseSlate(value: unknown, path: IssuePath = []): readonly SlateSeat[] {
  return isSlateFast(value) ? value : P().slate.parse(value, path);
}

/**
 * Non-throwing {@link parseSlate}.
 * @category Associations
 * @example
 * ```ts
 * safeParseSlate([]).success; // false: a slate has at least one seat
 * ```
 */
export function safeParseSlate(value: unknown, path: IssuePath = []): SafeParseResult<readonly SlateSeat[]> {
  return P().slate.safeParse(value, path);
}

/** Validates registry entries (array of `{ association, role, personId }`). @internal */
export function parseRegistryEntries(value: unknown, path: IssuePath = []): readonly RegistryEntry[] {
  return isRegistryFast(value) ? value : P().registry.parse(value, path);
}

/** Non-throwing registry validation by the zod schema alone (the reference the fast check is tested against). @internal */
export function safeParseRegistryEntries(value: unknown, path: IssuePath = []): SafeParseResult<readonly RegistryEntry[]> {
  return P().registry.safeParse(value, path);
}
