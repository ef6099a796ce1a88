// requiredPartyOrganization, derived by hand from the texts (POLICY.md round 3 §R3.0): 3 and 7 count formal members
// (支部工作条例 第四条, 第六章); 50 and 100 count party members (formal + probationary) in the wording of the unit's kind
// (2019 国企 条例 第四条 "100人以上"; 机关 "50人以上、100人以下"; 农村 "超过50名"); 以上/以下 include the number, 超过 does not.
import { describe, expect, it } from 'vitest';
import { coverageProfiles, requiredPartyOrganization } from '../../src/coverage/index.js';
import { explain, withOverrides } from '../../src/core/index.js';
import { parseOrganization } from '../../src/entities/index.js';
import { codeOf as code } from './fixtures.js';

const asOf = '2026-01-01';
const ask = (formalPartyMembers: number, probationaryPartyMembers?: number, unitType?: string) =>
  requiredPartyOrganization(
    {
      formalPartyMembers,
      ...(probationaryPartyMembers === undefined ? {} : { probationaryPartyMembers }),
      ...(unitType === undefined ? {} : { unitType }),
    },
    { asOf },
  );

describe('requiredPartyOrganization: 3 and 7 count formal members', () => {
  it('below 3 formal members: a joint branch (whatever the probationary count), no own leadership', () => {
    for (const [f, p] of [
      [0, 0],
      [2, 0],
      [2, 5],
    ] as const) {
      const r = ask(f, p);
      expect(r.formation).toBe('joint');
      expect(r.leadership).toBeNull();
      expect(r.explanation?.rules[0]?.rule).toBe('party.branch.joint');
    }
    expect(ask(2, 5).explanation?.rules[0]?.text.zh).toBe(
      '正式党员 2 人，不足3人，应与邻近单位的党员联合成立党支部（联合党支部覆盖单位一般不超过5个）',
    );
  });

  it('3 to 6 formal members: a branch of its own with a secretary; probationary members do not make a committee', () => {
    for (const f of [3, 6]) {
      const r = ask(f, 4);
      expect(r.formation).toBe('standalone');
      expect(r.leadership).toEqual({ kind: 'secretary', deputyIfNeeded: true });
    }
  });

  it('7 formal members and more: a branch committee of 3–5, at most 7', () => {
    expect(ask(7, 0).leadership).toEqual({ kind: 'committee', min: 3, max: 5, limit: 7 });
  });

  it('cites 第四条 for 3 (P-ZB4) and 第六章 for 7 (P-ZB2), not 第四条 for 50/100', () => {
    const r = ask(120, 0);
    const byRule = Object.fromEntries(r.explanation!.rules.map((x) => [x.rule, x.source?.key]));
    expect(byRule).toEqual({
      'party.branch.must': 'P-ZB4',
      'party.branch.committee': 'P-ZB2',
      'party.branch.size': 'P-ZB4',
      'party.generalBranch': 'P-JG',
      'party.committee': 'P-JG',
    });
    expect(
      ask(120, 0, 'state_enterprise').explanation!.rules.find((x) => x.rule === 'party.committee')?.source?.key,
    ).toBe('P-GQ');
    expect(ask(120, 0, 'village').explanation!.rules.find((x) => x.rule === 'party.committee')?.source?.key).toBe(
      'P-NC',
    );
  });
});

describe('requiredPartyOrganization: 50 and 100 count all party members, in the wording of the unit type', () => {
  it('100 party members meet "100人以上" (issue 13.3: 0.1.0 said no 党委)', () => {
    const r = ask(100, 0);
    expect(r.partyMembers).toBe(100);
    expect(r.committee).toBe('may');
    // 以下 includes 100 too: the 50–100 range of the 2019 wording still holds.
    expect(r.generalBranch).toBe('may');
    expect(ask(99, 0).committee).toBe('no');
    expect(ask(96, 4).committee).toBe('may');
  });

  it('48 formal + 4 probationary = 52 meet "50人以上" (issue 13.3: 0.1.0 said no 总支)', () => {
    const r = ask(48, 4);
    expect(r.partyMembers).toBe(52);
    expect(r.generalBranch).toBe('may');
    expect(ask(49, 0).generalBranch).toBe('no');
    expect(ask(50, 0).generalBranch).toBe('may');
    expect(ask(101, 0).generalBranch).toBe('no');
  });

  it('says which wording it used: 两企三新 by default (provisional, warned), 国企, 机关 or 农村 on request', () => {
    const r = ask(52, 0);
    expect(r.unitType).toBe('two_new');
    expect(r.explanation?.summary.zh).toBe(
      '应当单独成立党支部；可以成立党总支，不符合成立党的基层委员会（党委）的人数条件（按两企三新组织的措辞）',
    );
    expect(r.warnings.some((w) => w.code === 'provisional_parameter' && w.zh.includes('两企三新组织适用的措辞'))).toBe(
      true,
    );
    expect(r.explanation?.parameters.map((p) => p.id)).toContain('coverage.party.levels.twoNew');
  });

  it('organ wording: 设立 (shall) at 100 and at 50–100', () => {
    expect(ask(100, 0, 'organ')).toMatchObject({ committee: 'shall', generalBranch: 'shall' });
    expect(ask(49, 0, 'organ')).toMatchObject({ committee: 'no', generalBranch: 'no' });
  });

  it('state-enterprise wording: 党委 from 100 (设立); the 条例 sets no 总支 threshold, and before 2019-12-30 it is not in force', () => {
    const r = ask(100, 0, 'state_enterprise');
    expect(r.committee).toBe('shall');
    expect(r.generalBranch).toBeNull();
    expect(r.explanation?.rules.find((x) => x.rule === 'party.generalBranch')?.text.zh).toContain(
      '未规定成立党总支的人数条件',
    );
    const early = requiredPartyOrganization(
      { formalPartyMembers: 100, probationaryPartyMembers: 0, unitType: 'state_enterprise' },
      { asOf: '2019-12-29' },
    );
    expect(early.outcome).toBe('undetermined');
    expect(early.missing).toEqual(['parameter:coverage.party.levels.stateEnterprise']);
    expect(early.formation).toBe('standalone');
  });

  it('village wording: "超过50名" excludes 50; "100名以上" includes 100; both 可以', () => {
    expect(ask(50, 0, 'village').generalBranch).toBe('no');
    expect(ask(50, 1, 'village').generalBranch).toBe('may');
    expect(ask(100, 0, 'village').committee).toBe('may');
    expect(ask(100, 0, 'village').generalBranch).toBe('may');
  });

  it('without the probationary count: undetermined unless the formal count decides it', () => {
    const r = ask(96);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['probationaryPartyMembers']);
    expect([r.generalBranch, r.committee, r.partyMembers]).toEqual([null, null, null]);
    expect(r.formation).toBe('standalone');
    // 120 formal members are 100 以上 whatever the rest, and past the 50–100 range.
    expect(ask(120)).toMatchObject({ outcome: 'computed', committee: 'may', generalBranch: 'no' });
    expect(ask(10)).toMatchObject({ outcome: 'undetermined', committee: null, generalBranch: null });
  });
});

describe('requiredPartyOrganization: one contract', () => {
  it('an organization record from /entities passes as it is', () => {
    const org = parseOrganization({
      id: 'o1',
      name: '某科技公司',
      kind: '非公有制企业',
      divisionCode: '320803001',
      formalPartyMembers: 48,
      probationaryPartyMembers: 4,
    });
    expect(requiredPartyOrganization(org, { asOf }).generalBranch).toBe('may');
  });

  it('refuses bad input with a PolicyError, never a TypeError; a bare number (0.1.0) is refused: both counts are needed', () => {
    expect(code(() => requiredPartyOrganization(7, { asOf }))).toBe('invalid_type');
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: -1 }, { asOf }))).toBe('out_of_range');
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: 2.5 }, { asOf }))).toBe('invalid_type');
    expect(code(() => requiredPartyOrganization({}, { asOf }))).toBe('required');
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: 3, unitType: 'factory' }, { asOf }))).toBe(
      'unknown_enum_value',
    );
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: 3 }, { asOf: '2018-02-30' }))).toBe(
      'invalid_date',
    );
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: 3 }, { asof: asOf } as never))).toBe(
      'unknown_option',
    );
    expect(code(() => requiredPartyOrganization({ formalPartyMembers: 3 }, { asOf, profile: 'huaian-coverage' }))).toBe(
      'unknown_profile',
    );
  });

  it('reads its thresholds from the profile, so a host can override them', () => {
    const p = withOverrides(coverageProfiles.get('huaian'), { 'coverage.party.branch.formalMembersMin': 5 });
    expect(requiredPartyOrganization({ formalPartyMembers: 4 }, { asOf, profile: p }).formation).toBe('joint');
    expect(requiredPartyOrganization({ formalPartyMembers: 4 }, { asOf }).formation).toBe('standalone');
    const bad = withOverrides(coverageProfiles.get('huaian'), {
      'coverage.party.levels.twoNew': { set: { committee: 100 } },
    });
    expect(
      code(() =>
        requiredPartyOrganization({ formalPartyMembers: 4, probationaryPartyMembers: 0 }, { asOf, profile: bad }),
      ),
    ).toBe('invalid_parameter_table');
  });

  it('renders with the one renderer, entirely in one language', () => {
    const r = ask(48, 4);
    const zh = explain(r);
    expect(zh).toContain('“党员50人以上、100人以下的，可以成立党的总支部委员会”，可以成立党总支');
    expect(zh).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(explain(r, { lang: 'en' })).toContain('52 party members (formal and probationary)');
  });
});
