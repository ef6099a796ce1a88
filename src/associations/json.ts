/**
 * JSON values a host supplies (facts for host rules, conditions of host rules), checked without recursion that could
 * overflow the stack: nesting is bounded, so a deeply nested or cyclic value is a PolicyError, never a crash.
 * @module
 * @internal
 */
import { type IssuePath, type PolicyIssue } from '../core/index.js';
import { typeName } from '../core/errors.js';
import { checkJsonValue, fields, type Field, type JsonValue } from '../core/record.js';
import type { Bilingual, Catalogue } from '../core/index.js';
import { say } from './rule.js';

/** Deepest nesting accepted in host JSON (objects and arrays). @internal */
export const MAX_JSON_DEPTH = 32;

/** Any JSON value (the type of host facts and of condition values): the records kit's. */
export type { JsonValue } from '../core/record.js';

/** Messages of host JSON (what a value that is not JSON is, and its depth, are worded by the records kit). @internal */
export const JSON_MESSAGES = {
  not_object: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」应为对象`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" must be an object`,
  },
} satisfies Catalogue;

/**
 * Checks that `value` is JSON nested at most {@link MAX_JSON_DEPTH} levels (the kit's JSON check, iterative). Pushes
 * one issue and returns false otherwise.
 * @internal
 */
export function checkJson(value: unknown, path: IssuePath, issues: PolicyIssue[], label: Bilingual): boolean {
  return checkJsonValue(value, path, issues, label, MAX_JSON_DEPTH);
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
