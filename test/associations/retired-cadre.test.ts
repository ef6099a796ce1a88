// 中组发〔2014〕11号 (retired leading cadres in association posts) and the 3-year window of the 民政部 2015 办法,
// counted per 民法典 arts. 201–202 (the 3rd anniversary is still inside).
import { describe, expect, it } from 'vitest';
import {
  associationProfiles,
  indexRegistry,
  reviewCandidate,
  type AssociationRole,
} from '../../src/associations/index.js';
import { withOverrides } from '../../src/core/index.js';
import { ASSOCIATION, ELECTION, RETIRED, findingOf } from './fixtures.js';

const review = (
  patch: Record<string, unknown> = {},
  role: AssociationRole = 'president',
  extra: Record<string, unknown> = {},
) => reviewCandidate({ ...RETIRED, ...patch }, { role, association: ASSOCIATION, electionDate: ELECTION, ...extra });

describe('a retired leading cadre meeting every rule', () => {
  it('passes the approval rule and each rule of 中组发〔2014〕11号, each citing it', () => {
    const r = review();
    expect(r.outcome).toBe('pass');
    const rules = ['retiredCadre.onePost', 'retiredCadre.unpaid', 'retiredCadre.terms', 'retiredCadre.age'];
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['status.retiredCadre', ...rules]));
    for (const id of rules) expect(findingOf(r, id).source.key).toBe('P-2014');
    expect(findingOf(r, 'status.retiredCadre').source.key).toBe('S15');
  });

  it('these rules say nothing about someone who is not a retired cadre', () => {
    const r = review({
      retiredCadre: false,
      retirementDate: undefined,
      cadreApproval: undefined,
      remunerated: undefined,
    });
    expect(r.findings.filter((f) => f.rule.startsWith('retiredCadre.'))).toEqual([]);
    expect(findingOf(r, 'status.retiredCadre').text.zh).toBe('不是退（离）休领导干部');
  });
});

describe('"退休后三年内": the 3rd anniversary is inside (民法典 201–202)', () => {
  const retiredOn = (retirementDate: string, cadreApproval: unknown, electionDate = ELECTION) =>
    findingOf(
      reviewCandidate(
        { ...RETIRED, retirementDate, cadreApproval },
        { role: 'president', association: ASSOCIATION, electionDate },
      ),
      'status.retiredCadre',
    );
  const filing = { kind: 'filing', date: '2026-04-01' };
  const approval = { kind: 'approval', date: '2026-04-01' };

  it('on the 3rd anniversary itself the period still runs: only an approval will do', () => {
    const f = retiredOn('2023-05-20', filing);
    expect(f.inputs.within).toBe(true);
    expect(f.inputs.periodLastDay).toBe('2026-05-20');
    expect(f.outcome).toBe('fail');
    expect(f.text.zh).toBe('退休后 3 年内（至 2026-05-20），须经审批，仅有备案');
    expect(retiredOn('2023-05-20', approval).outcome).toBe('pass');
  });

  it('from the day after the anniversary, an approval or a filing', () => {
    const f = retiredOn('2023-05-19', filing);
    expect(f.inputs.within).toBe(false);
    expect(f.outcome).toBe('pass');
    expect(retiredOn('2023-05-19', undefined).outcome).toBe('fail');
  });

  it('retired on 29 February: the anniversary in a common year is 28 February (art. 202: the month’s last day)', () => {
    expect(retiredOn('2020-02-29', { kind: 'filing', date: '2023-02-01' }, '2023-02-28').inputs.within).toBe(true);
    expect(retiredOn('2020-02-29', { kind: 'filing', date: '2023-02-01' }, '2023-03-01').inputs.within).toBe(false);
  });

  it('an approval dated after the election does not count', () => {
    const f = retiredOn('2020-01-01', { kind: 'approval', date: '2026-05-21' });
    expect(f.outcome).toBe('fail');
    expect(f.text.en).toContain('dated after the election');
  });

  it('the convention is a parameter: the explanation cites 民法典 201–202, undated in the sources table', () => {
    const r = reviewCandidate(
      { ...RETIRED, retirementDate: '2023-05-20', cadreApproval: approval },
      { role: 'president', association: ASSOCIATION, electionDate: ELECTION },
    );
    const p = r.explanation!.parameters.find((x) => x.id === 'associations.periodCounting');
    expect(p?.source.article).toBe('第二百零一条、第二百零二条');
    expect(p?.effectiveFrom).toBeNull();
    expect(r.warnings.some((w) => w.code === 'date_unknown' && w.zh.includes('期间计算方法'))).toBe(true);
  });

  it('a host may count the old way (the anniversary outside) by declaring another convention', () => {
    const profile = withOverrides(associationProfiles.get('national-2015'), {
      'associations.periodCounting': {
        set: {
          id: 'start-day-counted',
          label: { zh: '起算日计入', en: 'Start day counted' },
          startDayExcluded: false,
          rollOver: 'none',
          articles: { start: 'host', monthEnd: 'civil-code-202' },
        },
      },
    });
    const f = findingOf(
      reviewCandidate(
        { ...RETIRED, retirementDate: '2023-05-20', cadreApproval: filing },
        { role: 'president', association: ASSOCIATION, electionDate: ELECTION, profile },
      ),
      'status.retiredCadre',
    );
    expect(f.inputs.within).toBe(false);
    expect(f.outcome).toBe('pass');
  });
});

describe('中组发〔2014〕11号', () => {
  it('one association post only ("本人又无其他兼职"): a second post fails, declared or registered', () => {
    const declared = findingOf(
      review({ associationPosts: [{ associationId: 'B7', role: 'vice_president' }] }),
      'retiredCadre.onePost',
    );
    expect(declared.outcome).toBe('fail');
    expect(declared.text.zh).toContain('B7（副理事长（副会长））');
    const registry = indexRegistry([{ personId: 'p1', associationId: 'B9', role: 'vice_president' }]);
    const registered = review({ associationPosts: undefined }, 'president', { registry });
    expect(findingOf(registered, 'retiredCadre.onePost').outcome).toBe('fail');
    // A post in this association is the post under review, not a second one.
    expect(
      findingOf(review({ associationPosts: [{ associationId: 'A1', role: 'vice_president' }] }), 'retiredCadre.onePost')
        .outcome,
    ).toBe('pass');
    expect(findingOf(review({ associationPosts: undefined }), 'retiredCadre.onePost').missing).toEqual([
      'associationPosts',
    ]);
  });

  it('not legal representative unless a special-need approval is recorded', () => {
    expect(
      findingOf(review({ specialNeedApproval: false }, 'legal_representative'), 'retiredCadre.legalRepresentative')
        .outcome,
    ).toBe('fail');
    expect(
      findingOf(review({ specialNeedApproval: true }, 'legal_representative'), 'retiredCadre.legalRepresentative')
        .outcome,
    ).toBe('pass');
    const unknown = findingOf(review({}, 'legal_representative'), 'retiredCadre.legalRepresentative');
    expect(unknown.outcome).toBe('undetermined');
    expect(unknown.missing).toEqual(['specialNeedApproval']);
    expect(review({}, 'president').findings.map((f) => f.rule)).not.toContain('retiredCadre.legalRepresentative');
  });

  it('unpaid: pay fails; not knowing is undetermined', () => {
    expect(findingOf(review({ remunerated: true }), 'retiredCadre.unpaid').outcome).toBe('fail');
    const unknown = review({ remunerated: undefined });
    expect(findingOf(unknown, 'retiredCadre.unpaid').outcome).toBe('undetermined');
    expect(unknown.outcome).toBe('undetermined');
    expect(unknown.missing).toEqual(['remunerated']);
  });

  it('at most two terms, with no extension', () => {
    const third = findingOf(
      review({
        priorTerms: 2,
        termExtension: { vote2of3: true, registrationApproval: true },
        previousElectionDate: '2021-05-20',
        cadreApproval: { kind: 'approval', date: '2026-04-01' },
      }),
      'retiredCadre.terms',
    );
    expect(third.outcome).toBe('fail');
    expect(third.text.zh).toContain('不适用延长任期');
  });

  it('a renewal needs an approval or filing made after the previous election', () => {
    const renewed = findingOf(
      review({
        priorTerms: 1,
        previousElectionDate: '2021-05-20',
        cadreApproval: { kind: 'filing', date: '2026-04-01' },
      }),
      'retiredCadre.terms',
    );
    expect(renewed.outcome).toBe('pass');
    expect(renewed.text.zh).toContain('重新审批或备案');
    const stale = findingOf(
      review({
        priorTerms: 1,
        previousElectionDate: '2021-05-20',
        cadreApproval: { kind: 'filing', date: '2021-04-01' },
      }),
      'retiredCadre.terms',
    );
    expect(stale.outcome).toBe('fail');
    expect(findingOf(review({ priorTerms: 1 }), 'retiredCadre.terms').missing).toEqual(['previousElectionDate']);
  });

  it('age limit 70, read as the leaders’ limit is read (the 71st birthday by default)', () => {
    expect(findingOf(review({ birthDate: '1955-05-21' }), 'retiredCadre.age').outcome).toBe('pass');
    expect(findingOf(review({ birthDate: '1955-05-20' }), 'retiredCadre.age').outcome).toBe('fail');
    const profile = withOverrides(associationProfiles.get('national-2015'), {
      'associations.age.failFrom': 'limit-birthday',
    });
    expect(findingOf(review({ birthDate: '1956-05-20' }, 'president', { profile }), 'retiredCadre.age').outcome).toBe(
      'fail',
    );
  });

  it('state-organ staff who are not civil servants are barred too', () => {
    expect(findingOf(review({ civilServant: 'state_organ_staff' }), 'status.civilServant').outcome).toBe('fail');
  });

  it('the notice applies from 2014-06-25; before it, its rules are undetermined', () => {
    const r = reviewCandidate(
      { ...RETIRED, cadreApproval: undefined, retirementDate: '2010-01-01', reviewDate: '2014-06-01' },
      { role: 'president', association: ASSOCIATION, electionDate: '2014-06-24' },
    );
    expect(findingOf(r, 'retiredCadre.onePost').missing).toEqual(['parameter:associations.retiredCadre.maxPosts']);
  });
});
