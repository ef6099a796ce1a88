import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidDivisionCode,
  parseDivisionCode,
  safeParseDivisionCode,
  townshipKindOfCode,
  villageKindOfCode,
} from '../../src/validators/index.js';
import { expectIssue, policyError } from './helpers.js';

interface Unit {
  code: string;
  kind: string;
  parent: string;
}
const data = JSON.parse(readFileSync(new URL('../../data/huaian-divisions.json', import.meta.url), 'utf8')) as {
  townships: Unit[];
  villages: Unit[];
};

describe('parseDivisionCode', () => {
  it.each([
    ['320000', 'province', undefined],
    ['320800', 'city', '320000'],
    ['320803', 'county', '320800'],
    ['320871', 'county', '320800'],
    ['320803001', 'township', '320803'],
    ['320803001001', 'village', '320803001'],
    ['441900003', 'township', '441900'], // 东莞: towns directly under a city without districts
    ['429004', 'county', '429000'], // 仙桃: county-level city directly under the province
  ])('%s is a %s with parent %s', (code, level, parent) => {
    expect(parseDivisionCode(code)).toEqual({ code, level, parent });
  });

  it('strips NBS zero padding', () => {
    expect(parseDivisionCode('320803000000')).toEqual({ code: '320803', level: 'county', parent: '320800' });
    expect(parseDivisionCode('320803001000')).toEqual({ code: '320803001', level: 'township', parent: '320803' });
    expect(parseDivisionCode('320800000')).toEqual({ code: '320800', level: 'city', parent: '320000' });
  });

  it('reports every error kind with code, path and both messages', () => {
    const path = ['units', 0, 'code'];
    expectIssue(
      policyError(() => parseDivisionCode(320800, path)),
      'invalid_type',
      path,
    );
    expectIssue(
      policyError(() => parseDivisionCode(undefined, path)),
      'required',
      path,
    );
    for (const bad of ['3208', '32080', '3208001', '32080300100', 'A20800', '']) {
      expectIssue(
        policyError(() => parseDivisionCode(bad, path)),
        'invalid_format',
        path,
      );
    }
    // A zero group followed by a non-zero one.
    expectIssue(
      policyError(() => parseDivisionCode('320001', path)),
      'invalid_format',
      path,
    );
    expectIssue(
      policyError(() => parseDivisionCode('320000001', path)),
      'invalid_format',
      path,
    );
    expectIssue(
      policyError(() => parseDivisionCode('320803000001', path)),
      'invalid_format',
      path,
    );
    // Not a province prefix.
    for (const bad of ['990000', '100000', '000000', '240100', '720000']) {
      expectIssue(
        policyError(() => parseDivisionCode(bad, path)),
        'unknown_code',
        path,
      );
    }
  });

  it('property: the parent of a parsed code is itself a valid code one level up', () => {
    const order = ['province', 'city', 'county', 'township', 'village'];
    const all = [...data.townships, ...data.villages].map((u) => u.code);
    fc.assert(
      fc.property(fc.constantFrom(...all), (code) => {
        let p = parseDivisionCode(code);
        while (p.parent !== undefined) {
          const up = parseDivisionCode(p.parent);
          if (order.indexOf(up.level) !== order.indexOf(p.level) - 1 || !p.code.startsWith(up.code.replace(/0+$/, '')))
            return false;
          p = up;
        }
        return p.level === 'province' && p.code === '320000';
      }),
    );
  });

  it('agrees with every parent in the embedded 淮安 data', () => {
    for (const u of [...data.townships, ...data.villages]) expect(parseDivisionCode(u.code).parent).toBe(u.parent);
    expect(isValidDivisionCode('320812')).toBe(true);
    expect(safeParseDivisionCode('3208').success).toBe(false);
  });
});

describe('townshipKindOfCode / villageKindOfCode', () => {
  it('follows the NBS digit ranges at their boundaries', () => {
    expect(townshipKindOfCode('320803001')).toBe('subdistrict');
    expect(townshipKindOfCode('320803099')).toBe('subdistrict');
    expect(townshipKindOfCode('320803100')).toBe('town');
    expect(townshipKindOfCode('320803199')).toBe('town');
    expect(townshipKindOfCode('320803200')).toBe('township');
    expect(townshipKindOfCode('320803399')).toBe('township');
    expect(townshipKindOfCode('320803400')).toBe('township_like');
    expect(townshipKindOfCode('320803599')).toBe('township_like');
    expect(villageKindOfCode('320803001001')).toBe('residents_committee');
    expect(villageKindOfCode('320803001199')).toBe('residents_committee');
    expect(villageKindOfCode('320803001200')).toBe('villagers_committee');
    expect(villageKindOfCode('320803001399')).toBe('villagers_committee');
    expect(villageKindOfCode('320803001400')).toBe('residents_committee_like');
    expect(villageKindOfCode('320803001499')).toBe('residents_committee_like');
    expect(villageKindOfCode('320803001500')).toBe('villagers_committee_like');
    expect(villageKindOfCode('320803001599')).toBe('villagers_committee_like');
  });

  it('matches the kind of every unit in the embedded 淮安 data', () => {
    for (const t of data.townships) expect(townshipKindOfCode(t.code)).toBe(t.kind);
    for (const v of data.villages) expect(villageKindOfCode(v.code)).toBe(v.kind);
  });

  it('refuses codes of another level and digits outside the ranges', () => {
    expectIssue(
      policyError(() => townshipKindOfCode('320803', ['t'])),
      'invalid_format',
      ['t'],
    );
    expectIssue(
      policyError(() => villageKindOfCode('320803001', ['v'])),
      'invalid_format',
      ['v'],
    );
    expectIssue(
      policyError(() => townshipKindOfCode('320803600')),
      'unknown_code',
    );
    expectIssue(
      policyError(() => villageKindOfCode('320803001999')),
      'unknown_code',
    );
  });
});

describe('privacy (fuzz finding)', () => {
  it('does not quote a value that is not shaped like a division code: it may be a resident ID', () => {
    for (const id of ['11010519491231002X', '110105491231002']) {
      const e = policyError(() => villageKindOfCode(id));
      expectIssue(e, 'invalid_format');
      expect(`${e.zh}${e.en}${JSON.stringify(e.issues)}`).not.toContain(id);
    }
  });
});
