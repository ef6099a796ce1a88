// The nesting guard run before a schema walks input: a deep or cyclic value is a PolicyError with its own code and
// the path where it happens, never a stack overflow; wide or shared (not cyclic) values pass.
import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/errors.js';
import { MAX_NESTING, checkNesting } from '../../src/core/nesting.js';

function codeAndPath(value: unknown, max?: number): [string, readonly (string | number)[]] | 'ok' {
  try {
    checkNesting(value, ['input'], max);
    return 'ok';
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    return [e.code, e.path];
  }
}

describe('checkNesting', () => {
  it('accepts values up to the limit and refuses one level more, naming the path', () => {
    let v: unknown = 1;
    for (let i = 0; i < MAX_NESTING; i++) v = [v];
    expect(codeAndPath(v)).toBe('ok');
    const r = codeAndPath({ a: [v] });
    expect(r).not.toBe('ok');
    expect(r[0]).toBe('too_deep');
    expect(r[1].slice(0, 3)).toEqual(['input', 'a', 0]);
  });

  it('refuses 100,000 levels without overflowing its own stack', () => {
    let v: unknown = { leaf: true };
    for (let i = 0; i < 1e5; i++) v = { a: v };
    expect(codeAndPath(v)[0]).toBe('too_deep');
  });

  it('refuses a cycle at the key that closes it, but not a value shared by two parents', () => {
    const o: Record<string, unknown> = { list: [] };
    (o.list as unknown[]).push({ back: o });
    expect(codeAndPath(o)).toEqual(['cyclic', ['input', 'list', 0, 'back']]);
    const shared = { x: 1 };
    expect(codeAndPath({ a: shared, b: [shared, shared] })).toBe('ok');
  });

  it('walks a million-item array and leaves primitives, Maps and class instances alone', () => {
    expect(codeAndPath(new Array(1e6).fill({ a: 1 }))).toBe('ok');
    expect(codeAndPath('x'.repeat(1e6))).toBe('ok');
    expect(codeAndPath(new Map([[1, new Map()]]))).toBe('ok');
  });
});
