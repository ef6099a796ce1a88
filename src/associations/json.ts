/**
 * JSON values a host supplies (facts for host rules, conditions of host rules), checked without recursion that could
 * overflow the stack: nesting is bounded, so a deeply nested or cyclic value is a PolicyError, never a crash.
 * @module
 * @internal
 */
import { type IssuePath, type PolicyIssue } from '../core/index.js';
import { isPolicyError, typeName } from '../core/errors.js';
import { typeZh } from '../core/core-messages.js';
import { CYCLIC, checkNesting } from '../core/nesting.js';
import { fields, type Field } from '../core/record.js';
import type { Bilingual, Catalogue } from '../core/index.js';
import { say } from './rule.js';

/** Deepest nesting accepted in host JSON (objects and arrays). @internal */
export const MAX_JSON_DEPTH = 32;

/** Any JSON value (the type of host facts and of condition values). @category Associations */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Messages of host JSON. @internal */
export const JSON_MESSAGES = {
  too_deep: {
    zh: (p: { label: Bilingual; max: number }) => `「${p.label.zh}」嵌套超过 ${p.max} 层（或含循环引用）`,
    en: (p: { label: Bilingual; max: number }) =>
      `"${p.label.en}" is nested more than ${p.max} levels deep (or refers to itself)`,
  },
  cyclic: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」含循环引用（对象引用了自身）`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" contains a cycle (an object that contains itself)`,
  },
  not_object: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」应为对象`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" must be an object`,
  },
  not_json: {
    zh: (p: { label: Bilingual; received: Bilingual }) =>
      `「${p.label.zh}」只能含 JSON 值（文字、有限数字、是否、空值、列表、对象），实际为${p.received.zh}`,
    en: (p: { label: Bilingual; received: Bilingual }) =>
      `"${p.label.en}" may hold only JSON values (text, finite numbers, booleans, null, lists, objects); received ${p.received.en}`,
  },
} satisfies Catalogue;

/**
 * What a value that is not JSON is, in words: the type named as the core's invalid_type messages name it ("received
 * undefined" / 实际为未定义); a number that is not finite is called so, never printed as NaN or Infinity.
 */
function kindOf(v: unknown): Bilingual {
  if (typeof v === 'number') return { zh: '非有限数字', en: 'a number that is not finite' };
  if (typeof v === 'object' && v !== null) return { zh: '非普通对象', en: 'an object that is not plain' };
  const t = typeof v;
  return { zh: typeZh(t), en: t };
}

function plain(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks that `value` is JSON nested at most {@link MAX_JSON_DEPTH} levels, iteratively (an explicit stack, so no
 * input can exhaust the call stack). Pushes one issue and returns false otherwise.
 * @internal
 */
export function checkJson(value: unknown, path: IssuePath, issues: PolicyIssue[], label: Bilingual): boolean {
  // A cycle first (the kit's guard tells one from depth): the walk below is then over a tree.
  try {
    checkNesting(value, path, MAX_JSON_DEPTH + 2);
  } catch (error) {
    if (!isPolicyError(error)) throw error;
    if (error.code === CYCLIC) {
      const t = say(JSON_MESSAGES, 'cyclic', { label });
      issues.push({ code: CYCLIC, path: error.path, zh: t.zh, en: t.en });
      return false;
    }
  }
  const stack: { v: unknown; depth: number; path: IssuePath }[] = [{ v: value, depth: 0, path }];
  while (stack.length > 0) {
    const { v, depth, path: at } = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
      continue;
    if (typeof v !== 'object' || !(Array.isArray(v) || plain(v))) {
      const t = say(JSON_MESSAGES, 'not_json', { label, received: kindOf(v) });
      issues.push({ code: 'invalid_type', path: at, zh: t.zh, en: t.en });
      return false;
    }
    if (depth >= MAX_JSON_DEPTH) {
      const t = say(JSON_MESSAGES, 'too_deep', { label, max: MAX_JSON_DEPTH });
      issues.push({ code: 'too_deep', path: at, zh: t.zh, en: t.en, params: { max: MAX_JSON_DEPTH } });
      return false;
    }
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, depth: depth + 1, path: [...at, i] }));
    else
      for (const k of Object.keys(v))
        stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, path: [...at, k] });
  }
  return true;
}

/**
 * A field holding host facts: an object of JSON values, bounded in depth.
 * @internal
 */
export function jsonObjectField(): Field<{ readonly [key: string]: JsonValue }> {
  return fields.custom<{ readonly [key: string]: JsonValue }>(
    'json-object',
    {
      type: 'object',
      description: `JSON 对象，嵌套不超过 ${MAX_JSON_DEPTH} 层 / A JSON object nested at most ${MAX_JSON_DEPTH} levels`,
    },
    (v, path, issues, label) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        const t = say(JSON_MESSAGES, 'not_object', { label });
        issues.push({
          code: 'invalid_type',
          path,
          zh: t.zh,
          en: t.en,
          params: { expected: 'object', received: typeName(v) },
        });
        return undefined;
      }
      return checkJson(v, path, issues, label) ? (v as { readonly [key: string]: JsonValue }) : undefined;
    },
  );
}
