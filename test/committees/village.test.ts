// checkVillageCommittee: 村委会组织法 第六条 (3–7 members, a woman, the smaller ethnic groups), 第七条 (subcommittees),
// 第十一条 (a five-year term; three before 2018-12-29), 第三十二条 (village affairs supervision).
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { checkVillageCommittee, committeeProfiles } from '../../src/committees/index.js';
import { refusal, VILLAGE } from './support.js';

const asOf = '2025-12-31';
const finding = (input: object, rule: string, when = asOf) =>
  checkVillageCommittee({ ...VILLAGE, ...input }, { asOf: when }).findings.find((f) => f.rule === rule)!;

describe('size: 主任、副主任和委员共三至七人 (第六条第一款)', () => {
  it.each([
    [2, 'fail', '成员2人，少于3人（应为3至7人）'],
    [3, 'pass', '成员3人，在3至7人之间'],
    [7, 'pass', '成员7人，在3至7人之间'],
    [8, 'fail', '成员8人，多于7人（应为3至7人）'],
  ])('%i members: %s', (n, outcome, zh) => {
    const f = finding({ memberCount: n, womenMembers: 1 }, 'committee.size');
    expect(f).toMatchObject({ outcome, zh, citation: { key: 'U27', article: '第六条第一款' } });
  });
  it('the whole committee fails with one failing check, and the summary names it', () => {
    const r = checkVillageCommittee({ ...VILLAGE, memberCount: 8 }, { asOf });
    expect(r.outcome).toBe('fail');
    expect(r.explanation?.summary.zh).toBe('村民委员会：不符合「成员人数」');
  });
  it('a committee that meets every check passes', () => {
    const r = checkVillageCommittee(VILLAGE, { asOf });
    expect(r.outcome).toBe('pass');
    expect(r.findings.map((f) => f.rule)).toEqual([
      'committee.size',
      'committee.women',
      'committee.ethnic',
      'committee.term',
      'committee.subcommittees',
      'village.supervisoryBody',
      'village.supervisoryIndependence',
      'village.supervisoryExpertise',
    ]);
    expect(r).toMatchObject({
      kind: 'village-committee-check',
      committeeKind: 'villagers_committee',
      id: 'c1',
      divisionCode: '320803101201',
      missing: [],
    });
  });
});

describe('women and the smaller ethnic groups (第六条第二款)', () => {
  it('no woman member fails; one passes', () => {
    expect(finding({ womenMembers: 0 }, 'committee.women')).toMatchObject({
      outcome: 'fail',
      zh: '妇女成员0人，少于1人（成员中应当有妇女成员）',
    });
    expect(finding({ womenMembers: 1 }, 'committee.women').outcome).toBe('pass');
  });
  it('the ethnic rule applies only where several groups live', () => {
    expect(finding({ multiEthnic: false }, 'committee.ethnic').outcome).toBe('not_applicable');
    expect(finding({ multiEthnic: true, smallerEthnicMembers: 0 }, 'committee.ethnic').outcome).toBe('fail');
    expect(finding({ multiEthnic: true, smallerEthnicMembers: 1 }, 'committee.ethnic').outcome).toBe('pass');
  });
  it('multi-ethnic without the count is undetermined, naming the field', () => {
    const r = checkVillageCommittee({ ...VILLAGE, multiEthnic: true }, { asOf });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['smallerEthnicMembers']);
    expect(r.findings.find((f) => f.rule === 'committee.ethnic')?.zh).toBe(
      '缺少「人数较少的民族的成员人数」，无法判定',
    );
  });
});

describe('term: 每届任期五年 (第十一条第二款)', () => {
  it('a term from 2021-01-15 ends on 2026-01-15 (the corresponding day): in term that day, past it the next', () => {
    expect(finding({}, 'committee.term', '2026-01-15')).toMatchObject({
      outcome: 'pass',
      zh: '本届委员会2021-01-15产生，每届任期5年，至2026-01-15届满，查询日在任期内',
    });
    expect(finding({}, 'committee.term', '2026-01-16')).toMatchObject({
      outcome: 'fail',
      zh: '本届委员会2021-01-15产生，每届任期5年，已于2026-01-15届满，尚未换届',
    });
  });
  it('a term does not move for a rest day: from 2021-01-17 it ends on Saturday 2026-01-17, not the Monday after', () => {
    // 2026-01-17 is a Saturday; a term from 2021-01-17 ends that day, not on Monday.
    expect(finding({ termStartedOn: '2021-01-17' }, 'committee.term', '2026-01-18').outcome).toBe('fail');
  });
  it('a term begun before 2018-12-29 was three years (the length in force when it began), with its date unknown', () => {
    const r = checkVillageCommittee({ ...VILLAGE, termStartedOn: '2017-06-01' }, { asOf: '2020-05-31' });
    expect(r.findings.find((f) => f.rule === 'committee.term')).toMatchObject({
      outcome: 'pass',
      zh: '本届委员会2017-06-01产生，每届任期3年，至2020-06-01届满，查询日在任期内',
    });
    expect(r.warnings.map((w) => w.code)).toContain('date_unknown');
    expect(r.explanation?.parameters.find((p) => p.id === 'selfgov.villageTermYears')?.source.key).toBe('U30');
  });
  it('a committee constituted after the date asked about: not applicable', () => {
    expect(finding({ termStartedOn: '2026-02-01' }, 'committee.term').outcome).toBe('not_applicable');
  });
  it('no date: undetermined, missing termStartedOn', () => {
    const { termStartedOn: _, ...rest } = VILLAGE;
    const r = checkVillageCommittee(rest, { asOf });
    expect(r).toMatchObject({ outcome: 'undetermined', missing: ['termStartedOn'] });
  });
});

describe('subcommittees (第七条)', () => {
  it('the three the law names pass; one missing fails, naming it', () => {
    expect(finding({ subcommittees: ['人民调解', '治安保卫'] }, 'committee.subcommittees')).toMatchObject({
      outcome: 'fail',
      zh: '未设「公共卫生与计划生育委员会」，也未说明由成员分工负责',
    });
  });
  it('a 公共卫生委员会 is not the 公共卫生与计划生育委员会 the law names', () => {
    expect(finding({ subcommittees: ['人民调解', '治安保卫', '公共卫生'] }, 'committee.subcommittees').outcome).toBe(
      'fail',
    );
  });
  it('a small village whose members share the duties passes (人口少的村可以不设)', () => {
    const { subcommittees: _, ...rest } = VILLAGE;
    const r = checkVillageCommittee({ ...rest, subcommitteeDutiesAssigned: true }, { asOf });
    expect(r.findings.find((f) => f.rule === 'committee.subcommittees')?.outcome).toBe('pass');
  });
  it('the provisional reading is warned; a host that reads "根据需要" as optional turns the check off', () => {
    expect(
      checkVillageCommittee(VILLAGE, { asOf })
        .warnings.map((w) => w.zh)
        .join(),
    ).toContain('下属委员会按标准化要求设立');
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.subcommitteesExpected': false });
    const r = checkVillageCommittee({ ...VILLAGE, subcommittees: [] }, { asOf, profile });
    expect(r.findings.find((f) => f.rule === 'committee.subcommittees')?.outcome).toBe('not_applicable');
  });
});

describe('supervision (第三十二条)', () => {
  it('no supervisory committee fails; its members’ checks do not apply', () => {
    const r = checkVillageCommittee(
      {
        ...VILLAGE,
        supervisoryBody: false,
        supervisoryMembers: undefined,
        supervisoryRelatedMembers: undefined,
        supervisoryExpertMembers: undefined,
      },
      { asOf },
    );
    expect(r.findings.slice(5).map((f) => f.outcome)).toEqual(['fail', 'not_applicable', 'not_applicable']);
  });
  it('a committee member or near relative on it fails', () => {
    expect(finding({ supervisoryRelatedMembers: 1 }, 'village.supervisoryIndependence')).toMatchObject({
      outcome: 'fail',
      zh: '村务监督机构成员中有村民委员会成员或其近亲属1人（不得担任）',
    });
  });
  it('nobody with accounting or management knowledge fails', () => {
    expect(finding({ supervisoryExpertMembers: 0 }, 'village.supervisoryExpertise').outcome).toBe('fail');
  });
});

describe('kinds', () => {
  it('a residents’ committee is refused, by its kind or by its code', () => {
    expect(refusal(() => checkVillageCommittee({ kind: '居委会' }, { asOf })).code).toBe('wrong_kind');
    const e = refusal(() => checkVillageCommittee({ divisionCode: '320803001001' }, { asOf }));
    expect(e).toMatchObject({ code: 'wrong_kind', path: ['divisionCode'] });
    expect(e.zh).toBe('此项核查适用于村民委员会，输入为居民委员会');
  });
});
