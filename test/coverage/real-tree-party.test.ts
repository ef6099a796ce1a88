import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/coverage/index.js';
import { huaianDivisions } from '../../src/divisions/index.js';

// A generated registry over the embedded tree, checked against a naive count written independently here.
const tree = huaianDivisions();
const villages = tree.atLevel('village');
interface Org {
  id: string;
  divisionCode: string;
  kind: string;
  employeeCount: number;
  formalPartyMembers: number;
  fixedSite: boolean;
  inBusiness: boolean;
  partyInstructorIds: string[];
  partyLiaisonIds: string[];
}
const organizations: Org[] = [];
const partyOrganizations: Record<string, unknown>[] = [];
for (let i = 0; i < 6000; i++) {
  const divisionCode = villages[(i * 7919) % villages.length]!.code;
  const id = `O${i}`;
  organizations.push({
    id,
    divisionCode,
    kind: 'non_public_enterprise',
    employeeCount: 5 + (i % 20),
    formalPartyMembers: i % 5,
    fixedSite: i % 11 !== 0,
    inBusiness: true,
    partyInstructorIds: [],
    partyLiaisonIds: i % 6 === 0 ? ['L'] : [],
  });
  // A joint branch covers at least two units: the next one too (which may have its own as well).
  if (i % 3 === 0)
    partyOrganizations.push({
      id: `P${i}`,
      level: 'branch',
      formation: i % 2 === 0 ? 'standalone' : 'joint',
      coveredUnitIds: i % 2 === 0 ? [id] : [id, `O${i + 1}`],
      establishedOn: '2020-01-01',
    });
}
const registry = { organizations, partyOrganizations };
const coveredIndex = (i: number) => i % 3 === 0 || (i % 3 === 1 && (i - 1) % 2 === 1);

describe('party_coverage on the embedded tree', () => {
  const r = computeCoverage('party_coverage', registry, { asOf: '2025-12-31' });

  it('matches a naive count per county', () => {
    const naive = new Map<string, [number, number, number]>();
    organizations.forEach((o, i) => {
      if (o.employeeCount < 10 || o.fixedSite !== true) return;
      const county = tree.ancestorAt(o.divisionCode, 'county')!.code;
      const a = naive.get(county) ?? [0, 0, 0];
      a[1]++;
      if (coveredIndex(i)) a[0]++;
      if (coveredIndex(i) || o.partyLiaisonIds.length > 0) a[2]++;
      naive.set(county, a);
    });
    for (const c of r.rollup!.county) {
      const [num, den] = naive.get(c.code) ?? [0, 0];
      expect([c.numerator, c.denominator]).toEqual([num, den]);
    }
    const work = r.measures.find((m) => m.id === 'work')!;
    for (const c of work.rollup.county) expect(c.numerator).toBe(naive.get(c.code)?.[2] ?? 0);
    expect(r.errors).toEqual([]);
    expect(r.outcome).toBe('computed');
  });

  it('each county is the sum of its townships, each township of its villages, the city of its counties', () => {
    for (const m of r.measures) {
      const sum = (rows: readonly { numerator: number; denominator: number }[]) => [
        rows.reduce((a, x) => a + x.numerator, 0),
        rows.reduce((a, x) => a + x.denominator, 0),
      ];
      for (const c of m.rollup.county)
        expect(sum(m.rollup.township.filter((t) => tree.get(t.code)!.parent === c.code))).toEqual([
          c.numerator,
          c.denominator,
        ]);
      for (const t of m.rollup.township)
        expect(sum(m.rollup.village.filter((v) => tree.get(v.code)!.parent === t.code))).toEqual([
          t.numerator,
          t.denominator,
        ]);
      expect(sum(m.rollup.county)).toEqual([m.numerator, m.denominator]);
      expect(m.rollup.village).toHaveLength(1601);
    }
  });
});
