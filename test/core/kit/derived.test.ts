import { describe, expect, it } from 'vitest';
import { derived, isGap, parseProfile, profileAt, Scope, type ParameterRead } from '../../../src/core/index.js';
import { toyProfileJson } from './toy-domain.js';

describe('derived values: parsed once per parameter read', () => {
  it('computes once per read and derive function, and again for another date or function', () => {
    const profile = parseProfile(structuredClone(toyProfileJson));
    const calls: string[] = [];
    const parse = (r: ParameterRead) => {
      calls.push(r.id);
      return Number(r.value);
    };
    const read = profileAt(profile, '2026-01-01').get('toy.rate');
    if (isGap(read)) throw new Error('gap');
    expect(derived(read, parse)).toBe(0.5);
    expect(derived(read, parse)).toBe(0.5);
    expect(calls).toEqual(['toy.rate']);
    expect(derived(read, (r) => String(r.value))).toBe('0.5');
    // Reads are cached per date by profileAt, so a scope on the same date reuses the parsed value.
    const scope = new Scope(profileAt(profile, '2026-01-01'));
    expect(scope.value('toy.rate', parse)).toBe(0.5);
    expect(calls).toEqual(['toy.rate']);
    expect(scope.value('toy.rate', parse)).toBe(0.5);
  });

  it('a gap is missing, as for param(); a derive that throws is not cached', () => {
    const profile = parseProfile(structuredClone(toyProfileJson));
    const scope = new Scope(profileAt(profile, '2026-01-01'));
    expect(scope.value('toy.bonus', () => 1)).toBeUndefined();
    expect(scope.missing).toEqual(['parameter:toy.bonus']);
    let n = 0;
    const bad = () => {
      n++;
      throw new Error('bad table');
    };
    expect(() => scope.value('toy.limit', bad)).toThrow('bad table');
    expect(() => scope.value('toy.limit', bad)).toThrow('bad table');
    expect(n).toBe(2);
    // The read's warnings reach the scope like any read (toy.limit is low-confidence and undated).
    expect(scope.warnings.map((w) => w.code)).toEqual(['low_confidence', 'date_unknown']);
  });
});

describe('derivedFrom: a value of several reads together', () => {
  it('is computed once per combination of reads and derive function', async () => {
    const { derivedFrom } = await import('../../../src/core/index.js');
    const profile = parseProfile(structuredClone(toyProfileJson));
    const at = profileAt(profile, '2026-01-01');
    const rate = at.get('toy.rate');
    const limit = at.get('toy.limit');
    if (isGap(rate) || isGap(limit)) throw new Error('gap');
    let n = 0;
    const product = (reads: readonly ParameterRead[]) => {
      n++;
      return Number(reads[0]!.value) * Number(reads[1]!.value);
    };
    expect(derivedFrom([rate, limit], product)).toBe(50);
    expect(derivedFrom([rate, limit], product)).toBe(50);
    expect(n).toBe(1);
    // Another order is another combination.
    expect(derivedFrom([limit, rate], product)).toBe(50);
    expect(n).toBe(2);
    expect(derivedFrom([], () => 'none')).toBe('none');
  });
});

describe('sharedList: one frozen list per distinct list of objects', () => {
  it('gives the same array for the same objects in the same order, and keeps them as they were', async () => {
    const { sharedList } = await import('../../../src/core/index.js');
    const a = { n: 1 };
    const b = { n: 2 };
    const l = sharedList([a, b]);
    expect(sharedList([a, b])).toBe(l);
    expect(sharedList([b, a])).not.toBe(l);
    expect(sharedList([a])).not.toBe(l);
    expect(l).toEqual([a, b]);
    expect(Object.isFrozen(l)).toBe(true);
    expect(sharedList([])).toBe(sharedList([]));
  });
});
