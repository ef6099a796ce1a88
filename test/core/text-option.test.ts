import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/errors.js';
import { optionalTextOption, readOptions } from '../../src/core/options.js';

describe('optionalTextOption', () => {
  it('reads absent as undefined and a string as itself', () => {
    expect(readOptions({}, { floorGroup: optionalTextOption }).floorGroup).toBeUndefined();
    expect(readOptions({ floorGroup: 'inner' }, { floorGroup: optionalTextOption }).floorGroup).toBe('inner');
  });
  it('refuses anything else with a PolicyError naming the option', () => {
    try {
      readOptions({ floorGroup: 1 }, { floorGroup: optionalTextOption });
      throw new Error('accepted');
    } catch (e) {
      expect(isPolicyError(e) && [e.code, e.path, e.zh]).toEqual([
        'invalid_type',
        ['floorGroup'],
        '类型错误：应为字符串，实际为数字',
      ]);
    }
  });
});
