// The engine contract, as a host meets it: one profile option, one envelope, one policy for the hard cases, one
// renderer, messages as data.
import { describe, expect, it } from 'vitest';
import { explain, reviewCandidate, reviewSlate } from '../../src/associations/index.js';
import { associationsCatalogue } from '../../src/associations/messages.js';
import { REVIEW_RULES } from '../../src/associations/rules/index.js';
import { RULE_KIT_MESSAGES } from '../../src/associations/rule.js';
import { JSON_MESSAGES } from '../../src/associations/json.js';
import { ASSOCIATION, ELECTION, OK, RETIRED, refusal } from './fixtures.js';

const options = { role: 'president', association: ASSOCIATION, electionDate: ELECTION } as const;

describe('one envelope, one vocabulary', () => {
  it('a review carries kind, outcome, asOf (the election date), profile, engine, warnings, missing, explanation', () => {
    const r = reviewCandidate(OK, options);
    expect(r.kind).toBe('review');
    expect(r.outcome).toBe('pass');
    expect(r.asOf).toBe(ELECTION);
    expect(r.profile).toEqual({ id: 'national-2015', version: '2026.2.0' });
    expect(r.engine).toMatchObject({ name: 'huaian-social-work', domain: 'associations' });
    expect(r.missing).toEqual([]);
    expect(r.explanation?.summary.zh).toBe('理事长（会长）人选审核：符合');
    // One outcome word: no success/ok/status beside it.
    expect(Object.keys(r).filter((k) => ['success', 'ok', 'status'].includes(k))).toEqual([]);
  });

  it('the review date is its own field, never the date parameters are read on', () => {
    const r = reviewCandidate({ ...OK, reviewDate: '2026-04-01' }, options);
    expect(r.reviewDate).toBe('2026-04-01');
    expect(r.asOf).toBe(ELECTION);
    expect(r.explanation?.parameters.every((p) => p.effectiveFrom === null || p.effectiveFrom <= ELECTION)).toBe(true);
  });
});

describe('one policy for options', () => {
  it('refuses an unknown option with a suggestion, and the old asOf option with the list of known names', () => {
    const e = refusal(() => reviewCandidate(OK, { ...options, electiondate: ELECTION } as never));
    expect(e.code).toBe('unknown_option');
    expect(e.en).toContain('did you mean "electionDate"');
    expect(refusal(() => reviewCandidate(OK, { ...options, asOf: ELECTION } as never)).code).toBe('unknown_option');
    expect(
      refusal(() => reviewSlate([], { association: ASSOCIATION, electionDate: ELECTION, explian: true } as never)).en,
    ).toContain('did you mean "explain"');
  });

  it('refuses bad option values with a PolicyError naming the option, never a TypeError', () => {
    expect(refusal(() => reviewCandidate(OK, { ...options, role: 'chair' } as never)).path).toEqual(['role']);
    expect(refusal(() => reviewCandidate(OK, { association: ASSOCIATION, electionDate: ELECTION } as never)).code).toBe(
      'role_required',
    );
    expect(refusal(() => reviewCandidate(OK, { ...options, electionDate: '2026/05/20' })).path).toEqual([
      'electionDate',
    ]);
    expect(refusal(() => reviewCandidate(OK, { ...options, association: { id: '' } })).path).toEqual([
      'association',
      'id',
    ]);
    expect(refusal(() => reviewCandidate(OK, { ...options, phase: 'during' } as never)).path).toEqual(['phase']);
    expect(refusal(() => reviewCandidate(OK, { ...options, rules: 'x' } as never)).code).toBe('invalid_type');
    expect(refusal(() => reviewCandidate(OK, undefined as never)).path).toEqual(['association']);
    expect(refusal(() => reviewCandidate(OK, 'x' as never)).code).toBe('invalid_options');
  });
});

describe('one renderer, entirely in one language', () => {
  it('explains a review and a slate in Chinese and in English', () => {
    const r = reviewCandidate({ ...RETIRED, remunerated: undefined }, options);
    const zh = explain(r);
    expect(zh).toContain('结论：无法判定（缺少信息）');
    expect(zh).toContain('参照适用');
    const en = explain(r, { lang: 'en' });
    expect(en).toContain('Outcome: undetermined');
    const s = explain(
      reviewSlate(
        [
          { role: 'president', candidate: OK },
          { role: 'chair', candidate: {} },
        ],
        { association: ASSOCIATION, electionDate: ELECTION },
      ),
      { lang: 'en' },
    );
    expect(s).toContain('2 items: pass 1, input refused 1');
  });
});

describe('messages as data: one catalogue for the domain', () => {
  it('has every rule’s codes once, none clashing', () => {
    const codes = [
      ...Object.keys(RULE_KIT_MESSAGES),
      ...Object.keys(JSON_MESSAGES),
      ...REVIEW_RULES.flatMap((r) => Object.keys(r.messages)),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(associationsCatalogue[c], c).toBeDefined();
  });
});
