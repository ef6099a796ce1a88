// checkPetition: group visits (art. 20 ¶3), the same matter to a superior body (art. 19 ¶3), the same facts after
// 复核 (art. 36 ¶3); classifyPetition (arts. 29–31).
import { describe, expect, it } from 'vitest';
import {
  checkPetition,
  checkPetitionBatch,
  classifyPetition,
  classifyPetitionBatch,
} from '../../src/petitions/index.js';

const asOf = '2026-03-20';
const find = (input: object, rule: string) => checkPetition(input, { asOf }).findings.find((f) => f.rule === rule)!;

describe('group visits: at most 5 representatives (art. 20 ¶3)', () => {
  const g = (input: object) => find(input, 'petition.groupVisit');
  it('5 passes, 6 fails ("不得超过5人" includes 5)', () => {
    expect(g({ form: 'visit', visitors: 30, representatives: 5 })).toMatchObject({
      outcome: 'pass',
      citation: { key: 'U2', article: '第二十条第三款' },
    });
    expect(g({ form: '走访', visitors: 30, representatives: 6 })).toMatchObject({
      outcome: 'fail',
      zh: '多人走访推选代表6人，超过5人（第二十条第三款：代表人数不得超过5人）',
    });
  });
  it('a group of at most 5 cannot exceed it; a larger group without a count is undetermined', () => {
    expect(g({ form: 'visit', visitors: 5 }).outcome).toBe('pass');
    expect(g({ form: 'visit', visitors: 6 })).toMatchObject({ outcome: 'undetermined', missing: ['representatives'] });
    expect(g({ form: 'visit' })).toMatchObject({ outcome: 'undetermined', missing: ['visitors', 'representatives'] });
  });
  it('one visitor, or not a visit: not applicable; no form at all: undetermined', () => {
    expect(g({ form: 'visit', visitors: 1 }).outcome).toBe('not_applicable');
    expect(g({ form: 'letter', representatives: 9 }).outcome).toBe('not_applicable');
    expect(g({})).toMatchObject({ outcome: 'undetermined', missing: ['form'] });
  });
});

describe('the same matter to a superior body while within its deadlines (art. 19 ¶3)', () => {
  const prior = { category: 'claim', route: 'opinion', receivedOn: '2026-02-01', acceptedOn: '2026-02-10' } as const;
  const s = (input: object) => find(input, 'petition.superiorDuplicate');
  it('accepted 2026-02-10, 60日 to 2026-04-13: a submission on 03-20 or on 04-13 is not accepted; on 04-14 it is not barred', () => {
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior })).toMatchObject({
      outcome: 'fail',
      citation: { article: '第十九条第三款' },
    });
    expect(s({ receivedOn: '2026-04-13', toSuperior: true, prior }).outcome).toBe('fail');
    expect(s({ receivedOn: '2026-04-14', toSuperior: true, prior })).toMatchObject({ outcome: 'pass' });
  });
  it('an extension extends the period in which it is barred', () => {
    expect(s({ receivedOn: '2026-04-20', toSuperior: true, prior: { ...prior, extensionDays: 20 } }).outcome).toBe(
      'fail',
    );
  });
  it('once resolved it is not "being handled": not barred (the petitioner may ask for a review)', () => {
    expect(
      s({ receivedOn: '2026-03-20', toSuperior: true, prior: { ...prior, resolvedOn: '2026-03-15' } }),
    ).toMatchObject({ outcome: 'pass' });
  });
  it('during a review (30日 from the request): barred; after the review opinion: not barred', () => {
    const reviewed = {
      ...prior,
      resolvedOn: '2026-03-01',
      answerReceivedOn: '2026-03-02',
      reviewRequestedOn: '2026-03-05',
    };
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior: reviewed }).zh).toContain('复查意见');
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior: reviewed }).outcome).toBe('fail');
    expect(s({ receivedOn: '2026-04-08', toSuperior: true, prior: reviewed }).outcome).toBe('pass');
    expect(
      s({ receivedOn: '2026-03-20', toSuperior: true, prior: { ...reviewed, reviewDecidedOn: '2026-03-18' } }).outcome,
    ).toBe('pass');
  });
  it('not to a superior; no earlier item; another route: not applicable', () => {
    expect(s({ receivedOn: '2026-03-20', toSuperior: false, prior }).outcome).toBe('not_applicable');
    expect(s({ receivedOn: '2026-03-20', toSuperior: true }).outcome).toBe('not_applicable');
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior: { ...prior, route: 'arbitration' } })).toMatchObject({
      outcome: 'not_applicable',
    });
  });
  it("missing facts: undetermined, naming them (the earlier item's as prior.…)", () => {
    expect(s({ receivedOn: '2026-03-20', prior })).toMatchObject({ outcome: 'undetermined', missing: ['toSuperior'] });
    expect(s({ toSuperior: true, prior })).toMatchObject({ outcome: 'undetermined', missing: ['receivedOn'] });
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior: { receivedOn: '2026-02-01' } })).toMatchObject({
      outcome: 'undetermined',
      missing: ['prior.acceptedOn'],
    });
    expect(s({ receivedOn: '2026-03-20', toSuperior: true, prior: { acceptedOn: '2026-02-10' } })).toMatchObject({
      outcome: 'undetermined',
      missing: ['prior.category'],
    });
    const r = checkPetition(
      { receivedOn: '2026-03-20', toSuperior: true, prior: { acceptedOn: '2026-02-10' } },
      { asOf },
    );
    expect(r.missing).toContain('prior.category');
    expect(r.findings[1]!.zh).toContain('前一信访事项的信访事项类别');
  });
  it('a deadline in a year without holiday data: undetermined (calendar:2027)', () => {
    expect(
      s({ receivedOn: '2026-12-20', toSuperior: true, prior: { route: 'opinion', acceptedOn: '2026-11-20' } }),
    ).toMatchObject({ outcome: 'undetermined', missing: ['calendar:2027'] });
  });
});

describe('the same facts and reasons after 复核 (art. 36 ¶3)', () => {
  const prior = {
    route: 'opinion',
    acceptedOn: '2025-06-01',
    reexamRequestedOn: '2025-10-10',
    reexamDecidedOn: '2025-11-05',
  } as const;
  const a = (input: object) => find(input, 'petition.afterReexam');
  it('same facts: not accepted again; new facts: not barred; unknown: undetermined', () => {
    expect(a({ receivedOn: '2026-03-01', prior, sameFactsAndReasons: true })).toMatchObject({
      outcome: 'fail',
      citation: { article: '第三十六条第三款' },
    });
    expect(a({ receivedOn: '2026-03-01', prior, sameFactsAndReasons: false }).outcome).toBe('pass');
    expect(a({ receivedOn: '2026-03-01', prior })).toMatchObject({
      outcome: 'undetermined',
      missing: ['sameFactsAndReasons'],
    });
  });
  it('no 复核意见 (yet): not applicable', () => {
    expect(a({ receivedOn: '2026-03-01', prior: { route: 'opinion' }, sameFactsAndReasons: true }).outcome).toBe(
      'not_applicable',
    );
    expect(a({ receivedOn: '2025-11-01', prior, sameFactsAndReasons: true }).outcome).toBe('not_applicable');
  });
  it('the check outcome is the worst finding; batches count rows', () => {
    expect(
      checkPetition(
        { form: 'visit', visitors: 3, receivedOn: '2026-03-01', prior, sameFactsAndReasons: true },
        { asOf },
      ).outcome,
    ).toBe('fail');
    const b = checkPetitionBatch(
      [{ form: 'visit', visitors: 3 }, { form: 'letter' }, { form: 'visit', visitors: 9 }, 7],
      { asOf },
    );
    expect(b.counts).toEqual({ total: 4, computed: 0, pass: 1, fail: 0, undetermined: 1, not_applicable: 1, error: 1 });
  });
});

describe('classifyPetition (arts. 29–31)', () => {
  const c = (input: object) => classifyPetition(input, { asOf });
  it('each category from its fact, with its handling', () => {
    expect(c({ offersSuggestion: true })).toMatchObject({ outcome: 'computed', category: 'suggestion', route: null });
    expect(c({ offersSuggestion: true }).handling?.zh).toContain('第二十九条');
    expect(c({ reportsMisconduct: true }).handling?.zh).toContain('第三十条');
    expect(c({ reportsMisconduct: true }).findings[0]!.citation.article).toBe('第三十条');
  });
  it('a claim: the first route of art. 31 that holds, in order', () => {
    expect(c({ makesClaim: true, judicialMatter: true, administrativeProcedure: true }).route).toBe('judicial');
    expect(
      c({
        makesClaim: true,
        judicialMatter: false,
        arbitrable: false,
        partyAppeal: false,
        administrativeProcedure: true,
      }).route,
    ).toBe('administrative');
    expect(
      c({
        makesClaim: true,
        judicialMatter: false,
        arbitrable: false,
        partyAppeal: false,
        administrativeProcedure: false,
        protectionRequest: true,
      }).route,
    ).toBe('protection_duty');
  });
  it('(六) only when (一)–(五) are all known not to hold', () => {
    const none = {
      makesClaim: true,
      judicialMatter: false,
      arbitrable: false,
      partyAppeal: false,
      administrativeProcedure: false,
      protectionRequest: false,
    };
    expect(c(none)).toMatchObject({ category: 'claim', route: 'opinion' });
    expect(c(none).handling?.zh).toContain('60日内办结');
    const { protectionRequest: _p, ...one } = none;
    expect(c(one)).toMatchObject({ outcome: 'undetermined', route: null, missing: ['protectionRequest'] });
    expect(c({ makesClaim: true, arbitrable: true })).toMatchObject({
      outcome: 'undetermined',
      missing: ['judicialMatter'],
    });
  });
  it('registered values stand; a route implies a claim', () => {
    expect(c({ category: '检举控告类' })).toMatchObject({ category: 'accusation', outcome: 'computed' });
    expect(c({ route: '第四项' })).toMatchObject({ category: 'claim', route: 'administrative' });
    expect(c({ category: 'claim' })).toMatchObject({ outcome: 'undetermined', route: null });
  });
  it('several categories or none: undetermined, the officer decides', () => {
    expect(c({ makesClaim: true, reportsMisconduct: true })).toMatchObject({
      outcome: 'undetermined',
      category: null,
      missing: ['category'],
    });
    expect(c({ makesClaim: false, reportsMisconduct: false, offersSuggestion: false }).findings[0]!.zh).toContain(
      '均为否',
    );
    expect(c({})).toMatchObject({ outcome: 'undetermined', category: null });
  });
  it('batches', () => {
    expect(
      classifyPetitionBatch([{ category: '建议意见类' }, { route: '六' }, {}, { route: 'x' }], { asOf }).counts,
    ).toEqual({ total: 4, computed: 2, pass: 0, fail: 0, undetermined: 1, not_applicable: 0, error: 1 });
  });
});
