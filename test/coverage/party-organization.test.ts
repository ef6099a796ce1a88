import { describe, expect, it } from 'vitest';
import { huaianCoverageProfile, requiredPartyOrganization } from '../../src/coverage/index.js';
import { withOverrides } from '../../src/core/index.js';
import { codeOf as code } from './fixtures.js';


describe('requiredPartyOrganization (支部工作条例 第四条)', () => {
  it('below 3 formal members: a joint branch with neighbouring units, no own leadership', () => {
    for (const n of [0, 1, 2]) {
      const r = requiredPartyOrganization(n);
      expect(r.organization).toBe('joint_branch');
      expect(r.mustSetUpBranch).toBe(false);
      expect(r.leadership).toBeNull();
      expect(r.outcomes.map((o) => o.rule)).toEqual(['party.branch.joint']);
    }
  });

  it('3 to 6: a branch must be set up, with a secretary (and a deputy if needed)', () => {
    for (const n of [3, 6]) {
      const r = requiredPartyOrganization(n);
      expect(r.organization).toBe('branch');
      expect(r.mustSetUpBranch).toBe(true);
      expect(r.leadership).toEqual({ kind: 'secretary', deputyIfNeeded: true });
      expect(r.outcomes.map((o) => o.rule)).toEqual(['party.branch.must', 'party.branch.secretary']);
    }
  });

  it('7 and more: a branch committee of 3–5, at most 7', () => {
    const r = requiredPartyOrganization(7);
    expect(r.leadership).toEqual({ kind: 'committee', min: 3, max: 5, limit: 7 });
    expect(r.mayFormGeneralBranch).toBe(false);
  });

  it('over 50: a general branch may be set up; over 100: a primary committee may be set up', () => {
    expect(requiredPartyOrganization(50).mayFormGeneralBranch).toBe(false);
    expect(requiredPartyOrganization(51).mayFormGeneralBranch).toBe(true);
    expect(requiredPartyOrganization(100).mayFormPrimaryCommittee).toBe(false);
    expect(requiredPartyOrganization(100).mayFormGeneralBranch).toBe(true);
    const big = requiredPartyOrganization(101);
    expect(big.mayFormPrimaryCommittee).toBe(true);
    expect(big.outcomes.map((o) => o.rule)).toEqual(['party.branch.must', 'party.branch.committee', 'party.generalBranch.may', 'party.primaryCommittee.may']);
  });

  it('every outcome cites 《中国共产党支部工作条例(试行)》 第四条 with a source key', () => {
    for (const n of [0, 4, 9, 60, 120]) {
      for (const o of requiredPartyOrganization(n).outcomes) {
        expect(o.source?.title).toContain('支部工作条例');
        expect(o.source?.article).toContain('第四条');
        expect(['S19', 'S19b']).toContain(o.source?.key);
        expect(o.text.zh.length).toBeGreaterThan(0);
        expect(o.text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses anything but a non-negative integer with a PolicyError', () => {
    expect(code(() => requiredPartyOrganization(-1))).toBe('out_of_range');
    expect(code(() => requiredPartyOrganization(2.5))).toBe('invalid_type');
    expect(code(() => requiredPartyOrganization(Number.NaN))).toBe('invalid_type');
    expect(code(() => requiredPartyOrganization('3' as unknown as number))).toBe('invalid_type');
    expect(code(() => requiredPartyOrganization(3, { asOf: '2018-01-01' }))).toBe('not_in_force');
    expect(code(() => requiredPartyOrganization(3, { asOf: '2018-02-30' }))).toBe('invalid_date');
  });

  it('reads its thresholds from the profile, so a host can override them', () => {
    const p = withOverrides(huaianCoverageProfile(), { 'coverage.branchRules': { merge: { mustFormMin: 5 } } });
    expect(requiredPartyOrganization(4, { profile: p }).organization).toBe('joint_branch');
    expect(requiredPartyOrganization(4).organization).toBe('branch');
    expect(requiredPartyOrganization(5, { profile: p, asOf: '2025-01-01' }).organization).toBe('branch');
  });
});
