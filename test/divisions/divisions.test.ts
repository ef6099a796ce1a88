import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countByKind,
  huaianDivisions,
  parseDivisionTree,
  safeParseDivisionTree,
  TOWN_AND_SUBDISTRICT,
} from '../../src/divisions/index.js';

const json = JSON.parse(readFileSync(new URL('../../data/huaian-divisions.json', import.meta.url), 'utf8'));

describe('embedded 淮安 tree', () => {
  const tree = huaianDivisions();

  it('expands the compact embedded form back to exactly the source JSON (codes, names, kinds, parents)', () => {
    const fromJson = parseDivisionTree(json);
    const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
    expect([...tree.units].sort(byCode)).toEqual([...fromJson.units].sort(byCode));
    expect(tree.units.length).toBe(1 + json.counties.length + json.townships.length + json.villages.length);
  });

  it('has the counts documented in POLICY.md §8', () => {
    expect(tree.atLevel('county').length).toBe(8);
    expect(tree.atLevel('township').length).toBe(113);
    expect(tree.atLevel('village').length).toBe(1601);
    const c = countByKind(tree);
    expect([c.subdistrict, c.town, c.township_like]).toEqual([38, 57, 18]);
    expect([c.residents_committee, c.villagers_committee]).toEqual([447, 1141]);
    expect(tree.ofKind(...TOWN_AND_SUBDISTRICT).length).toBe(95);
  });

  it('looks up by code, children, ancestors and the county of a village', () => {
    expect(tree.get('320803001')).toMatchObject({ name: '淮城街道', kind: 'subdistrict', parent: '320803' });
    expect(tree.ancestors('320803001001').map((u) => u.code)).toEqual(['320803001', '320803', '320800']);
    expect(tree.ancestorAt('320803001001', 'county')?.name).toBe('淮安区');
    expect(tree.children('320800').map((u) => u.code)).toEqual(json.counties.map((c: { code: string }) => c.code));
    const villagesOfHuaiAnQu = json.villages.filter((v: { code: string }) => v.code.startsWith('320803')).length;
    expect(tree.descendants('320803', 'village').length).toBe(villagesOfHuaiAnQu);
    expect(() => tree.require('320899', ['unit'])).toThrow(
      expect.objectContaining({ code: 'unknown_code', path: ['unit'] }),
    );
  });

  it('every village kind agrees with the code-digit rules', () => {
    for (const v of tree.atLevel('village')) {
      const n = Number(v.code.slice(9));
      const expected =
        n < 200
          ? 'residents_committee'
          : n < 400
            ? 'villagers_committee'
            : n < 500
              ? 'residents_committee_like'
              : 'villagers_committee_like';
      expect(v.kind).toBe(expected);
    }
  });
});

describe('host-supplied trees', () => {
  const small = {
    city: { code: '320800', name: '淮安市' },
    counties: [{ code: '320803', name: '淮安区', kind: 'district' }],
    townships: [{ code: '320803001', name: '甲街道', kind: 'subdistrict', parent: '320803' }],
    villages: [{ code: '320803001001', name: '乙社区', kind: 'residents_committee', parent: '320803001' }],
  };

  it('loads a valid tree', () => {
    const t = parseDivisionTree(small);
    expect(t.units.map((u) => u.level)).toEqual(['city', 'county', 'township', 'village']);
    expect(t.source.source).toBe('host-supplied');
  });

  it.each([
    ['duplicate code', { villages: [...small.villages, small.villages[0]] }, 'duplicate', ['villages', 1, 'code']],
    [
      'missing parent',
      { villages: [{ ...small.villages[0], parent: '320803002' }] },
      'unknown_code',
      ['villages', 0, 'parent'],
    ],
    [
      'code not under parent',
      { villages: [{ ...small.villages[0], code: '320804001001' }] },
      'inconsistent',
      ['villages', 0, 'code'],
    ],
    [
      'kind at wrong level',
      { villages: [{ ...small.villages[0], kind: 'town' }] },
      'inconsistent',
      ['villages', 0, 'kind'],
    ],
    [
      'unknown kind',
      { villages: [{ ...small.villages[0], kind: 'hamlet' }] },
      'unknown_enum_value',
      ['villages', 0, 'kind'],
    ],
    [
      'bad code format',
      { townships: [{ ...small.townships[0], code: '32080300A' }] },
      'invalid_format',
      ['townships', 0, 'code'],
    ],
  ])('rejects %s', (_name, patch, code, path) => {
    const r = safeParseDivisionTree({ ...small, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.map((i) => i.code)).toContain(code);
      expect(r.error.issues.find((i) => i.code === code)?.path).toEqual(path);
    }
  });
});

describe('argument checks (fuzz findings)', () => {
  const code = (f: () => unknown): string => {
    try {
      f();
      return 'no error';
    } catch (e) {
      return (e as { name?: string; code?: string }).name === 'PolicyError'
        ? (e as { code: string }).code
        : `threw ${String(e)}`;
    }
  };

  it('countByKind refuses what is not a tree or a code of it (it threw TypeErrors)', () => {
    expect(code(() => countByKind(null as never))).toBe('invalid_type');
    expect(code(() => countByKind({ root: { code: '320800' } } as never))).toBe('invalid_type');
    expect(code(() => countByKind(huaianDivisions(), 5 as never))).toBe('invalid_type');
    expect(code(() => countByKind(huaianDivisions(), '999999'))).toBe('unknown_code');
    expect(countByKind(huaianDivisions(), '320803').town).toBeGreaterThan(0);
  });

  it('parseDivisionTree refuses deep or cyclic input and a bad path (stack overflow, "path is not iterable")', () => {
    let deep: unknown = { leaf: 1 };
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    expect(code(() => parseDivisionTree({ ...json, notes: deep }))).toBe('too_deep');
    const cyclic: Record<string, unknown> = { ...json };
    cyclic.self = cyclic;
    expect(code(() => parseDivisionTree(cyclic))).toBe('cyclic');
    expect(code(() => parseDivisionTree(json, -Infinity as never))).toBe('invalid_type');
    expect(safeParseDivisionTree(json, 'x' as never).success).toBe(false);
  });

  it('a million bad villages: the first 1,000 named, the rest counted in one too_many_issues (zod overflowed the stack collecting them)', () => {
    const r = safeParseDivisionTree({ ...json, villages: new Array(1e6).fill(0) });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(1001);
    expect(r.error.issues[999]).toMatchObject({ code: 'invalid_type', path: ['villages', 999] });
    expect(r.error.issues[1000]).toMatchObject({
      code: 'too_many_issues',
      path: ['villages'],
      params: { more: 999_000 },
    });
  });

  it('an unknown parent is named masked when it looks like a resident ID', () => {
    const r = safeParseDivisionTree({
      ...json,
      townships: [{ ...json.townships[0], parent: '110105491231002' }, ...json.townships.slice(1)],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(JSON.stringify(r.error.issues)).not.toContain('110105491231002');
  });
});
