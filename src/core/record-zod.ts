/**
 * The readable reference of a record: the same field table as a zod/mini schema ({@link recordSchema}), validated
 * through {@link schemaParse}, whose issues are worded with the table's labels like the fast check's. The
 * differential tests hold `record.safeParse` (the fast check) equal to `schemaParse(record, …)`, issues included.
 *
 * In its own module so that a bundle that only parses leaves zod out.
 * @module
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date.js';
import { PolicyError, pathArg, typeName, type IssuePath, type PolicyIssue, type SafeParseResult } from './errors.js';
import { recordMessages } from './record-messages.js';
import {
  DECIMAL_RE,
  checkRecordDef,
  fieldChecker,
  firstRepeat,
  pathOf,
  YEAR_RE,
  type FieldDef,
  type RecordDef,
} from './record.js';

const schemas = new WeakMap<RecordDef<unknown>, z.ZodMiniType>();

/**
 * The zod/mini schema of a record (built on first use, once per record): the readable reference of its fast check.
 * Custom kinds and the cross-field rule are code, not data: {@link schemaParse} runs them too.
 * @param rec - the record
 * @category Records
 * @example
 * ```ts
 * const item = defineRecord('item', { zh: '条目', en: 'item' }, { n: fields.integer({ min: 0 }).label('数量', 'count') });
 * recordSchema(item).safeParse({ n: -1 }).success; // false
 * ```
 */
export function recordSchema<T>(rec: RecordDef<T>): z.ZodMiniType {
  const r = rec as RecordDef<unknown>;
  let s = typeof r === 'object' && r !== null ? schemas.get(r) : undefined;
  if (s === undefined) {
    checkRecordDef(r);
    const shape: Record<string, z.ZodMiniType> = {};
    for (const [k, def] of Object.entries(r.fields))
      shape[k] = def.required ? zodValue(def) : z.optional(z.nullable(zodOf(def)));
    s = r.settings.unknownKeys === 'strict' ? z.strictObject(shape) : z.object(shape);
    schemas.set(r, s);
  }
  return s;
}

// The same table as zod primitives. Its issues are turned into the same codes and texts, so the differential test
// can compare the two paths issue by issue.

/** An item, a map value or a required field: a nullable one also `null`. */
function zodValue(def: FieldDef): z.ZodMiniType {
  return def.nullable === true ? z.nullable(zodOf(def)) : zodOf(def);
}

function zodOf(def: FieldDef): z.ZodMiniType {
  const t = def.type;
  switch (t.kind) {
    case 'text': {
      let s = z.string().check(z.minLength(t.minLength));
      if (t.maxLength !== undefined) s = s.check(z.maxLength(t.maxLength));
      return t.pattern === undefined ? s : s.check(z.regex(t.pattern));
    }
    case 'id':
      return z.union([z.string().check(z.minLength(1)), z.number().check(z.refine(Number.isFinite))]);
    case 'enum':
      return z.enum(Object.keys(t.aliases) as [string, ...string[]]);
    case 'date':
      return z.string().check(z.refine(isCalendarDate));
    case 'integer':
      return z.int().check(...bounds(t.min, t.max));
    case 'number':
      return z.number().check(...bounds(t.min, t.max));
    case 'decimal':
      return t.nonNegative
        ? z.union([z.string().check(z.regex(/^\d+(\.\d+)?$/)), z.int().check(z.gte(0))])
        : z.union([z.string().check(z.regex(DECIMAL_RE)), z.int()]);
    case 'boolean':
      return z.boolean();
    case 'object':
      return recordSchema(t.record);
    case 'array': {
      let a = z.array(zodValue(t.of)).check(z.minLength(t.min));
      if (t.max !== undefined) a = a.check(z.maxLength(t.max));
      // zod runs this only when every item passed; items are compared as the table normalises them.
      const of = t.of;
      return t.unique
        ? a.check(z.refine((items: unknown[]) => firstRepeat(items.map((x) => normaliseValue(of, x, [], []))) < 0))
        : a;
    }
    case 'yearMap':
      return z.record(z.string().check(z.regex(YEAR_RE)), zodValue(t.of));
    case 'map':
      return z.record(z.string().check(z.minLength(1)), zodValue(t.of));
    case 'custom': {
      // The kind's own function is the check in both paths (code, not data); zod refuses what it refuses, so a bad
      // code beside another bad field is reported by both paths.
      const check = t.check;
      const label = def.label;
      return z.unknown().check(z.refine((v) => v !== undefined && v !== null && check(v, [], [], label) !== undefined));
    }
  }
}

function bounds(min: number | undefined, max: number | undefined): z.core.$ZodCheck<number>[] {
  const out: z.core.$ZodCheck<number>[] = [];
  if (min !== undefined) out.push(z.gte(min));
  if (max !== undefined) out.push(z.lte(max));
  return out;
}

/**
 * The fast check's result through the zod reference: validates with {@link recordSchema}, words each zod issue with
 * the table's labels (the same catalogue texts), and on success normalises through the table without checking again;
 * so a value one path accepts and the other refuses shows up in the differential test. Custom kinds and cross-field
 * rules are code, not data: both paths run them.
 * @param rec - the record
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Records
 * @example
 * ```ts
 * const item = defineRecord('item', { zh: '条目', en: 'item' }, { n: fields.integer({ min: 0 }).label('数量', 'count') });
 * schemaParse(item, { n: -1 }); // { success: false, error } with the issue item.safeParse({ n: -1 }) gives
 * ```
 */
export function schemaParse<T>(rec: RecordDef<T>, value: unknown, path: IssuePath = []): SafeParseResult<T> {
  pathArg(path);
  const r = recordSchema(rec).safeParse(value);
  if (!r.success) {
    // zod may report one field twice (an optional field is a union with null): word each path once.
    const seen = new Set<string>();
    const issues: PolicyIssue[] = [];
    // A list with too few or too many items is one issue, its items unread (as in the fast path); zod also reports
    // the items.
    const counted = r.error.issues
      .filter((i) => (i.code === 'too_small' || i.code === 'too_big') && i.origin === 'array')
      .map((i) => i.path);
    const inCounted = (p: readonly PropertyKey[]) =>
      counted.some((c) => p.length > c.length && c.every((k, j) => p[j] === k));
    for (const i of r.error.issues) {
      if (inCounted(i.path)) continue;
      const key = JSON.stringify(i.path);
      if (i.code !== 'unrecognized_keys') {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      issues.push(...zodIssue(rec as RecordDef<unknown>, value, i, path));
    }
    // Nested records whose subtree zod accepted still run their own cross-field rules (as in the fast path).
    nestedRules(
      rec as RecordDef<unknown>,
      value,
      [...seen].map((k) => JSON.parse(k) as PropertyKey[]),
      path,
      issues,
    );
    return { success: false, error: new PolicyError(issues) };
  }
  const issues: PolicyIssue[] = [];
  const out = normaliseRecord(rec as RecordDef<unknown>, value as Record<string, unknown>, path, issues);
  return issues.length > 0 ? { success: false, error: new PolicyError(issues) } : { success: true, data: out as T };
}

/** Runs the rules of nested records (objects, and objects in lists) in subtrees with no zod issue. */
function nestedRules(
  rec: RecordDef<unknown>,
  value: unknown,
  flagged: readonly PropertyKey[][],
  path: IssuePath,
  issues: PolicyIssue[],
  at: PropertyKey[] = [],
): void {
  if (typeof value !== 'object' || value === null) return;
  const within = (p: PropertyKey[]) => flagged.some((f) => p.every((k, i) => String(f[i]) === String(k)));
  const flaggedAbove = (p: PropertyKey[]) =>
    flagged.some((f) => f.length <= p.length && f.every((k, i) => String(p[i]) === String(k)));
  const visit = (def: FieldDef, v: unknown, here: PropertyKey[]) => {
    if (v === undefined || v === null || flaggedAbove(here)) return;
    const t = def.type;
    if (t.kind === 'object') {
      if (typeof v !== 'object' || Array.isArray(v)) return;
      if (within(here)) nestedRules(t.record, v, flagged, path, issues, here);
      else
        normaliseRecord(
          t.record,
          v as Record<string, unknown>,
          [...path, ...here.map((k) => (typeof k === 'number' ? k : String(k)))],
          issues,
        );
    } else if (t.kind === 'array' && Array.isArray(v)) v.forEach((x, i) => visit(t.of, x, [...here, i]));
    else if ((t.kind === 'map' || t.kind === 'yearMap') && typeof v === 'object' && !Array.isArray(v))
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) visit(t.of, x, [...here, k]);
  };
  for (const [k, def] of Object.entries(rec.fields)) {
    const v = Object.prototype.hasOwnProperty.call(value, k) ? (value as Record<string, unknown>)[k] : undefined;
    visit(def, v, [...at, k]);
  }
}

/** A record zod accepted: normalised, then its cross-field rule and its finish step (nested records too). */
function normaliseRecord(
  rec: RecordDef<unknown>,
  value: Record<string, unknown>,
  path: IssuePath,
  issues: PolicyIssue[],
): unknown {
  const before = issues.length;
  const out = normalise(rec, value, path, issues);
  if (issues.length > before) return out;
  rec.settings.refine?.(out, { path, add: (i) => issues.push(i) });
  if (issues.length > before) return out;
  return rec.settings.finish === undefined ? out : rec.settings.finish(out);
}

/** Normalises a value zod accepted: aliases to canonical values, integers to decimal strings, absent optionals dropped. */
function normaliseValue(def: FieldDef, v: unknown, path: IssuePath, issues: PolicyIssue[]): unknown {
  const t = def.type;
  switch (t.kind) {
    case 'enum':
      return t.aliases[v as string];
    case 'decimal':
      return String(v);
    case 'object':
      return normaliseRecord(t.record, v as Record<string, unknown>, path, issues);
    case 'array':
      return (v as unknown[]).map((x, i) =>
        x === null && t.of.nullable === true
          ? null
          : x === null || x === undefined
            ? undefined
            : normaliseValue(t.of, x, pathOf(path, i), issues),
      );
    case 'yearMap':
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>))
        if (x === null && t.of.nullable === true) out[k] = null;
        else if (x !== null && x !== undefined) out[k] = normaliseValue(t.of, x, pathOf(path, k), issues);
      return out;
    }
    case 'custom':
      return t.check(v, path, issues, def.label);
    default:
      return v;
  }
}

function normalise(
  rec: RecordDef<unknown>,
  value: Record<string, unknown>,
  path: IssuePath,
  issues: PolicyIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, def] of Object.entries(rec.fields)) {
    const v = Object.prototype.hasOwnProperty.call(value, k) ? value[k] : undefined;
    if (v === null && def.nullable === true) out[k] = null;
    if (v === undefined || v === null) continue;
    out[k] = normaliseValue(def, v, pathOf(path, k), issues);
  }
  return out;
}

/** The field definition at a zod issue path (record keys, array indexes, year keys), or undefined. */
function defAt(
  rec: RecordDef<unknown>,
  path: readonly PropertyKey[],
): { def: FieldDef | undefined; owner: RecordDef<unknown> } {
  let owner = rec;
  let def: FieldDef | undefined;
  for (const key of path) {
    if (def === undefined) def = owner.fields[String(key)];
    else if (def.type.kind === 'object') {
      owner = def.type.record;
      def = owner.fields[String(key)];
    } else if (def.type.kind === 'array' || def.type.kind === 'yearMap' || def.type.kind === 'map') def = def.type.of;
    else return { def: undefined, owner };
    if (def === undefined) return { def, owner };
  }
  return { def, owner };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

function zodIssue(rec: RecordDef<unknown>, input: unknown, raw: z.core.$ZodIssue, base: IssuePath): PolicyIssue[] {
  const path: IssuePath = [...base, ...raw.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const at = defAt(rec as RecordDef<unknown>, raw.path);
  const v = valueAt(input, raw.path);
  if (raw.code === 'unrecognized_keys')
    return [recordMessages.issue('unrecognized_keys', path, { keys: raw.keys.map((k) => k.slice(0, 40)) })];
  if (raw.code === 'invalid_key') {
    // A key the map refuses (zod reports it at the key's path): worded by the map's kind, as the fast path words it.
    const map = defAt(rec, raw.path.slice(0, -1)).def;
    if (map !== undefined && (map.type.kind === 'map' || map.type.kind === 'yearMap')) {
      const key = String(raw.path[raw.path.length - 1]);
      return [
        map.type.kind === 'map'
          ? recordMessages.issue('empty_key', path, { label: map.label })
          : recordMessages.issue('invalid_year', path, { label: map.label, received: key.slice(0, 20) }),
      ];
    }
  }
  if (raw.path.length === 0 || at.def === undefined) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return [
        recordMessages.issue('invalid_type', path, { label: rec.label, expected: 'object', received: typeName(v) }),
      ];
    return [];
  }
  // A zod issue about one field's value: worded by that field's kind with its label, as the fast path words it.
  const issues: PolicyIssue[] = [];
  fieldChecker(at.def)(v, path, issues, v !== undefined);
  return issues.length > 0
    ? issues
    : [
        recordMessages.issue('invalid_type', path, {
          label: at.def.label,
          expected: at.def.type.kind,
          received: typeName(v),
        }),
      ];
}
