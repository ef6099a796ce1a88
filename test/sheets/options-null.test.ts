// The fuzz found readDelimited throwing a TypeError on `null` options (issue 10): options that are not an object are
// refused by name; a bad encoding or delimiter is refused as before.
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/sheets/index.js';

const code = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return [(e as { name: string }).name, (e as { code: string }).code, (e as { path: unknown }).path];
  }
  return 'no error';
};

describe('readDelimited options', () => {
  const bytes = new TextEncoder().encode('a,b\n1,2\n');
  it('null, a list or a number: invalid_type at options', () => {
    for (const o of [null, [], 5])
      expect(code(() => readDelimited(bytes, o as never))).toEqual(['PolicyError', 'invalid_type', ['options']]);
  });
  it('undefined or an object: read', () => {
    expect(readDelimited(bytes, undefined).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readDelimited(bytes, { delimiter: ',' }).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
