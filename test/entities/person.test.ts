import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePerson, safeParsePerson } from '../../src/entities/index.js';
import { residentIdCheckChar } from '../../src/validators/index.js';
import { valid } from './fixtures.js';

const idArb = fc
  .record({
    region: fc.stringMatching(/^[1-8]\d{5}$/),
    date: fc
      .tuple(fc.integer({ min: 1920, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, date, seq }) => {
    const first17 = `${region}${date}${String(seq).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17);
  });

describe('person', () => {
  it('masks the resident ID and fills birth date and sex from it', () => {
    const p = parsePerson(valid.person);
    expect(p.residentId).toBe('110105********002X');
    expect(p.birthDate).toBe('1949-12-31');
    expect(p.sex).toBe('female');
    expect(JSON.stringify(p)).not.toContain('19491231');
    expect(parsePerson({ ...valid.person, residentId: '11010519491231002x' }).residentId).toBe('110105********002X');
  });

  it('keeps given birth date and sex when they agree, and works without an ID', () => {
    expect(parsePerson({ ...valid.person, birthDate: '1949-12-31', sex: 'female' }).sex).toBe('female');
    const { residentId: _, ...noId } = valid.person;
    const p = parsePerson({ ...noId, birthDate: '1980-02-29' });
    expect(p).toEqual({ ...noId, birthDate: '1980-02-29' });
    expect(p.residentId).toBeUndefined();
  });

  it('requires the new-employment occupation for the role, and accepts it', () => {
    const rider = {
      id: 'r1',
      name: '李四',
      roles: ['new_employment_worker', 'volunteer'],
      newEmploymentKind: 'delivery_rider',
    };
    expect(parsePerson(rider).newEmploymentKind).toBe('delivery_rider');
  });

  it('a community worker: post, education, start of service, certificate and assessments, Chinese names accepted', () => {
    const w = parsePerson({
      id: 'w2',
      name: '赵六',
      roles: ['社区工作者'],
      post: '其他工作人员',
      education: '硕士',
      serviceStart: '2018-09-01',
      certificate: { level: '助理社会工作师', obtained: '2019-06-30' },
      assessments: { '2023': '优秀', '2024': '基本合格' },
    });
    expect(w).toMatchObject({
      roles: ['community_worker'],
      post: 'staff',
      education: 'master',
      certificate: { level: 'assistant', obtained: '2019-06-30' },
      assessments: { '2023': 'excellent', '2024': 'basic_pass' },
    });
  });

  it('a post history: in order of start date, ending with the current post, Chinese post names accepted', () => {
    const p = parsePerson({
      ...valid.person,
      postHistory: [
        { post: '其他工作人员', from: '2015-03-01' },
        { post: '副职', from: '2018-01-01' },
        { post: '正职', from: '2021-01-01' },
      ],
    });
    expect(p.postHistory).toEqual([
      { post: 'staff', from: '2015-03-01' },
      { post: 'deputy', from: '2018-01-01' },
      { post: 'principal', from: '2021-01-01' },
    ]);
    expect(p.educationObtained).toBe('2012-07-01');
    const unordered = safeParsePerson({
      ...valid.person,
      postHistory: [
        { post: 'staff', from: '2018-01-01' },
        { post: 'principal', from: '2018-01-01' },
      ],
    });
    expect(!unordered.success && unordered.error.issues.map((i) => [i.code, i.path, i.zh])).toEqual([
      ['inconsistent', ['postHistory', 1, 'from'], '「岗位经历」应按任职起始日期从早到晚排列，且每个日期只出现一次'],
    ]);
    const notCurrent = safeParsePerson({ ...valid.person, postHistory: [{ post: 'staff', from: '2015-03-01' }] });
    expect(!notCurrent.success && notCurrent.error.issues.map((i) => [i.path, i.zh])).toEqual([
      [['postHistory', 0, 'post'], '「岗位经历」的最后一项是「其他社区工作者」，与当前岗位「正职」不符'],
    ]);
    const empty = safeParsePerson({ ...valid.person, postHistory: [] });
    expect(!empty.success && empty.error.code).toBe('item_count');
  });

  it('an association candidate: status, retirement with its filing, posts in other associations', () => {
    const c = parsePerson(valid.candidate);
    expect(c).toMatchObject({
      retiredCadre: true,
      retirementDate: '2020-01-31',
      cadreApproval: { kind: 'filing', date: '2020-03-01' },
      associationPosts: [{ associationId: 'A9', role: 'vice_president' }],
    });
    expect(
      parsePerson({ ...valid.candidate, associationPosts: [{ associationId: 'A9', role: '副会长' }] }).associationPosts,
    ).toEqual([{ associationId: 'A9', role: 'vice_president' }]);
    const { retirementDate: _r, cadreApproval: _a, ...notRetired } = valid.candidate;
    expect(parsePerson({ ...notRetired, retiredCadre: false }).retiredCadre).toBe(false);
  });

  it('property: no error about a person ever contains the unmasked ID', () => {
    fc.assert(
      fc.property(idArb, fc.nat(17), fc.constantFrom('birthDate', 'sex', 'check', 'extra'), (id, pos, how) => {
        const input: Record<string, unknown> = { id: 'x', name: '某', roles: ['volunteer'], residentId: id };
        if (how === 'birthDate') input['birthDate'] = '1900-01-01';
        if (how === 'sex') input['sex'] = Number(id.charAt(16)) % 2 ? 'female' : 'male';
        if (how === 'check')
          input['residentId'] = id.slice(0, pos) + String((Number(id.charAt(pos)) + 1) % 10) + id.slice(pos + 1);
        if (how === 'extra') input['phone'] = '1';
        const r = safeParsePerson(input);
        if (r.success) return how === 'birthDate' && id.slice(6, 14) === '19000101';
        const text = JSON.stringify(r.error) + r.error.message;
        return !text.includes(String(input['residentId']).slice(6, 14));
      }),
      { numRuns: 500 },
    );
  });
});
