import { describe, expect, it } from 'vitest';
import { formatExplanation, withOverrides } from '../../src/core/index.js';
import { nationalAssociationProfile, reviewCandidate, type Role } from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, OK, candidate, findingOf, without } from './fixtures.js';

const review = (c: unknown, role: Role = 'president', extra: Record<string, unknown> = {}) =>
  reviewCandidate(c, { role, association: ASSOCIATION, electionDate: ELECTION, ...extra });

describe('a complete, eligible candidate', () => {
  it('passes every rule, and each finding names its reason and source', () => {
    const r = review(OK);
    expect(r.outcome).toBe('pass');
    expect(r.missing).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toEqual([
      'eligibility.age',
      'term.length',
      'term.consecutive',
      'posts.exclusive',
      'status.civilServant',
      'status.retiredCadre',
      'eligibility.politicalRights',
      'eligibility.civilCapacity',
      'procedure.reviewBeforeElection',
    ]);
    for (const f of r.findings) {
      expect(f.zh.length).toBeGreaterThan(0);
      expect(f.en.length).toBeGreaterThan(0);
      expect(f.citation.title.length).toBeGreaterThan(0);
      expect(f.citation.key).toMatch(/^(S|T)\d+/);
    }
    expect(findingOf(r, 'eligibility.politicalRights').citation.article).toContain('第十三条第（三）项');
  });

  it('explains the rules applied and every parameter read, once each, with sources', () => {
    const r = review(OK);
    const ids = r.explanation.parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('associations.age.limit');
    expect(ids).toContain('associations.term.extension');
    expect(r.explanation.rules).toHaveLength(r.findings.length);
    expect(r.explanation.asOf).toBe(ELECTION);
    expect(formatExplanation(r.explanation, 'en')).toContain('associations.age.limit = 70');
    expect(review(OK, 'president', { asOf: '2026-04-01' }).explanation.asOf).toBe('2026-04-01');
  });

  it('applies the legal-representative rule to a legal representative instead of posts.exclusive', () => {
    const rules = review(OK, 'legal_representative').findings.map((f) => f.rule);
    expect(rules).toContain('posts.legalRepresentative');
    expect(rules).not.toContain('posts.exclusive');
    expect(review(OK, 'vice_president').findings.map((f) => f.rule)).not.toContain('posts.exclusive');
    expect(review(OK, 'secretary_general').findings.map((f) => f.rule)).toContain('posts.exclusive');
  });
});

describe('term rules', () => {
  it('term.length: at most 5 years per term', () => {
    const at = (termYears: number) => findingOf(reviewCandidate(OK, { role: 'president', association: { id: 'A1', termYears }, electionDate: ELECTION }), 'term.length').outcome;
    expect(at(5)).toBe('pass');
    expect(at(6)).toBe('fail');
    expect(at(1)).toBe('pass');
  });

  it('term.consecutive: a 2nd consecutive term passes, a 3rd fails without a recorded extension', () => {
    expect(findingOf(review(candidate({ priorTerms: 1 })), 'term.consecutive').outcome).toBe('pass');
    const third = findingOf(review(candidate({ priorTerms: 2 })), 'term.consecutive');
    expect(third.outcome).toBe('fail');
    expect(third.en).toContain('no extension is recorded');
  });

  it('a 3rd term passes with a recorded extension, and the finding says so and cites it', () => {
    const f = findingOf(review(candidate({ priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: true } })), 'term.consecutive');
    expect(f.outcome).toBe('pass');
    expect(f.zh).toContain('2/3');
    expect(f.en).toContain('exceeds the limit of 2');
    expect(f.citation.key).toBe('S17');
  });

  it('a half-recorded extension fails and says what is lacking', () => {
    const noApproval = findingOf(review(candidate({ priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: false } })), 'term.consecutive');
    expect(noApproval.outcome).toBe('fail');
    expect(noApproval.en).toContain('no registration authority approval');
    const noVote = findingOf(review(candidate({ priorTerms: 2, termExtension: { vote2of3: false, registrationApproval: true } })), 'term.consecutive');
    expect(noVote.en).toContain('no 2/3 vote');
  });

  it('a hired secretary-general has no term limit (T9); an elected one does', () => {
    const hired = findingOf(review(candidate({ priorTerms: 5, appointment: 'hired' }), 'secretary_general'), 'term.consecutive');
    expect(hired.outcome).toBe('pass');
    expect(hired.citation.key).toBe('T9');
    expect(findingOf(review(candidate({ priorTerms: 2, appointment: 'elected' }), 'secretary_general'), 'term.consecutive').outcome).toBe('fail');
    // "hired" means nothing for a president.
    expect(findingOf(review(candidate({ priorTerms: 2, appointment: 'hired' }), 'president'), 'term.consecutive').outcome).toBe('fail');
  });

  it('a secretary-general over the limit with no appointment recorded is undetermined', () => {
    const f = findingOf(review(candidate({ priorTerms: 2 }), 'secretary_general'), 'term.consecutive');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['appointment']);
    expect(findingOf(review(candidate({ priorTerms: 1 }), 'secretary_general'), 'term.consecutive').outcome).toBe('pass');
  });
});

describe('posts in other 社会团体', () => {
  it('posts.exclusive: president or secretary-general elsewhere fails; other posts do not', () => {
    const f = findingOf(review(candidate({ otherPosts: [{ association: 'B7', role: 'secretary_general' }] })), 'posts.exclusive');
    expect(f.outcome).toBe('fail');
    expect(f.zh).toContain('B7');
    expect(findingOf(review(candidate({ otherPosts: [{ association: 'B7', role: 'vice_president' }] })), 'posts.exclusive').outcome).toBe('pass');
    // The same association is not "another" one.
    expect(findingOf(review(candidate({ otherPosts: [{ association: 'A1', role: 'president' }] })), 'posts.exclusive').outcome).toBe('pass');
  });

  it('posts.legalRepresentative (条例 art. 12 ¶3): legal representative elsewhere fails', () => {
    const f = findingOf(review(candidate({ otherPosts: [{ association: 'B7', role: 'legal_representative' }] }), 'legal_representative'), 'posts.legalRepresentative');
    expect(f.outcome).toBe('fail');
    expect(f.citation.article).toContain('第十二条第三款');
    expect(findingOf(review(candidate({ otherPosts: [{ association: 'B7', role: 'president' }] }), 'legal_representative'), 'posts.legalRepresentative').outcome).toBe('pass');
  });
});

describe('status rules', () => {
  it('status.civilServant: serving, or left a post without retiring, fails', () => {
    expect(findingOf(review(candidate({ civilServant: 'serving' })), 'status.civilServant').outcome).toBe('fail');
    expect(findingOf(review(candidate({ civilServant: 'left_post_not_retired' })), 'status.civilServant').outcome).toBe('fail');
    expect(findingOf(review(candidate({ civilServant: 'none' })), 'status.civilServant').outcome).toBe('pass');
  });

  describe('status.retiredCadre: the 3-year period ends on the 3rd anniversary of retirement', () => {
    const retired = (retirementDate: string, approval?: { type: 'approval' | 'filing'; date: string }, electionDate = ELECTION) =>
      findingOf(
        reviewCandidate(candidate({ retiredCadre: approval === undefined ? { retirementDate } : { retirementDate, approval } }), { role: 'president', association: ASSOCIATION, electionDate }),
        'status.retiredCadre',
      );
    const approval = { type: 'approval' as const, date: '2026-01-10' };
    const filing = { type: 'filing' as const, date: '2026-01-10' };

    it('the day before the anniversary is within: only an approval will do', () => {
      // Retired 2023-05-21: 3rd anniversary 2026-05-21, the day after the election.
      expect(retired('2023-05-21').outcome).toBe('fail');
      expect(retired('2023-05-21', filing).outcome).toBe('fail');
      expect(retired('2023-05-21', filing).en).toContain('only a filing is recorded');
      expect(retired('2023-05-21', approval).outcome).toBe('pass');
      expect(retired('2023-05-21').inputs.within).toBe(true);
    });

    it('on the anniversary itself the period is over: approval or filing', () => {
      expect(retired('2023-05-20').inputs.within).toBe(false);
      expect(retired('2023-05-20').outcome).toBe('fail');
      expect(retired('2023-05-20', filing).outcome).toBe('pass');
      expect(retired('2023-05-20', approval).outcome).toBe('pass');
      expect(retired('2023-05-19', filing).outcome).toBe('pass');
    });

    it('retired on 29 February: the anniversary in a common year is 1 March', () => {
      expect(retired('2020-02-29', filing, '2023-02-28').inputs.within).toBe(true);
      expect(retired('2020-02-29', filing, '2023-02-28').outcome).toBe('fail');
      expect(retired('2020-02-29', { type: 'filing', date: '2023-01-01' }, '2023-03-01').outcome).toBe('pass');
      expect(retired('2020-02-29', filing, '2023-03-01').inputs.coolingOffEnds).toBe('2023-03-01');
    });

    it('an approval dated after the election does not count', () => {
      const f = retired('2020-01-01', { type: 'approval', date: '2026-05-21' });
      expect(f.outcome).toBe('fail');
      expect(f.en).toContain('dated after the election');
      expect(retired('2020-01-01', { type: 'approval', date: ELECTION }).outcome).toBe('pass');
    });

    it('not a retired cadre passes', () => {
      expect(findingOf(review(candidate({ retiredCadre: false })), 'status.retiredCadre').outcome).toBe('pass');
    });
  });

  it('art. 13(3): ever deprived of political rights fails; lacking full civil capacity fails', () => {
    expect(findingOf(review(candidate({ politicalRightsDeprived: true })), 'eligibility.politicalRights').outcome).toBe('fail');
    expect(findingOf(review(candidate({ fullCivilCapacity: false })), 'eligibility.civilCapacity').outcome).toBe('fail');
  });
});

describe('procedure', () => {
  it('先审后选: a review dated after the election fails; on the day or before passes', () => {
    expect(findingOf(review(candidate({ reviewDate: '2026-05-21' })), 'procedure.reviewBeforeElection').outcome).toBe('fail');
    expect(findingOf(review(candidate({ reviewDate: ELECTION })), 'procedure.reviewBeforeElection').outcome).toBe('pass');
    expect(findingOf(review(candidate({ reviewDate: '2026-05-19' })), 'procedure.reviewBeforeElection').outcome).toBe('pass');
  });

  it('公示: not run before the election; after it, undetermined until the host sets the period', () => {
    expect(review(OK).findings.map((f) => f.rule)).not.toContain('procedure.publicNotice');
    const post = review(candidate({ publicNotice: { from: '2026-05-21', to: '2026-05-27' } }), 'president', { phase: 'post-election' });
    const f = findingOf(post, 'procedure.publicNotice');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['parameter:associations.procedure.publicNoticeDays']);
    expect(f.citation.title).toContain('NOT FOUND');
    expect(post.outcome).toBe('undetermined');
  });

  it('公示 with a host-set period counts calendar days inclusive', () => {
    const profile = withOverrides(nationalAssociationProfile, { 'associations.procedure.publicNoticeDays': 5 });
    const notice = (to: string) =>
      findingOf(review(candidate({ publicNotice: { from: '2026-05-21', to } }), 'president', { phase: 'post-election', profile }), 'procedure.publicNotice');
    expect(notice('2026-05-25').outcome).toBe('pass');
    expect(notice('2026-05-25').inputs.days).toBe(5);
    expect(notice('2026-05-24').outcome).toBe('fail');
    expect(findingOf(review(OK, 'president', { phase: 'post-election', profile }), 'procedure.publicNotice').missing).toEqual(['publicNotice']);
  });
});

describe('undetermined: every missing input is named, never a pass', () => {
  it.each([
    ['birthDate', 'eligibility.age'],
    ['priorTerms', 'term.consecutive'],
    ['otherPosts', 'posts.exclusive'],
    ['civilServant', 'status.civilServant'],
    ['retiredCadre', 'status.retiredCadre'],
    ['politicalRightsDeprived', 'eligibility.politicalRights'],
    ['fullCivilCapacity', 'eligibility.civilCapacity'],
    ['reviewDate', 'procedure.reviewBeforeElection'],
  ] as const)('without %s, %s is undetermined', (field, rule) => {
    const r = review(without(field));
    const f = findingOf(r, rule);
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual([field]);
    expect(f.en).toContain(field);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual([field]);
    expect(r.findings.filter((x) => x.outcome !== 'pass')).toHaveLength(1);
  });

  it('without the association term, term.length is undetermined', () => {
    const r = reviewCandidate(OK, { role: 'president', association: { id: 'A1' }, electionDate: ELECTION });
    expect(findingOf(r, 'term.length').missing).toEqual(['association.termYears']);
    expect(r.outcome).toBe('undetermined');
  });

  it('without otherPosts, the legal-representative rule is undetermined', () => {
    expect(findingOf(review(without('otherPosts'), 'legal_representative'), 'posts.legalRepresentative').missing).toEqual(['otherPosts']);
  });

  it('an empty candidate lists every missing input once', () => {
    const r = review({});
    expect(r.outcome).toBe('undetermined');
    // Only the association-level term rule can be decided.
    expect(r.findings.filter((f) => f.outcome !== 'undetermined').map((f) => f.rule)).toEqual(['term.length']);
    expect(r.missing).toEqual(['birthDate', 'priorTerms', 'otherPosts', 'civilServant', 'retiredCadre', 'politicalRightsDeprived', 'fullCivilCapacity', 'reviewDate']);
  });

  it('fail beats undetermined overall', () => {
    const r = review({ ...without('birthDate'), civilServant: 'serving' });
    expect(r.outcome).toBe('fail');
    expect(r.missing).toEqual(['birthDate']);
  });

  it('the birth date is read from the resident ID when not given', () => {
    const r = review({ ...without('birthDate'), residentId: '32080219560520123X' });
    expect(findingOf(r, 'eligibility.age').inputs.age).toBe(70);
    expect(r.outcome).toBe('pass');
  });

  it('a party secretary has no encoded criteria: undetermined, asking for host rules', () => {
    const r = review(OK, 'party_secretary');
    expect(r.findings.map((f) => f.rule)).toEqual(['procedure.reviewBeforeElection', 'criteria.none']);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['rules']);
    expect(findingOf(r, 'criteria.none').citation.key).toBe('S12');
  });

  it('an election before the national rules were in force: rules undetermined, naming the parameter', () => {
    const r = reviewCandidate(OK, { role: 'president', association: ASSOCIATION, electionDate: '2015-09-06' });
    expect(r.outcome).toBe('undetermined');
    expect(findingOf(r, 'eligibility.age').missing).toEqual(['parameter:associations.age.limit']);
    expect(findingOf(r, 'posts.exclusive').missing).toEqual(['parameter:associations.posts.exclusiveRoles']);
    // The 1998 条例 text already barred deprivation of political rights.
    expect(findingOf(r, 'eligibility.politicalRights').outcome).toBe('pass');
    expect(findingOf(r, 'eligibility.politicalRights').citation.key).toBe('S18');
  });
});

describe('profiles as data', () => {
  it('a host profile can change a value, and results cite the override', () => {
    const profile = withOverrides(nationalAssociationProfile, { 'associations.age.limit': 65 });
    const r = reviewCandidate(candidate({ birthDate: '1960-05-20' }), { role: 'president', association: ASSOCIATION, electionDate: ELECTION, profile });
    expect(findingOf(r, 'eligibility.age').outcome).toBe('fail');
    expect(r.explanation.parameters.find((p) => p.id === 'associations.age.limit')?.override).toBe(true);
  });

  it('a switch set to false removes the rule', () => {
    const profile = withOverrides(nationalAssociationProfile, { 'associations.legalRepresentative.exclusive': false });
    const r = reviewCandidate(candidate({ otherPosts: [{ association: 'B7', role: 'legal_representative' }] }), { role: 'legal_representative', association: ASSOCIATION, electionDate: ELECTION, profile });
    expect(r.findings.map((f) => f.rule)).not.toContain('posts.legalRepresentative');
    expect(r.outcome).toBe('pass');
  });

  it('a provisional value carries a warning', () => {
    const profile = withOverrides(nationalAssociationProfile, { 'associations.procedure.publicNoticeDays': { set: 7, provisional: true } });
    const r = review(candidate({ publicNotice: { from: '2026-05-21', to: '2026-05-27' } }), 'president', { phase: 'post-election', profile });
    expect(findingOf(r, 'procedure.publicNotice').outcome).toBe('pass');
    expect(r.warnings.map((w) => w.code)).toContain('provisional_parameter');
    expect(r.explanation.warnings.map((w) => w.code)).toContain('provisional_parameter');
  });
});

describe('personal IDs appear only masked', () => {
  it('in the result, its findings and its explanation', () => {
    const id = '32080219560520123X';
    const r = review({ ...OK, personId: id, residentId: id, birthDate: '1956-05-20' });
    expect(r.person.residentId).toBe('320802********123X');
    expect(r.person.personId).toBe('320802********123X');
    expect(JSON.stringify(r)).not.toContain(id);
  });
});
