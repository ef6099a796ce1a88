/**
 * Rules a host adds without forking the library: local negative lists (济南 7+7+5, 黑河 7+8+5, 湖南) are not public in
 * full, so each city states its own items as data (JSON) over the declared candidate fields, or, from TypeScript,
 * as a function. Conditions use three-valued logic: a missing field makes the rule `undetermined`, never `pass`.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorCode, ageOn, fail, safeOf, typeName, type Bilingual, type IssuePath, type SafeParseResult, type Source, type PolicyError } from '../core/index.js';
import { schemaParser } from '../core/zod-issues.js';
import { BUILTIN_RULE_IDS } from './rules.js';
import { ROLES, type Role } from './roles.js';
import type { Association, Candidate, JsonValue } from './schema.js';

/** Comparison operators of a data condition. @category Associations */
export type ComparisonOp = 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'in';

/**
 * A condition over candidate facts, as JSON. `field` names a declared candidate field (`priorTerms`,
 * `termExtension.vote2of3`), a derived fact (`age` on the election date, `role`, `electionDate`,
 * `association.termYears`), or a host fact in `extra` (`extra.debtOverdue`, or just `debtOverdue` when it is not a
 * declared field). Numbers compare as numbers, strings (e.g. dates) as strings; `in` takes an array.
 * @category Associations
 */
export type Condition =
  | { readonly field: string; readonly equals: JsonValue }
  | { readonly field: string; readonly op: ComparisonOp; readonly value: JsonValue }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** The root condition of a data rule; it may carry the rule's `outcome` (as in `{ field, equals, outcome }`). @category Associations */
export type RootCondition = Condition & { readonly outcome?: 'pass' | 'fail' };

/**
 * What a function predicate sees.
 * @category Associations
 */
export interface RuleFacts {
  /** The (validated) candidate. */
  readonly candidate: Candidate;
  /** The post under review. */
  readonly role: Role;
  /** The association. */
  readonly association: Association;
  /** The election date. */
  readonly electionDate: string;
  /** A fact by field name, as in a data condition; `undefined` when missing. */
  get(field: string): JsonValue | undefined;
}

/**
 * A rule supplied by the host. When `predicate` holds, the rule's outcome is `outcome` (default `fail`); when it
 * does not, the opposite. If a field in `requires` (default: every field the condition names) is missing, the rule
 * is `undetermined`. A function predicate may return `undefined` for "cannot tell".
 * @category Associations
 * @example
 * ```ts
 * const debt: HostRule = {
 *   id: 'hunan.debt', label: { zh: '个人大额债务到期未清偿', en: 'Large personal debt overdue' },
 *   citation: { key: 'T5', title: '湖南省行业协会商会负责人任职管理办法', article: '第四条第（六）项' },
 *   predicate: { field: 'debtOverdue', equals: true, outcome: 'fail' },
 * };
 * ```
 */
export interface HostRule {
  /** Unique id (not a built-in rule id). */
  readonly id: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** Its basis. */
  readonly citation: Source;
  /** Posts it applies to (default: every post). */
  readonly roles?: readonly Role[];
  /** Fields that must be present (default: those the condition names). */
  readonly requires?: readonly string[];
  /** The condition, as data or as a function. */
  readonly predicate: RootCondition | ((facts: RuleFacts) => boolean | undefined);
  /** Outcome when the predicate holds (default `fail`; the predicate's own `outcome` wins if given). */
  readonly outcome?: 'pass' | 'fail';
  /** Messages for each outcome (default: built from the label). */
  readonly messages?: { readonly pass?: Bilingual; readonly fail?: Bilingual };
}

// Zod schemas are built on first use (no work at import).
function buildParser() {
  const bilingual = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
  const sourceSchema = z.strictObject({ key: z.optional(z.string()), title: z.string().check(z.minLength(1)), url: z.optional(z.string()), article: z.optional(z.string()) });
  const json: z.ZodMiniType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
  const fieldName = z.string().check(z.regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/));
  const outcome = z.optional(z.enum(['pass', 'fail']));

  function conditionSchema(root: boolean): z.ZodMiniType<Condition> {
    const extra = root ? { outcome } : {};
    return z.union([
      z.strictObject({ field: fieldName, equals: json, ...extra }),
      z.strictObject({ field: fieldName, op: z.enum(['eq', 'lt', 'lte', 'gt', 'gte', 'in']), value: json, ...extra }),
      z.strictObject({ all: z.array(z.lazy(() => nested)).check(z.minLength(1)), ...extra }),
      z.strictObject({ any: z.array(z.lazy(() => nested)).check(z.minLength(1)), ...extra }),
      z.strictObject({ not: z.lazy(() => nested), ...extra }),
    ]) as unknown as z.ZodMiniType<Condition>;
  }
  const nested: z.ZodMiniType<Condition> = conditionSchema(false);
  const rootCondition = conditionSchema(true);
  const fnSchema = z.custom<(facts: RuleFacts) => boolean | undefined>((v) => typeof v === 'function');

  const hostRuleSchema = z.strictObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9][\w.-]*$/)),
    label: bilingual,
    citation: sourceSchema,
    roles: z.optional(z.array(z.enum(ROLES as [Role, ...Role[]]))),
    requires: z.optional(z.array(fieldName)),
    predicate: z.union([fnSchema, rootCondition]),
    outcome,
    messages: z.optional(z.strictObject({ pass: z.optional(bilingual), fail: z.optional(bilingual) })),
  });
  return schemaParser(z.array(hostRuleSchema));
}
let parser: ReturnType<typeof buildParser> | undefined;

/** A validated host rule, ready to evaluate. @internal */
export interface CompiledHostRule {
  readonly rule: HostRule;
  readonly roles: ReadonlySet<Role> | undefined;
  readonly requires: readonly string[];
  readonly whenTrue: 'pass' | 'fail';
}

function fieldsOf(c: Condition, out: Set<string>): Set<string> {
  if ('field' in c) out.add(c.field);
  else if ('all' in c) for (const x of c.all) fieldsOf(x, out);
  else if ('any' in c) for (const x of c.any) fieldsOf(x, out);
  else fieldsOf(c.not, out);
  return out;
}

function checkIn(c: Condition, path: IssuePath): void {
  if ('op' in c && c.op === 'in' && !Array.isArray(c.value)) {
    fail(ErrorCode.InvalidType, [...path, 'value'], '“in” 的取值应为数组', 'The value of "in" must be an array');
  }
  if ('all' in c) c.all.forEach((x, i) => checkIn(x, [...path, 'all', i]));
  if ('any' in c) c.any.forEach((x, i) => checkIn(x, [...path, 'any', i]));
  if ('not' in c) checkIn(c.not, [...path, 'not']);
}

/**
 * Validates host rules (JSON or TypeScript objects) and prepares them. Throws a `PolicyError` for a bad shape,
 * a duplicate id, an id that is a built-in rule's, or an `in` whose value is not an array.
 * @category Associations
 * @example
 * ```ts
 * const rules = parseHostRules([{ id: 'local.debt', label: { zh: '债务', en: 'Debt' }, citation: { title: 'Local list' },
 *   predicate: { field: 'debtOverdue', equals: true } }]);
 * ```
 */
export function parseHostRules(value: unknown, path: IssuePath = []): readonly HostRule[] {
  const rules = (parser ??= buildParser()).parse(value, path) as readonly HostRule[];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id) || BUILTIN_RULE_IDS.includes(r.id)) {
      fail(ErrorCode.Duplicate, [...path, i, 'id'], `规则 id “${r.id}” 重复或与内置规则相同`, `Rule id "${r.id}" is a duplicate or a built-in rule id`);
    }
    seen.add(r.id);
    if (typeof r.predicate !== 'function') {
      checkIn(r.predicate, [...path, i, 'predicate']);
      const own = r.predicate.outcome;
      if (own !== undefined && r.outcome !== undefined && own !== r.outcome) {
        fail(ErrorCode.Inconsistent, [...path, i, 'outcome'], '规则与条件给出的结论不一致', 'The rule and its predicate give different outcomes');
      }
    }
  });
  return rules;
}

/**
 * Non-throwing {@link parseHostRules}.
 * @category Associations
 * @example
 * ```ts
 * safeParseHostRules([{ id: 'eligibility.age', label: { zh: '年龄', en: 'Age' }, citation: { title: 'x' },
 *   predicate: { field: 'age', op: 'gt', value: 65 } }]).success; // false: a built-in rule id
 * ```
 */
export const safeParseHostRules: (value: unknown, path?: IssuePath) => SafeParseResult<readonly HostRule[]> = /* @__PURE__ */ safeOf(parseHostRules);

const compiledCache = /* @__PURE__ */ new WeakMap<readonly unknown[], readonly CompiledHostRule[]>();

/** Validates and prepares host rules once per array (cached), so a batch of reviews does not re-validate them. @internal */
export function compileHostRules(rules: readonly unknown[]): readonly CompiledHostRule[] {
  const hit = compiledCache.get(rules);
  if (hit !== undefined) return hit;
  const compiled = parseHostRules(rules, ['rules']).map((rule): CompiledHostRule => {
    const p = rule.predicate;
    const requires = rule.requires ?? (typeof p === 'function' ? [] : [...fieldsOf(p, new Set())]);
    const whenTrue = (typeof p === 'function' ? undefined : p.outcome) ?? rule.outcome ?? 'fail';
    return { rule, roles: rule.roles === undefined ? undefined : new Set(rule.roles), requires, whenTrue };
  });
  compiledCache.set(rules, compiled);
  return compiled;
}

const CANDIDATE_FIELDS = /* @__PURE__ */ new Set([
  'personId', 'name', 'residentId', 'birthDate', 'memberUnit', 'priorTerms', 'appointment', 'termExtension', 'civilServant',
  'retiredCadre', 'politicalRightsDeprived', 'fullCivilCapacity', 'otherPosts', 'reviewDate', 'publicNotice', 'extra',
]);

/** Looks a field up in the facts of one review. @internal */
export function factOf(field: string, facts: { candidate: Candidate; role: Role; association: Association; electionDate: string; birthDate: string | undefined }): JsonValue | undefined {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  let base: unknown;
  let rest: string[];
  if (head === 'extra') {
    base = facts.candidate.extra;
    rest = dot < 0 ? [] : field.slice(dot + 1).split('.');
  } else if (head === 'association') {
    base = facts.association;
    rest = dot < 0 ? [] : field.slice(dot + 1).split('.');
  } else if (dot < 0 && field === 'age') {
    return facts.birthDate === undefined ? undefined : ageOn(facts.birthDate, facts.electionDate);
  } else if (dot < 0 && field === 'role') {
    return facts.role;
  } else if (dot < 0 && field === 'electionDate') {
    return facts.electionDate;
  } else if (CANDIDATE_FIELDS.has(head)) {
    base = facts.candidate;
    rest = field.split('.');
  } else {
    base = facts.candidate.extra;
    rest = field.split('.');
  }
  for (const key of rest) {
    if (base === null || typeof base !== 'object' || Array.isArray(base)) return undefined;
    base = (base as Record<string, unknown>)[key];
  }
  return base as JsonValue | undefined;
}

function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluates a data condition in three-valued logic: true, false, or undefined when a field is missing. @internal */
export function evaluateCondition(c: Condition, get: (field: string) => JsonValue | undefined, missingOut: Set<string>): boolean | undefined {
  if ('all' in c) {
    let unknown = false;
    for (const x of c.all) {
      const v = evaluateCondition(x, get, missingOut);
      if (v === false) return false;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in c) {
    let unknown = false;
    for (const x of c.any) {
      const v = evaluateCondition(x, get, missingOut);
      if (v === true) return true;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in c) {
    const v = evaluateCondition(c.not, get, missingOut);
    return v === undefined ? undefined : !v;
  }
  const actual = get(c.field);
  if (actual === undefined) {
    missingOut.add(c.field);
    return undefined;
  }
  if ('equals' in c) return jsonEqual(actual, c.equals);
  const expected = c.value;
  switch (c.op) {
    case 'eq':
      return jsonEqual(actual, expected);
    case 'in':
      return (expected as readonly JsonValue[]).some((e) => jsonEqual(actual, e));
    default: {
      const comparable = (typeof actual === 'number' && typeof expected === 'number') || (typeof actual === 'string' && typeof expected === 'string');
      if (!comparable) {
        fail(
          ErrorCode.InvalidType,
          ['candidate', c.field],
          `字段 ${c.field} 的类型（${typeName(actual)}）无法与规则的取值（${typeName(expected)}）比较`,
          `Field ${c.field} (${typeName(actual)}) cannot be compared with the rule's value (${typeName(expected)})`,
        );
      }
      const a = actual as number | string;
      const b = expected as number | string;
      return c.op === 'lt' ? a < b : c.op === 'lte' ? a <= b : c.op === 'gt' ? a > b : a >= b;
    }
  }
}
