import { describe, expect, it } from 'vitest';
import { isPolicyError, oncePerObject, readOptions } from '../../../src/core/index.js';

describe('oncePerObject', () => {
  it('reads each object once, and other values every time', () => {
    let calls = 0;
    const read = oncePerObject((value, path) => {
      calls++;
      if (!Array.isArray(value) && value !== undefined) throw new TypeError(`not a list at ${path.join('.')}`);
      return value === undefined ? [] : value.length;
    });
    const list = [1, 2, 3];
    expect(readOptions({ items: list }, { items: read }).items).toBe(3);
    expect(readOptions({ items: list }, { items: read }).items).toBe(3);
    expect(calls).toBe(1);
    expect(readOptions({ items: [1] }, { items: read }).items).toBe(1);
    expect(readOptions({}, { items: read }).items).toEqual([]);
    readOptions({}, { items: read });
    expect(calls).toBe(4);
  });

  it('does not remember a refusal: the same bad object is refused every time', () => {
    const read = oncePerObject((value, path) => readOptions(value, {}, path));
    const bad = { unknown: 1 };
    for (let i = 0; i < 2; i++) {
      try {
        read(bad, ['options']);
        expect.unreachable();
      } catch (e) {
        expect(isPolicyError(e) && e.code).toBe('unknown_option');
      }
    }
  });
});
