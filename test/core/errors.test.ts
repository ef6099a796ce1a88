import { describe, expect, it } from 'vitest';
import { PolicyError, formatPath, isPolicyError, toSafe } from '../../src/core/errors.js';

describe('errors as data', () => {
  it('a PolicyError names its first issue by code and path in its message', () => {
    const e = new PolicyError([
      { code: 'invalid_type', path: ['slate', 0, 'name'], zh: '类型错误', en: 'Invalid type' },
    ]);
    expect(e.message).toContain('invalid_type at slate[0].name');
    expect(formatPath(e.path)).toBe('slate[0].name');
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
