import { describe, expect, it } from 'vitest';
import { associationProfiles, reviewCandidate, type AssociationRole } from '../../src/associations/index.js';
import { withOverrides } from '../../src/core/index.js';
import { ASSOCIATION, ELECTION, OK, candidate, findingOf, without } from './fixtures.js';

const national = associationProfiles.get('national-2015');
const review = (c: unknown, role: AssociationRole = 'president', extra: Record<string, unknown> = {}) =>
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
      expect(f.text.zh.length).toBeGreaterThan(0);
      expect(f.text.en.length).toBeGreaterThan(0);
      expect(f.source.title.length).toBeGreaterThan(0);
      expect(f.source.key).toMatch(/^(S|T|P-)\d*/);
    }
    expect(findingOf(r, 'eligibility.politicalRights').source.article).toContain('第十三条第（三）项');
  });

  it('explains the rules applied and every parameter read, once each, with sources; asOf is the election date', () => {
    const r = review(OK);
    const ids = r.explanation!.parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('associations.age.limit');
    expect(ids).toContain('associations.periodCounting');
    // The findings, and the notice that the 民政部 2015 rules apply by reference.
    expect(r.explanation!.rules.map((x) => x.rule)).toEqual(['scope.byReference', ...r.findings.map((f) => f.rule)]);
    expect(r.asOf).toBe(ELECTION);
    expect(r.reviewDate).toBe('2026-05-01');
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
    const at = (termYears: number) =>
      findingOf(
        reviewCandidate(OK, { role: 'president', association: { id: 'A1', termYears }, electionDate: ELECTION }),
        'term.length',
      ).outcome;
    expect(at(5)).toBe('pass');
    expect(at(6)).toBe('fail');
    expect(at(1)).toBe('pass');
  });

  it('term.consecutive: a 2nd consecutive term passes, a 3rd fails without a recorded extension', () => {
    expect(findingOf(review(candidate({ priorTerms: 1 })), 'term.consecutive').outcome).toBe('pass');
    const third = findingOf(review(candidate({ priorTerms: 2 })), 'term.consecutive');
    expect(third.outcome).toBe('fail');
    expect(third.text.en).toContain('no extension is recorded');
  });

  it('a 3rd term passes with a recorded extension, and the finding says so and cites it', () => {
    const f = findingOf(
      review(candidate({ priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: true } })),
      'term.consecutive',
    );
    expect(f.outcome).toBe('pass');
    expect(f.text.zh).toContain('2/3');
    expect(f.text.en).toContain('exceeds the limit of 2');
    expect(f.source.key).toBe('S17');
  });

  it('a half-recorded extension fails and says what is lacking', () => {
    const noApproval = findingOf(
      review(candidate({ priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: false } })),
      'term.consecutive',
    );
    expect(noApproval.outcome).toBe('fail');
    expect(noApproval.text.en).toContain('no registration authority approval');
    expect(
      findingOf(
        review(candidate({ priorTerms: 2, termExtension: { vote2of3: false, registrationApproval: true } })),
        'term.consecutive',
      ).text.en,
    ).toContain('no 2/3 vote');
  });

  it('a hired secretary-general has no term limit (T9); an elected one does', () => {
    const hired = findingOf(
      review(candidate({ priorTerms: 5, appointment: 'hired' }), 'secretary_general'),
      'term.consecutive',
    );
    expect(hired.outcome).toBe('pass');
    expect(hired.source.key).toBe('T9');
    expect(
      findingOf(review(candidate({ priorTerms: 2, appointment: 'elected' }), 'secretary_general'), 'term.consecutive')
        .outcome,
    ).toBe('fail');
    expect(
      findingOf(review(candidate({ priorTerms: 2, appointment: 'hired' }), 'president'), 'term.consecutive').outcome,
    ).toBe('fail');
  });

  it('a secretary-general over the limit with no appointment recorded is undetermined', () => {
    const f = findingOf(review(candidate({ priorTerms: 2 }), 'secretary_general'), 'term.consecutive');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['appointment']);
    expect(findingOf(review(candidate({ priorTerms: 1 }), 'secretary_general'), 'term.consecutive').outcome).toBe(
      'pass',
    );
  });
});

describe('posts in other associations', () => {
  it('posts.exclusive: president or secretary-general elsewhere fails; other posts do not', () => {
    const f = findingOf(
      review(candidate({ associationPosts: [{ associationId: 'B7', role: 'secretary_general' }] })),
      'posts.exclusive',
    );
    expect(f.outcome).toBe('fail');
    expect(f.text.zh).toContain('B7（秘书长）');
    expect(
      findingOf(
        review(candidate({ associationPosts: [{ associationId: 'B7', role: 'vice_president' }] })),
        'posts.exclusive',
      ).outcome,
    ).toBe('pass');
    // The same association is not "another" one.
    expect(
      findingOf(
        review(candidate({ associationPosts: [{ associationId: 'A1', role: 'president' }] })),
        'posts.exclusive',
      ).outcome,
    ).toBe('pass');
  });

  it('posts.legalRepresentative (条例 art. 12 ¶3): legal representative elsewhere fails', () => {
    const f = findingOf(
      review(
        candidate({ associationPosts: [{ associationId: 'B7', role: 'legal_representative' }] }),
        'legal_representative',
      ),
      'posts.legalRepresentative',
    );
    expect(f.outcome).toBe('fail');
    expect(f.source.article).toContain('第十二条第三款');
    expect(
      findingOf(
        review(candidate({ associationPosts: [{ associationId: 'B7', role: 'president' }] }), 'legal_representative'),
        'posts.legalRepresentative',
      ).outcome,
    ).toBe('pass');
  });
});

describe('status rules', () => {
  it('status.civilServant: serving, or left a post without retiring, fails (民政部 2015); state-organ staff fail (中组发〔2014〕11号)', () => {
    expect(findingOf(review(candidate({ civilServant: 'serving' })), 'status.civilServant').outcome).toBe('fail');
    expect(findingOf(review(candidate({ civilServant: 'left_post_not_retired' })), 'status.civilServant').outcome).toBe(
      'fail',
    );
    const staff = findingOf(review(candidate({ civilServant: 'state_organ_staff' })), 'status.civilServant');
    expect(staff.outcome).toBe('fail');
    expect(staff.source.key).toBe('P-2014');
    expect(staff.text.zh).toBe('国家机关工作人员（非公务员）不得兼任');
    expect(
      findingOf(review(candidate({ civilServant: '国家机关工作人员（非公务员）' })), 'status.civilServant').outcome,
    ).toBe('fail');
    expect(findingOf(review(candidate({ civilServant: 'none' })), 'status.civilServant').outcome).toBe('pass');
  });

  it('art. 13(3): ever deprived of political rights fails; lacking full civil capacity fails', () => {
    expect(findingOf(review(candidate({ politicalRightsDeprived: true })), 'eligibility.politicalRights').outcome).toBe(
      'fail',
    );
    expect(findingOf(review(candidate({ fullCivilCapacity: false })), 'eligibility.civilCapacity').outcome).toBe(
      'fail',
    );
  });
});

describe('procedure', () => {
  it('先审后选: a review dated after the election fails; on the day or before passes', () => {
    expect(findingOf(review(candidate({ reviewDate: '2026-05-21' })), 'procedure.reviewBeforeElection').outcome).toBe(
      'fail',
    );
    expect(findingOf(review(candidate({ reviewDate: ELECTION })), 'procedure.reviewBeforeElection').outcome).toBe(
      'pass',
    );
    expect(findingOf(review(candidate({ reviewDate: '2026-05-19' })), 'procedure.reviewBeforeElection').outcome).toBe(
      'pass',
    );
  });

  it('公示: not run before the election; after it, undetermined until the host supplies the period (not found)', () => {
    expect(review(OK).findings.map((f) => f.rule)).not.toContain('procedure.publicNotice');
    const post = review(candidate({ publicNotice: { from: '2026-05-21', to: '2026-05-27' } }), 'president', {
      phase: 'post-election',
    });
    const f = findingOf(post, 'procedure.publicNotice');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['parameter:associations.procedure.publicNoticeDays']);
    expect(f.text.zh).toContain('未找到官方取值，需由使用方提供');
    expect(post.outcome).toBe('undetermined');
    expect(post.missing).toContain('parameter:associations.procedure.publicNoticeDays');
  });

  it('公示 with a host-set period counts calendar days inclusive', () => {
    const profile = withOverrides(national, { 'associations.procedure.publicNoticeDays': 5 });
    const notice = (to: string) =>
      findingOf(
        review(candidate({ publicNotice: { from: '2026-05-21', to } }), 'president', {
          phase: 'post-election',
          profile,
        }),
        'procedure.publicNotice',
      );
    expect(notice('2026-05-25').outcome).toBe('pass');
    expect(notice('2026-05-25').inputs.days).toBe(5);
    expect(notice('2026-05-24').outcome).toBe('fail');
    expect(
      findingOf(review(OK, 'president', { phase: 'post-election', profile }), 'procedure.publicNotice').missing,
    ).toEqual(['publicNotice']);
  });
});

describe('undetermined: every missing input is named, never a pass', () => {
  it.each([
    ['birthDate', 'eligibility.age', '出生日期'],
    ['priorTerms', 'term.consecutive', '已连任届数'],
    ['associationPosts', 'posts.exclusive', '在社会团体的任职'],
    ['civilServant', 'status.civilServant', '公务员身份'],
    ['retiredCadre', 'status.retiredCadre', '是否退（离）休领导干部'],
    ['politicalRightsDeprived', 'eligibility.politicalRights', '是否受过剥夺政治权利的刑事处罚'],
    ['fullCivilCapacity', 'eligibility.civilCapacity', '是否具有完全民事行为能力'],
    ['reviewDate', 'procedure.reviewBeforeElection', '任前审核日期'],
  ] as const)('without %s, %s is undetermined and says so by the field label', (field, rule, label) => {
    const r = review(without(field));
    const f = findingOf(r, rule);
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual([field]);
    expect(f.text.zh).toBe(`缺少：${label}`);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual([field]);
    expect(r.findings.filter((x) => x.outcome !== 'pass')).toHaveLength(1);
  });

  it('without the association term, term.length is undetermined', () => {
    const r = reviewCandidate(OK, { role: 'president', association: { id: 'A1' }, electionDate: ELECTION });
    expect(findingOf(r, 'term.length').missing).toEqual(['association.termYears']);
    expect(findingOf(r, 'term.length').text.zh).toBe('缺少：每届任期年数');
    expect(r.outcome).toBe('undetermined');
  });

  it('an empty candidate lists every missing input once', () => {
    const r = review({});
    expect(r.outcome).toBe('undetermined');
    expect(r.findings.filter((f) => f.outcome !== 'undetermined').map((f) => f.rule)).toEqual(['term.length']);
    expect(r.missing).toEqual([
      'birthDate',
      'priorTerms',
      'associationPosts',
      'civilServant',
      'retiredCadre',
      'politicalRightsDeprived',
      'fullCivilCapacity',
      'reviewDate',
    ]);
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
    expect(findingOf(r, 'criteria.none').source.key).toBe('S12');
  });

  it('an election before the national rules were in force: rules undetermined, naming the parameter (as every engine)', () => {
    const r = reviewCandidate(candidate({ reviewDate: '2015-09-01' }), {
      role: 'president',
      association: ASSOCIATION,
      electionDate: '2015-09-06',
    });
    expect(r.outcome).toBe('undetermined');
    expect(findingOf(r, 'eligibility.age').missing).toEqual(['parameter:associations.age.limit']);
    expect(findingOf(r, 'eligibility.age').text.zh).toContain('自 2015-09-07 起才有效');
    expect(findingOf(r, 'posts.exclusive').missing).toEqual(['parameter:associations.posts.exclusiveRoles']);
    expect(r.missing).toContain('parameter:associations.age.limit');
    // The 1998 条例 text (in force 1998-10-25) already barred deprivation of political rights.
    expect(findingOf(r, 'eligibility.politicalRights').outcome).toBe('pass');
    expect(findingOf(r, 'eligibility.politicalRights').source.key).toBe('S18');
    expect(r.explanation?.missing.find((m) => m.name === 'parameter:associations.age.limit')?.reason?.zh).toContain(
      '2015-09-07',
    );
  });
});

describe('profiles as data', () => {
  it('a host profile can change a value, and results show the override', () => {
    const profile = withOverrides(national, { 'associations.age.limit': 65 });
    const r = reviewCandidate(candidate({ birthDate: '1960-05-20' }), {
      role: 'president',
      association: ASSOCIATION,
      electionDate: ELECTION,
      profile,
    });
    expect(findingOf(r, 'eligibility.age').outcome).toBe('fail');
    expect(r.explanation!.parameters.find((p) => p.id === 'associations.age.limit')?.override).toBe(true);
  });

  it('a switch set to false removes the rule', () => {
    const profile = withOverrides(national, { 'associations.legalRepresentative.exclusive': false });
    const r = reviewCandidate(
      candidate({ associationPosts: [{ associationId: 'B7', role: 'legal_representative' }] }),
      { role: 'legal_representative', association: ASSOCIATION, electionDate: ELECTION, profile },
    );
    expect(r.findings.map((f) => f.rule)).not.toContain('posts.legalRepresentative');
    expect(r.outcome).toBe('pass');
  });

  it('a table the rules cannot read is refused before any candidate, naming the parameter', () => {
    const profile = withOverrides(national, { 'associations.age.failFrom': 'seventieth' });
    const e = (() => {
      try {
        review(OK, 'president', { profile });
      } catch (err) {
        return err as { code: string; path: readonly unknown[]; zh: string };
      }
      return undefined;
    })();
    expect(e?.code).toBe('invalid_parameter_value');
    expect(e?.path).toEqual(['profile', 'parameters', 'associations.age.failFrom']);
    expect(e?.zh).toContain('年龄界限的理解');
  });
});

describe('personal IDs appear only masked', () => {
  it('in the result, its findings and its explanation', () => {
    const id = '32080219560520123X';
    const r = review({ ...OK, id, residentId: id, birthDate: '1956-05-20' });
    expect(r.person.residentId).toBe('320802********123X');
    expect(r.person.id).toBe('320802********123X');
    expect(JSON.stringify(r)).not.toContain(id);
  });
});
