// reviewSuggestion: the elements and exclusions of a 人民建议 (上海 U21 art. 10, a comparator), and the reply that art. 29
// requires with no deadline found: undetermined until the host sets it.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { petitionProfiles, reviewSuggestion, reviewSuggestionBatch } from '../../src/petitions/index.js';

const asOf = '2026-03-02';
const good = {
  topic: '老旧小区加装电梯',
  reason: '老年居民上下楼难',
  proposal: '简化审批，按户分摊',
  proposer: '张某，清江浦区居民',
  personalClaim: false,
  legalChannel: 'none',
  receivedOn: '2026-03-02',
} as const;
const withReply = (days: number) =>
  withOverrides(petitionProfiles.get('national-2022'), { 'petition.suggestion.replyDueDays': days });

describe('reply (art. 29): required, no deadline found', () => {
  it('undetermined with the parameter missing, saying the host must set it', () => {
    const r = reviewSuggestion(good, { asOf });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['parameter:petition.suggestion.replyDueDays']);
    expect(r.reply).toMatchObject({
      id: 'reply',
      outcome: 'undetermined',
      due: null,
      basis: { key: 'U2', article: '第二十九条' },
    });
    expect(r.reply.reason?.zh).toContain('需由使用方设置');
    expect(r.explanation?.missing[0]?.reason?.zh).toBe('参数「人民建议回复期限」未找到官方取值，需由使用方提供');
  });
  it('once the host sets it, the reply is due that many days after receipt (same counting, roll-over included)', () => {
    expect(reviewSuggestion(good, { asOf, profile: withReply(30) })).toMatchObject({
      outcome: 'pass',
      reply: { outcome: 'computed', due: '2026-04-01' },
    });
    // 2026-03-02 + 15 = 03-17 (Tue); + 33 = 04-04 (清明) → 04-07.
    expect(reviewSuggestion(good, { asOf, profile: withReply(33) }).reply).toMatchObject({
      due: '2026-04-07',
      rolledFrom: '2026-04-04',
    });
  });
  it('no receipt date: the reply deadline names it', () => {
    const { receivedOn: _r, ...rest } = good;
    expect(reviewSuggestion(rest, { asOf, profile: withReply(30) }).reply.missing).toEqual(['receivedOn']);
  });
});

describe('elements (上海规定第十条第一款, cited as a comparator)', () => {
  it('each element present passes; an absent one fails and names it', () => {
    const r = reviewSuggestion({ ...good, proposal: undefined }, { asOf, profile: withReply(30) });
    expect(r.outcome).toBe('fail');
    const f = r.findings.find((x) => x.rule === 'suggestion.element.proposal')!;
    expect(f).toMatchObject({ outcome: 'fail', citation: { key: 'U21', article: '第十条第一款（参照）' } });
    expect(f.zh).toContain('缺少要素「对策建议」');
    expect(r.findings.filter((x) => x.rule.startsWith('suggestion.element.') && x.outcome === 'pass').length).toBe(3);
  });
  it('a host may require fewer elements', () => {
    const host = withOverrides(withReply(30), { 'petition.suggestion.requiredElements': ['topic', 'proposal'] });
    expect(reviewSuggestion({ ...good, proposer: undefined, reason: undefined }, { asOf, profile: host }).outcome).toBe(
      'pass',
    );
  });
  it('an unknown element in a host profile is refused, naming the parameter', () => {
    const host = withOverrides(withReply(30), { 'petition.suggestion.requiredElements': ['topic', 'phone'] });
    const r = (() => {
      try {
        reviewSuggestion(good, { asOf, profile: host });
      } catch (e) {
        return e as { code: string; path: unknown[] };
      }
      return undefined;
    })();
    expect(r).toMatchObject({
      code: 'element_unknown',
      path: ['parameters', 'petition.suggestion.requiredElements', 'values', 1],
    });
  });
});

describe('exclusions (上海规定第十条第二款, cited as a comparator)', () => {
  it('a personal claim is not a suggestion: fail, handled as a claim (art. 31); no reply deadline is counted', () => {
    const r = reviewSuggestion({ ...good, personalClaim: true }, { asOf });
    expect(r.outcome).toBe('fail');
    expect(r.findings[0]).toMatchObject({
      rule: 'suggestion.exclusion',
      outcome: 'fail',
      citation: { key: 'U21', article: '第十条第二款（参照）' },
    });
    expect(r.findings[0]!.zh).toContain('第三十一条');
    expect(r.reply.outcome).toBe('not_applicable');
    expect(r.missing).toEqual([]);
  });
  it('matters for litigation, arbitration, reconsideration or another legal procedure are not suggestions', () => {
    for (const legalChannel of ['litigation', '仲裁', 'administrative_reconsideration', 'other_legal']) {
      expect(reviewSuggestion({ ...good, legalChannel }, { asOf }).findings[0]!.outcome).toBe('fail');
    }
  });
  it('unknown whether it is a personal claim or a legal matter: undetermined, never a pass', () => {
    const { personalClaim: _p, legalChannel: _l, ...rest } = good;
    const r = reviewSuggestion(rest, { asOf, profile: withReply(30) });
    expect(r.outcome).toBe('undetermined');
    expect(r.findings[0]).toMatchObject({ outcome: 'undetermined', missing: ['personalClaim', 'legalChannel'] });
  });
  it('the comparator values carry warnings: provisional and date of effect unknown', () => {
    const codes = reviewSuggestion(good, { asOf }).warnings.map((w) => w.code);
    expect(codes).toContain('provisional_parameter');
    expect(codes).toContain('date_unknown');
  });
  it('batches count each outcome', () => {
    const b = reviewSuggestionBatch([good, { ...good, personalClaim: true }, { ...good, repliedOn: '2026-01-01' }], {
      asOf,
      profile: withReply(30),
    });
    expect(b.counts).toEqual({ total: 3, computed: 0, pass: 1, fail: 1, undetermined: 0, not_applicable: 0, error: 1 });
  });
});
