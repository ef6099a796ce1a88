/**
 * Rules a host adds without forking the library: local negative lists (济南 7+7+5, 黑河 7+8+5, 湖南) are not public in
 * full, so each city states its own items as data (JSON) over the candidate's fields, or, from TypeScript, as a
 * function. Conditions use three-valued logic: a missing field makes the rule `undetermined`, never `pass`. Host JSON
 * is bounded in depth before it is read, so a deeply nested or cyclic condition is a PolicyError, not a stack overflow.
 * @module
 */
import {
  PolicyError,
  ageOn,
  oncePerObject,
  toSafe,
  type Bilingual,
  type IssuePath,
  type OptionReader,
  type PolicyIssue,
  type SafeParseResult,
  type Source,
} from '../core/index.js';
import { maskIds, pathArg, quote, typeName } from '../core/errors.js';
import { coreMessages } from '../core/core-messages.js';
import { bilingualRecord } from '../core/bilingual-record.js';
import { defineRecord, fieldChecker, fields, type CustomCheck, type Field, type RecordDef } from '../core/record.js';
import { confidenceField } from '../core/confidence-field.js';
import { ASSOCIATION_ROLES, associationRoleLabels, type AssociationRole } from '../entities/association-post.js';
import type { Finding } from './findings.js';
import { maskPersonKey } from './findings.js';
import { checkJson, type JsonValue } from './json.js';
import { associationsMessages as M } from './messages.js';
import { candidateRecord, type Candidate } from './records.js';
import { RULE_KIT_MESSAGES, say, type Association } from './rule.js';
import { REVIEW_RULES } from './rules/index.js';

/** Comparison operators of a data condition. @category Associations */
export type ComparisonOp = 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'in';

/**
 * A condition over candidate facts, as JSON. `field` names a candidate field (`priorTerms`, `cadreApproval.kind`), a
 * derived fact (`age` on the election date, `role`, `electionDate`, `association.termYears`), or a host fact in `extra`
 * (`extra.debtOverdue`, or just `debtOverdue` when it is not a candidate field). Numbers compare as numbers, strings
 * (dates included) as strings; `in` takes an array.
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
  readonly role: AssociationRole;
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
 *   source: { key: 'T5', title: '湖南省行业协会商会负责人任职管理办法', article: '第四条第（六）项' },
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
  readonly source: Source;
  /** Posts it applies to (default: every post). */
  readonly roles?: readonly AssociationRole[];
  /** Fields that must be present (default: those the condition names). */
  readonly requires?: readonly string[];
  /** The condition, as data or as a function. */
  readonly predicate: RootCondition | ((facts: RuleFacts) => boolean | undefined);
  /** Outcome when the predicate holds (default `fail`; the predicate's own `outcome` wins if given). */
  readonly outcome?: 'pass' | 'fail';
  /** Messages for each outcome (default: built from the label). */
  readonly messages?: { readonly pass?: Bilingual; readonly fail?: Bilingual };
}

/** Rule ids the library uses itself (host rules may not reuse them). @internal */
export const RESERVED_RULE_IDS: readonly string[] = /* @__PURE__ */ [
  ...REVIEW_RULES.map((r) => r.id),
  'criteria.none',
  'scope.byReference',
  'slate.samePerson',
  'slate.sameUnit',
];

// Host rules as data: records of the kit, whose checks are the parser's and whose labels name the fields in refusals.
// A condition is one of five shapes, told apart by its keys (a custom kind that hands it to the record of its shape);
// they nest, so the kind refers to records defined after it. The depth guard runs first, so the nesting is bounded.
const anyText = () => fields.text({ minLength: 0 });
const fieldName = () =>
  fields.text({
    pattern: /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/,
    format: {
      zh: '字段名（字母、数字、下划线，以点分隔）',
      en: 'a field name (letters, digits, underscores, dot-separated)',
    },
  });
const outcomeField = () =>
  fields.enum(['pass', 'fail'], { pass: { zh: '符合', en: 'pass' }, fail: { zh: '不符合', en: 'fail' } });
const JSON_DESCRIPTION = {
  type: 'object',
  description:
    '{ field, equals } | { field, op, value } | { all: [...] } | { any: [...] } | { not }（可嵌套 / nested conditions）',
};

/** The records of the five shapes; at the root they also take the rule's `outcome`. */
function conditionShapes(root: boolean) {
  const extra = root ? { outcome: outcomeField().optional().label('结论', 'outcome') } : {};
  const shape = <S extends Record<string, Field<unknown, boolean>>>(name: string, s: S) =>
    defineRecord(
      `host-condition-${name}${root ? '-root' : ''}`,
      { zh: '规则条件', en: 'rule condition' },
      { ...s, ...extra },
      {
        unknownKeys: 'strict',
      },
    );
  const list = (zh: string, en: string) =>
    fields.array(nestedCondition.label('规则条件', 'rule condition'), { min: 1 }).label(zh, en);
  return {
    equals: shape('equals', {
      field: fieldName().label('字段', 'field'),
      equals: fields.json().nullable().label('取值', 'value'),
    }),
    compare: shape('compare', {
      field: fieldName().label('字段', 'field'),
      op: fields
        .enum(['eq', 'lt', 'lte', 'gt', 'gte', 'in'], {
          eq: { zh: '等于', en: 'equal to' },
          lt: { zh: '小于', en: 'less than' },
          lte: { zh: '不大于', en: 'at most' },
          gt: { zh: '大于', en: 'greater than' },
          gte: { zh: '不小于', en: 'at least' },
          in: { zh: '属于', en: 'one of' },
        })
        .label('比较方式', 'operator'),
      value: fields.json().nullable().label('取值', 'value'),
    }),
    all: shape('all', { all: list('全部满足', 'all') }),
    any: shape('any', { any: list('任一满足', 'any') }),
    not: shape('not', { not: nestedCondition.label('不满足', 'not') }),
  };
}
type Shapes = ReturnType<typeof conditionShapes>;

function conditionKind(shapes: () => Shapes): Field<Condition> {
  return fields.custom<Condition>('host-condition', JSON_DESCRIPTION, (v, path, issues, label) => {
    const s = shapes();
    const rec =
      typeof v !== 'object' || v === null || Array.isArray(v)
        ? undefined
        : 'field' in v
          ? 'op' in v
            ? s.compare
            : s.equals
          : 'all' in v
            ? s.all
            : 'any' in v
              ? s.any
              : 'not' in v
                ? s.not
                : undefined;
    if (rec === undefined) {
      issues.push(M.issue('host_condition_shape', path, { label }));
      return undefined;
    }
    return rec.check(v, path, issues) as Condition | undefined;
  });
}
let nestedShapes: Shapes | undefined;
let rootShapes: Shapes | undefined;
const nestedCondition: Field<Condition> = conditionKind(() => (nestedShapes ??= conditionShapes(false)));
const rootCondition: Field<Condition> = conditionKind(() => (rootShapes ??= conditionShapes(true)));

const hostRule = /* @__PURE__ */ defineRecord(
  'host-rule',
  { zh: '使用方规则', en: 'host rule' },
  {
    id: fields
      .text({
        pattern: /^[A-Za-z0-9][\w.-]*$/,
        format: {
          zh: '字母或数字开头，由字母、数字、下划线、点或连字符组成',
          en: 'letters, digits, underscores, dots or hyphens, starting with a letter or digit',
        },
      })
      .label('规则编号', 'rule id'),
    label: fields.object(bilingualRecord).label('规则名称', 'rule name'),
    source: fields
      .object(
        defineRecord(
          'host-rule-source',
          { zh: '依据', en: 'source' },
          {
            key: anyText().optional().label('来源键', 'source key'),
            title: fields.text().label('标题', 'title'),
            issuer: anyText().optional().label('发文机关', 'issuer'),
            number: anyText().optional().label('文号', 'document number'),
            date: anyText().optional().label('日期', 'date'),
            article: anyText().optional().label('条款', 'article'),
            url: anyText().optional().label('网址', 'address'),
            confidence: confidenceField.optional().label('可信度', 'confidence'),
          },
          { unknownKeys: 'strict' },
        ),
      )
      .label('依据', 'source'),
    roles: fields
      .array(fields.enum(ASSOCIATION_ROLES, associationRoleLabels).label('岗位', 'post'))
      .optional()
      .label('适用岗位', 'posts'),
    requires: fields.array(fieldName().label('字段', 'field')).optional().label('所需字段', 'required fields'),
    predicate: fields
      .custom<RootCondition | ((facts: RuleFacts) => boolean | undefined)>(
        'host-predicate',
        JSON_DESCRIPTION,
        (v, path, issues, label) =>
          typeof v === 'function'
            ? (v as (facts: RuleFacts) => boolean | undefined)
            : (rootCondition.def.type as { check: CustomCheck<Condition> }).check(v, path, issues, label),
      )
      .label('规则条件', 'rule condition'),
    outcome: outcomeField().optional().label('结论', 'outcome'),
    messages: fields
      .object(
        defineRecord(
          'host-rule-messages',
          { zh: '结论说明', en: 'messages' },
          {
            pass: fields.object(bilingualRecord).optional().label('符合时', 'on pass'),
            fail: fields.object(bilingualRecord).optional().label('不符合时', 'on fail'),
          },
          { unknownKeys: 'strict' },
        ),
      )
      .optional()
      .label('结论说明', 'messages'),
  },
  { unknownKeys: 'strict' },
);
/**
 * One host rule as JSON (what {@link parseHostRules} takes a list of): its id, label, source, the posts it applies
 * to, the fields it needs and its condition. Its JSON Schema is `docs/schemas/host-rule.schema.json`; a function
 * predicate is accepted from code, not from JSON.
 * @category Associations
 * @example
 * ```ts
 * hostRuleRecord.fields.predicate.label; // { zh: '规则条件', en: 'rule condition' }
 * ```
 */
// Typed as the rule it checks (its inferred type spells out each field's kind, which TypeDoc cannot document).
export const hostRuleRecord = hostRule as unknown as RecordDef<HostRule>;
const hostRuleList = fieldChecker(fields.array(fields.object(hostRule)).label('使用方规则', 'host rules').def);

/** A validated host rule, ready to evaluate. @internal */
export interface CompiledHostRule {
  readonly rule: HostRule;
  readonly roles: ReadonlySet<AssociationRole> | undefined;
  readonly requires: readonly string[];
  readonly whenTrue: 'pass' | 'fail';
}

function fieldsOf(c: Condition, out: Set<string>): Set<string> {
  // Iterative: conditions are bounded in depth, but a walk needs no stack of calls either way.
  const todo: Condition[] = [c];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if ('field' in x) out.add(x.field);
    else if ('all' in x) todo.push(...x.all);
    else if ('any' in x) todo.push(...x.any);
    else todo.push(x.not);
  }
  return out;
}

function checkIn(c: Condition, path: IssuePath, issues: PolicyIssue[]): void {
  if ('op' in c && c.op === 'in' && !Array.isArray(c.value))
    issues.push(M.issue('host_in_not_array', [...path, 'value']));
  if ('all' in c) c.all.forEach((x, i) => checkIn(x, [...path, 'all', i], issues));
  if ('any' in c) c.any.forEach((x, i) => checkIn(x, [...path, 'any', i], issues));
  if ('not' in c) checkIn(c.not, [...path, 'not'], issues);
}

/**
 * Validates host rules (JSON or TypeScript objects). Throws a `PolicyError` for a bad shape, a condition nested too
 * deep (or referring to itself), a duplicate id, an id the library uses, or an `in` whose value is not an array.
 * @param value - the rules
 * @param path - where they sit in the caller's input
 * @category Associations
 * @example
 * ```ts
 * const rules = parseHostRules([{ id: 'local.debt', label: { zh: '债务', en: 'Debt' }, source: { title: '本地清单' },
 *   predicate: { field: 'debtOverdue', equals: true } }]);
 * ```
 */
export function parseHostRules(value: unknown, path: IssuePath = []): readonly HostRule[] {
  pathArg(path);
  const issues: PolicyIssue[] = [];
  if (Array.isArray(value)) {
    value.forEach((r, i) => {
      const p = typeof r === 'object' && r !== null ? (r as { predicate?: unknown }).predicate : undefined;
      if (typeof p !== 'function')
        checkJson(p ?? null, [...path, i, 'predicate'], issues, { zh: '规则条件', en: 'Rule condition' });
    });
  }
  if (issues.length > 0) throw new PolicyError(issues);
  const rules = hostRuleList(value, path, issues, true) as readonly HostRule[];
  if (issues.length > 0) throw new PolicyError(issues);
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id) || RESERVED_RULE_IDS.includes(r.id))
      issues.push(M.issue('host_duplicate_id', [...path, i, 'id'], { id: quote(r.id, 60) }));
    seen.add(r.id);
    if (typeof r.predicate !== 'function') {
      checkIn(r.predicate, [...path, i, 'predicate'], issues);
      const own = r.predicate.outcome;
      if (own !== undefined && r.outcome !== undefined && own !== r.outcome)
        issues.push(M.issue('host_outcome_conflict', [...path, i, 'outcome']));
    }
  });
  if (issues.length > 0) throw new PolicyError(issues);
  return rules;
}

/**
 * Non-throwing {@link parseHostRules}.
 * @category Associations
 * @example
 * ```ts
 * safeParseHostRules([{ id: 'eligibility.age', label: { zh: '年龄', en: 'Age' }, source: { title: '本地清单' },
 *   predicate: { field: 'age', op: 'gt', value: 65 } }]).success; // false: a built-in rule id
 * ```
 */
export const safeParseHostRules: (value: unknown, path?: IssuePath) => SafeParseResult<readonly HostRule[]> =
  /* @__PURE__ */ toSafe(parseHostRules);

/** Validates and prepares host rules. @internal */
export function compileHostRules(value: unknown, path: IssuePath): readonly CompiledHostRule[] {
  return parseHostRules(value, path).map((rule): CompiledHostRule => {
    const p = rule.predicate;
    const requires = rule.requires ?? (typeof p === 'function' ? [] : [...fieldsOf(p, new Set())]);
    const whenTrue = (typeof p === 'function' ? undefined : p.outcome) ?? rule.outcome ?? 'fail';
    return { rule, roles: rule.roles === undefined ? undefined : new Set(rule.roles), requires, whenTrue };
  });
}

/** The `rules` option: host rules, validated once per array. @internal */
export const hostRulesOption: OptionReader<readonly CompiledHostRule[]> = /* @__PURE__ */ oncePerObject(
  (value, path) => (value === undefined ? [] : compileHostRules(value, path)),
);

/** The facts of one review a condition can name. @internal */
export interface FactSource {
  readonly candidate: Candidate;
  readonly role: AssociationRole;
  readonly association: Association;
  readonly electionDate: string;
}

/** Looks a field up in the facts of one review. @internal */
export function factOf(field: string, facts: FactSource): JsonValue | undefined {
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
    return facts.candidate.birthDate === undefined ? undefined : ageOn(facts.candidate.birthDate, facts.electionDate);
  } else if (dot < 0 && field === 'role') {
    return facts.role;
  } else if (dot < 0 && field === 'electionDate') {
    return facts.electionDate;
  } else if (Object.prototype.hasOwnProperty.call(candidateRecord.fields, head)) {
    base = facts.candidate;
    rest = field.split('.');
  } else {
    base = facts.candidate.extra;
    rest = field.split('.');
  }
  for (const key of rest) {
    if (
      base === null ||
      typeof base !== 'object' ||
      Array.isArray(base) ||
      !Object.prototype.hasOwnProperty.call(base, key)
    )
      return undefined;
    base = (base as Record<string, unknown>)[key];
  }
  return base as JsonValue | undefined;
}

/** What kind of JSON value a value is, in words (for messages). */
function kindOf(v: JsonValue): Bilingual {
  const t = typeName(v);
  const zh: Readonly<Record<string, string>> = {
    string: '文字',
    number: '数字',
    boolean: '是否',
    object: '对象',
    array: '列表',
    null: '空值',
  };
  return { zh: zh[t] ?? '其他', en: t };
}

function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluates a data condition in three-valued logic: true, false, or undefined when a field is missing. @internal */
export function evaluateCondition(
  c: Condition,
  get: (field: string) => JsonValue | undefined,
  missingOut: Set<string>,
): boolean | undefined {
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
      const comparable =
        (typeof actual === 'number' && typeof expected === 'number') ||
        (typeof actual === 'string' && typeof expected === 'string');
      if (!comparable)
        M.fail('host_incomparable', ['candidate', c.field], {
          field: c.field,
          actual: kindOf(actual),
          expected: kindOf(expected),
        });
      const a = actual as number | string;
      const b = expected as number | string;
      return c.op === 'lt' ? a < b : c.op === 'lte' ? a <= b : c.op === 'gt' ? a > b : a >= b;
    }
  }
}

function maskInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Field names are the host's text too: a resident ID written into one is masked like one in a value.
  for (const [k, v] of Object.entries(inputs)) out[maskIds(k)] = typeof v === 'string' ? maskIds(maskPersonKey(v)) : v;
  return out;
}

/** A label as shown in a finding: the host's field name masked where it holds a resident ID. */
function maskedLabel(l: Bilingual): Bilingual {
  return { zh: maskIds(l.zh), en: maskIds(l.en) };
}

/**
 * The finding of a host rule for one candidate. Missing facts are recorded through `need` (named by their field
 * label, or by the fact's name for a host fact).
 * @internal
 */
export function hostFinding(
  h: CompiledHostRule,
  facts: FactSource,
  labelOf: (field: string) => Bilingual,
  need: (field: string, label: Bilingual) => void,
): Finding {
  const r = h.rule;
  const get = (f: string): JsonValue | undefined => factOf(f, facts);
  const inputs: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const f of h.requires) {
    const v = get(f);
    if (v === undefined) missing.push(f);
    else inputs[f] = v;
  }
  const base = { rule: r.id, label: r.label, source: r.source, warnings: [] };
  const undetermined = (list: readonly string[], text: Bilingual): Finding => {
    const shown = list.map(maskIds);
    list.forEach((f, i) => need(shown[i]!, maskedLabel(labelOf(f))));
    return { ...base, outcome: 'undetermined', text, inputs: maskInputs(inputs), missing: shown };
  };
  if (missing.length > 0)
    return undetermined(
      missing,
      say(RULE_KIT_MESSAGES, 'missing_input', { labels: missing.map((f) => maskedLabel(labelOf(f))) }),
    );
  const p = r.predicate;
  const missingSet = new Set<string>();
  const holds = typeof p === 'function' ? p({ ...facts, get }) : evaluateCondition(p, get, missingSet);
  // A function predicate answers true, false or undefined ("cannot tell"); 1 or 'yes' is a host bug, not a pass.
  if (holds !== true && holds !== false && holds !== undefined)
    coreMessages.fail('invalid_type', ['rules', r.id, 'predicate'], { expected: 'boolean', received: typeName(holds) });
  if (holds === undefined) {
    const list = [...missingSet];
    return list.length > 0
      ? undetermined(
          list,
          say(RULE_KIT_MESSAGES, 'missing_input', { labels: list.map((f) => maskedLabel(labelOf(f))) }),
        )
      : {
          ...base,
          outcome: 'undetermined',
          text: M.text('host_cannot_decide', { label: r.label }),
          inputs: maskInputs(inputs),
          missing: [`rule:${r.id}`],
        };
  }
  const outcome = holds ? h.whenTrue : h.whenTrue === 'fail' ? 'pass' : 'fail';
  const text = r.messages?.[outcome] ?? M.text(outcome === 'fail' ? 'host_fail' : 'host_pass', { label: r.label });
  return { ...base, outcome, text, inputs: maskInputs(inputs), missing: [] };
}
