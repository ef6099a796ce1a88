// The fuzz found a batch row (and the single check alike) `pass` while `missing` listed a fact (`households`,
// `multiEthnic`): with a host's score sheet the points reaching the pass mark decide the committee, a check the sheet
// does not score may still lack a fact, and the result listed it as missing (issue 10). A standard committee is
// missing nothing (the finding still says what it lacks); a failing or undetermined one keeps every fact; the batch
// row and the single check agree. Also: a candidate's name with a resident ID is masked in the vote's texts.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import {
  checkCommittee,
  checkCommitteesBatch,
  checkElectionResult,
  committeeProfiles,
} from '../../src/committees/index.js';
import { RESIDENTS } from './support.js';

const asOf = '2025-12-31';
const profile = withOverrides(committeeProfiles.get('huaian'), {
  'selfgov.scoreSheet': {
    set: {
      passMark: '80',
      items: [
        { id: 's1', label: { zh: '成员人数', en: 'Size' }, weight: '40', rule: 'committee.size' },
        { id: 's2', label: { zh: '任期', en: 'Term' }, weight: '30', rule: 'committee.term' },
        { id: 's3', label: { zh: '妇女成员', en: 'Women' }, weight: '10', rule: 'committee.women' },
        { id: 's4', label: { zh: '办公用房', en: 'Office' }, weight: '20', checklistItem: 'k1' },
      ],
    },
  },
});

describe('a committee result lists as missing only what could change its outcome', () => {
  const { multiEthnic: _m, ...noEthnic } = RESIDENTS as Record<string, unknown>;
  const cases = [
    { ...RESIDENTS, households: null, checklist: [{ itemId: 'k1', met: true }] }, // pass on the sheet; households not scored
    { ...noEthnic, checklist: [{ itemId: 'k1', met: true }] }, // pass on the sheet; multiEthnic not scored
    { ...RESIDENTS, households: null, checklist: [{ itemId: 'k1', met: false }] }, // office unmet: 40 + 30 + 10 (women does not apply) = 80, still a pass
    { ...RESIDENTS, memberCount: 4, households: null, checklist: [{ itemId: 'k1', met: true }] }, // size fails: 60 < 80
  ];
  it('single and batch row agree, and a pass misses nothing', () => {
    const batch = checkCommitteesBatch(cases, { asOf, profile, explain: true });
    cases.forEach((c, i) => {
      const single = checkCommittee(c, { asOf, profile });
      const row = batch.rows[i]!;
      expect(row.outcome).toBe(single.outcome);
      expect(row.outcome !== 'error' && row.missing).toEqual(single.missing);
      if (single.outcome === 'pass') expect(single.missing).toEqual([]);
      if (single.missing.length > 0) expect(['undetermined', 'fail']).toContain(single.outcome);
    });
    expect(
      checkCommittee(cases[0], { asOf, profile }).findings.find((f) => f.rule === 'committee.households')?.outcome,
    ).toBe('undetermined');
    expect(checkCommittee(cases[3], { asOf, profile })).toMatchObject({ outcome: 'fail', missing: ['households'] });
  });
  it('without a score sheet a missing fact still makes the committee undetermined', () => {
    expect(checkCommittee({ ...RESIDENTS, households: null }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['households'],
    });
  });
});

describe('a vote', () => {
  it("masks a resident ID in a candidate's name in every text of the result", () => {
    const r = checkElectionResult(
      {
        kind: 'election',
        registeredVoters: 1000,
        ballotsCast: 501,
        candidates: [
          { name: '张三11010519491231002X', votes: 251 },
          { name: '李四', votes: 250 },
        ],
      },
      { asOf },
    );
    expect(JSON.stringify({ ...r, candidates: r.candidates.map(({ name: _, ...c }) => c) })).not.toContain(
      '11010519491231002X',
    );
  });
});
