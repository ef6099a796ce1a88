// petitionStatus: due, days left, overdue, done (late or in time), windows open or closed, findings citing the
// deadline's article and the violation the regulations name (第四十四条第三项, 第四十五条第一项).
import { describe, expect, it } from 'vitest';
import { petitionStatus, petitionStatusBatch } from '../../src/petitions/index.js';
import { milestone } from './support.js';

const item = {
  id: 'XF-1',
  office: '某局',
  intake: 'transferred',
  category: 'claim',
  route: 'opinion',
  receivedOn: '2026-02-10',
} as const;

describe('obligations', () => {
  it('the last day is still in time (days left 0); the day after is overdue by 1', () => {
    const on = petitionStatus(item, { asOf: '2026-02-25' });
    expect(milestone(on.milestones, 'notice')).toMatchObject({ state: 'pending', daysLeft: 0, daysOverdue: null });
    expect(milestone(on.milestones, 'notice').note?.zh).toBe('书面告知：今日（2026-02-25）到期');
    const after = petitionStatus(item, { asOf: '2026-02-26' });
    expect(milestone(after.milestones, 'notice')).toMatchObject({ state: 'overdue', daysLeft: null, daysOverdue: 1 });
  });
  it('an overdue written notice is a fail finding citing art. 23 and art. 44(三)', () => {
    const s = petitionStatus(item, { asOf: '2026-03-01' });
    expect(s.outcome).toBe('fail');
    const f = s.findings.find((x) => x.milestone === 'notice')!;
    expect(f).toMatchObject({
      outcome: 'fail',
      rule: 'petition.status.notice',
      citation: { article: '第二十三条第三款' },
      violation: { key: 'U2', article: '第四十四条第三项' },
    });
    expect(f.zh).toBe(
      '书面告知：期限2026-02-25已过4日，没有办理记录（《信访工作条例》第二十三条第三款；逾期属于《信访工作条例》第四十四条第三项规定的情形）',
    );
  });
  it('done in time passes; done late is a finding with the days late', () => {
    expect(
      milestone(petitionStatus({ ...item, noticeGivenOn: '2026-02-25' }, { asOf: '2026-03-01' }).milestones, 'notice'),
    ).toMatchObject({ state: 'done', doneOn: '2026-02-25' });
    const late = petitionStatus({ ...item, noticeGivenOn: '2026-02-27' }, { asOf: '2026-03-01' });
    expect(milestone(late.milestones, 'notice')).toMatchObject({ state: 'done_late', daysOverdue: 2 });
    expect(late.outcome).toBe('fail');
  });
  it('办结 overdue cites art. 34 and art. 45(一); the extension moves the deadline', () => {
    const s = petitionStatus(
      { ...item, noticeGivenOn: '2026-02-20', acceptedOn: '2026-02-10' },
      { asOf: '2026-04-14' },
    );
    expect(milestone(s.milestones, 'resolve')).toMatchObject({ state: 'overdue', due: '2026-04-13', daysOverdue: 1 });
    expect(s.findings.map((f) => [f.milestone, f.violation?.article])).toEqual([['resolve', '第四十五条第一项']]);
    const extended = petitionStatus(
      { ...item, noticeGivenOn: '2026-02-20', acceptedOn: '2026-02-10', extensionDays: 30 },
      { asOf: '2026-04-14' },
    );
    expect(milestone(extended.milestones, 'resolve')).toMatchObject({
      state: 'pending',
      due: '2026-05-11',
      daysLeft: 27,
    });
    expect(extended.outcome).toBe('pass');
  });
  it('a petition office late in routing: a finding citing art. 22 (the regulations name no specific violation)', () => {
    const s = petitionStatus(
      { intake: 'petition_office', category: 'suggestion', receivedOn: '2026-02-10' },
      { asOf: '2026-03-01' },
    );
    const f = s.findings[0]!;
    expect(f).toMatchObject({
      milestone: 'route',
      outcome: 'fail',
      violation: null,
      citation: { article: '第二十二条' },
    });
  });
});

describe('windows', () => {
  it('the objection window: open with days left, then closed (not a violation)', () => {
    expect(milestone(petitionStatus(item, { asOf: '2026-02-13' }).milestones, 'objection')).toMatchObject({
      state: 'open',
      due: '2026-02-24',
      daysLeft: 11,
    });
    const s = petitionStatus(
      { ...item, noticeGivenOn: '2026-02-20', acceptedOn: '2026-02-20' },
      { asOf: '2026-03-01' },
    );
    expect(milestone(s.milestones, 'objection')).toMatchObject({ state: 'closed', daysOverdue: 5 });
    expect(s.findings.some((f) => f.milestone === 'objection')).toBe(false);
  });
  it('a review request within 30 日 is used; after it, used late (no finding against the office)', () => {
    const base = {
      ...item,
      noticeGivenOn: '2026-02-20',
      acceptedOn: '2026-02-20',
      resolvedOn: '2026-03-10',
      answerReceivedOn: '2026-03-12',
    };
    expect(
      milestone(
        petitionStatus({ ...base, reviewRequestedOn: '2026-04-11' }, { asOf: '2026-04-20' }).milestones,
        'reviewRequest',
      ),
    ).toMatchObject({ state: 'used', due: '2026-04-13' });
    const late = petitionStatus({ ...base, reviewRequestedOn: '2026-04-14' }, { asOf: '2026-04-20' });
    expect(milestone(late.milestones, 'reviewRequest')).toMatchObject({ state: 'used_late', daysOverdue: 1 });
    expect(milestone(late.milestones, 'review')).toMatchObject({ state: 'pending', due: '2026-05-14' });
    expect(late.outcome).toBe('pass');
  });
});

describe('the date asked about', () => {
  it('only entries on or before asOf count: a later notice is not yet given, a later acceptance not yet started', () => {
    const s = petitionStatus(
      { ...item, noticeGivenOn: '2026-02-20', acceptedOn: '2026-02-22' },
      { asOf: '2026-02-21' },
    );
    expect(milestone(s.milestones, 'notice')).toMatchObject({ state: 'done', doneOn: '2026-02-20' });
    expect(milestone(s.milestones, 'resolve')).toMatchObject({ state: 'not_started', due: '2026-04-23' });
    const before = petitionStatus({ ...item, noticeGivenOn: '2026-02-20' }, { asOf: '2026-02-15' });
    expect(milestone(before.milestones, 'notice')).toMatchObject({ state: 'pending', doneOn: null, daysLeft: 10 });
  });
  it('undetermined milestones are findings naming what is missing; a fail still wins', () => {
    const s = petitionStatus({ intake: 'direct', receivedOn: '2026-02-10' }, { asOf: '2026-02-12' });
    expect(s.outcome).toBe('undetermined');
    expect(s.findings).toEqual([
      expect.objectContaining({ milestone: 'resolve', outcome: 'undetermined', missing: ['category', 'acceptedOn'] }),
    ]);
    expect(petitionStatus({ intake: 'direct', receivedOn: '2026-02-10' }, { asOf: '2026-03-12' }).outcome).toBe('fail');
  });
  it('nothing applies: not_applicable', () => {
    expect(
      petitionStatus(
        { intake: 'direct', identityUnclear: true, category: 'suggestion', receivedOn: '2026-02-10' },
        { asOf: '2026-03-01' },
      ).outcome,
    ).toBe('not_applicable');
  });
});

describe('batches', () => {
  it('counts add up to the rows; explained and plain rows agree', () => {
    const ledger = [
      item,
      { ...item, id: 'XF-2', noticeGivenOn: '2026-02-12', acceptedOn: '2026-02-12' },
      { intake: 'x' },
      { ...item, id: 'XF-4', receivedOn: '2026-12-28' },
    ];
    const plain = petitionStatusBatch(ledger, { asOf: '2026-03-01' });
    // The last item's notice ends in 2027, a year without holiday data: undetermined.
    expect(plain.rows.map((r) => r.outcome)).toEqual(['fail', 'pass', 'error', 'undetermined']);
    expect(plain.counts).toEqual({
      total: 4,
      computed: 0,
      pass: 1,
      fail: 1,
      undetermined: 1,
      not_applicable: 0,
      error: 1,
    });
    const explained = petitionStatusBatch(ledger, { asOf: '2026-03-01', explain: true });
    expect(explained.rows.map((r) => ('explanation' in r ? { ...r, explanation: undefined } : r))).toEqual(
      plain.rows.map((r) => ('outcome' in r && r.outcome !== 'error' ? { ...r, explanation: undefined } : r)),
    );
    expect(plain.kind).toBe('petition-status-batch');
    expect(plain.profile).toEqual({ id: 'national-2022', version: '2026.1.0' });
  });
});
