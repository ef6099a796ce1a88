import { describe, expect, it } from 'vitest';
import { isPolicyError, profileAt, withOverrides, isGap } from '../../../src/core/index.js';
import { toyProfiles } from './toy-domain.js';

describe('withOverrides with an object', () => {
  it('refuses an object that is neither { set }, { merge } nor { values }, instead of silently changing nothing', () => {
    const toy = toyProfiles.get('toy');
    try {
      withOverrides(toy, { 'toy.rate': { rate: '0.2' } as never });
      expect.unreachable();
    } catch (e) {
      // The path is into the patch (the host's overrides), where the change to fix is written.
      expect(isPolicyError(e) && [e.code, e.path]).toEqual(['invalid_type', ['overrides', 'toy.rate']]);
    }
    const set = profileAt(withOverrides(toy, { 'toy.rate': { set: '0.2' } }), '2026-01-01').get('toy.rate');
    expect(!isGap(set) && set.value).toBe('0.2');
  });
});
