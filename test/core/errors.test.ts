import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PolicyError, formatPath, isPolicyError, toSafe } from '../../src/core/errors.js';
import { rule, schemaParser } from '../../src/core/zod-issues.js';

const person = schemaParser(
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    age: z.number().check(z.int(), z.minimum(0), z.maximum(150)),
    role: z.enum(['president', 'secretary_general']),
    code: z
      .string()
      .check(rule((s: string) => s.length === 3, 'invalid_format', '代码应为3位', 'Code must have 3 characters')),
    tags: z.optional(z.array(z.string())),
  }),
);

describe('errors as data', () => {
  it('maps each kind of zod issue to a code, path and two messages', () => {
    const r = person.safeParse({ name: 5, age: 1.5, role: 'mayor', code: 'abcd', tags: ['x', 2], extra: true }, [
      'slate',
      0,
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    const got = r.error.issues.map((i) => [i.code, formatPath(i.path)]);
    expect(got).toEqual([
      ['invalid_type', 'slate[0].name'],
      ['invalid_type', 'slate[0].age'],
      ['unknown_enum_value', 'slate[0].role'],
      ['invalid_format', 'slate[0].code'],
      ['invalid_type', 'slate[0].tags[1]'],
      ['unrecognized_keys', 'slate[0]'],
    ]);
    for (const i of r.error.issues) {
      expect(i.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.en).toMatch(/^[A-Z]/);
    }
    expect(r.error.message).toContain('invalid_type at slate[0].name');
  });

  it('distinguishes a missing field from a wrong type, and reports ranges', () => {
    const r = person.safeParse({ age: 200, role: 'president', code: 'abc' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.code)).toEqual(['required', 'out_of_range']);
    expect(r.error.issues[1]!.en).toBe('value must be at most 150');
  });

  it('isPolicyError works without instanceof and toSafe rethrows bugs', () => {
    const e = new PolicyError([{ code: 'x', path: [], zh: '甲', en: 'A' }]);
    expect(isPolicyError(e)).toBe(true);
    expect(isPolicyError({ name: 'PolicyError', code: 'x', issues: [] })).toBe(true);
    expect(isPolicyError(new Error('x'))).toBe(false);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'PolicyError',
      code: 'x',
      path: [],
      zh: '甲',
      en: 'A',
      issues: [{ code: 'x', path: [], zh: '甲', en: 'A' }],
    });
    const safe = toSafe((): number => {
      throw new TypeError('bug');
    });
    expect(() => safe()).toThrow(TypeError);
  });
});
