// checkResidentsCommittee: 居委会组织法 第六条 (一般 100–700 户: a notice, not a failure), 第七条 (5–9 members, the
// smaller ethnic groups), 第八条 (a five-year term), 第十三条 (subcommittees). No rule on women members.
import { describe, expect, it } from 'vitest';
import { checkResidentsCommittee } from '../../src/committees/index.js';
import { refusal, RESIDENTS } from './support.js';

const asOf = '2025-12-31';
const check = (input: object) => checkResidentsCommittee({ ...RESIDENTS, ...input }, { asOf });

describe('size: 共五至九人 (第七条)', () => {
  it.each([
    [4, 'fail'],
    [5, 'pass'],
    [9, 'pass'],
    [10, 'fail'],
  ])('%i members: %s', (n, outcome) => {
    const r = check({ memberCount: n });
    expect(r.findings[0]).toMatchObject({
      rule: 'committee.size',
      outcome,
      citation: { key: 'U28', article: '第七条' },
    });
    expect(r.outcome).toBe(outcome);
  });
});

describe('households: 一般在一百户至七百户的范围内设立 (第六条第一款)', () => {
  it.each([
    [99, true],
    [100, false],
    [700, false],
    [701, true],
  ])('%i households: passes; outside the range only with a notice and a warning', (n, outside) => {
    const r = check({ households: n });
    const f = r.findings.find((x) => x.rule === 'committee.households')!;
    expect(f.outcome).toBe('pass');
    expect(r.outcome).toBe('pass');
    expect(f.notice === true).toBe(outside);
    expect(r.warnings.some((w) => w.code === 'households_warning')).toBe(outside);
  });
  it('the notice says why it is not a failure', () => {
    expect(check({ households: 701 }).findings[2]!.zh).toBe(
      '701户，超出一般设立范围100至700户（法律写“一般”，只作提示，不作为不符合）',
    );
  });
  it('households not given: undetermined (the check cannot be done)', () => {
    const { households: _, ...rest } = RESIDENTS;
    expect(checkResidentsCommittee(rest, { asOf })).toMatchObject({ outcome: 'undetermined', missing: ['households'] });
  });
});

describe('no women rule, a term, subcommittees', () => {
  it('the law has no rule on women members: no such finding', () => {
    expect(check({}).findings.map((f) => f.rule)).toEqual([
      'committee.size',
      'committee.ethnic',
      'committee.households',
      'committee.term',
      'committee.subcommittees',
    ]);
  });
  it('a term from 2021-01-10 ends on 2026-01-10 (第八条)', () => {
    const r = checkResidentsCommittee(RESIDENTS, { asOf: '2026-01-11' });
    expect(r.findings[3]).toMatchObject({ outcome: 'fail', citation: { article: '第八条第一款' } });
  });
  it('人民调解、治安保卫、公共卫生 (第十三条); a 居委会 with few residents may share the duties instead', () => {
    expect(check({ subcommittees: ['人民调解', '治安保卫'] }).findings[4]!.outcome).toBe('fail');
    expect(
      check({ subcommittees: ['人民调解', '治安保卫'], subcommitteeDutiesAssigned: true }).findings[4]!.outcome,
    ).toBe('pass');
  });
  it('a villagers’ committee is refused', () => {
    expect(refusal(() => checkResidentsCommittee({ kind: '村委会' }, { asOf })).code).toBe('wrong_kind');
  });
});
