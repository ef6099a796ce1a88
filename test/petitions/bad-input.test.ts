// Bad input is a PolicyError (or, in a batch, an error row) naming the field and, where an article decides it, the
// article; never a silently shifted date.
import { describe, expect, it } from 'vitest';
import {
  petitionDeadlines,
  petitionDeadlinesBatch,
  petitionStatus,
  checkPetition,
  classifyPetition,
  reviewSuggestion,
} from '../../src/petitions/index.js';
import { refusal } from './support.js';

const asOf = '2026-03-01';

describe('dates', () => {
  it('an impossible date is refused (invalid_date), naming the field', () => {
    const e = refusal(() => petitionDeadlines({ intake: 'direct', receivedOn: '2026-02-30' }, { asOf }));
    expect(e.code).toBe('invalid_date');
    expect(e.path).toEqual(['receivedOn']);
    expect(e.zh).toContain('收到日期');
  });
  it('an answer before receipt is refused, naming the article that orders them', () => {
    const e = refusal(() => petitionDeadlines({ receivedOn: '2026-02-10', answerReceivedOn: '2026-02-01' }, { asOf }));
    expect(e.code).toBe('inconsistent');
    expect(e.path).toEqual(['answerReceivedOn']);
    expect(e.zh).toBe('「信访人收到书面答复日期」不得早于「收到日期」（《信访工作条例》第三十五条）');
    expect(e.en).toContain('art. 35');
  });
  it('acceptance before receipt, resolution before acceptance, a review opinion before its request', () => {
    expect(
      refusal(() => petitionDeadlines({ receivedOn: '2026-02-10', acceptedOn: '2026-02-09' }, { asOf })).path,
    ).toEqual(['acceptedOn']);
    expect(
      refusal(() => petitionDeadlines({ acceptedOn: '2026-02-10', resolvedOn: '2026-02-09' }, { asOf })).zh,
    ).toContain('第三十四条');
    expect(
      refusal(() => petitionDeadlines({ reviewRequestedOn: '2026-02-10', reviewDecidedOn: '2026-02-09' }, { asOf }))
        .path,
    ).toEqual(['reviewDecidedOn']);
    expect(
      refusal(() => petitionDeadlines({ receivedOn: '2026-02-10', noticeGivenOn: '2026-02-09' }, { asOf })).zh,
    ).toContain('第二十三条');
  });
  it('an impossible asOf is refused', () => {
    expect(refusal(() => petitionDeadlines({}, { asOf: '2026-13-01' })).path).toEqual(['asOf']);
    expect(refusal(() => petitionDeadlines({}, {} as never)).code).toBe('required');
  });
});

describe('routes and extensions (art. 31, art. 34)', () => {
  it('an unknown route is refused, listing the six routes of art. 31', () => {
    const e = refusal(() => petitionDeadlines({ route: '第七项' }, { asOf }));
    expect(e.code).toBe('unknown_enum_value');
    expect(e.zh).toContain('第三十一条第六项');
  });
  it('the ways a 台账 writes a route are read', () => {
    for (const r of ['6', '六', '（六）', '(六)', '第六项', 'opinion', '第三十一条第六项：出具信访处理意见书']) {
      expect(petitionDeadlines({ route: r, acceptedOn: '2026-02-10' }, { asOf }).milestones[3]!.due).toBe('2026-04-13');
    }
  });
  it('a negative extension: refused, naming art. 34', () => {
    const e = refusal(() =>
      petitionDeadlines({ route: 'opinion', acceptedOn: '2026-02-10', extensionDays: -5 }, { asOf }),
    );
    expect(e).toMatchObject({ code: 'extension_negative', path: ['extensionDays'] });
    expect(e.zh).toContain('第三十四条');
  });
  it('an extension over 30 日: refused, naming art. 34; 30 itself is allowed ("不得超过")', () => {
    const e = refusal(() =>
      petitionDeadlines({ route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 31 }, { asOf }),
    );
    expect(e).toMatchObject({ code: 'extension_too_long', path: ['extensionDays'] });
    expect(e.issues[0]!.params).toEqual({ days: 31, max: 30 });
    expect(e.zh).toBe('延长办理期限31日超过第三十四条规定的30日');
    expect(
      petitionDeadlines({ route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 30 }, { asOf }).milestones[3]!.due,
    ).toBe('2026-05-11');
  });
  it('an extension on a route that has none, or on another category: refused, naming art. 34', () => {
    const e = refusal(() =>
      petitionDeadlines({ route: 'administrative', acceptedOn: '2026-02-10', extensionDays: 10 }, { asOf }),
    );
    expect(e.code).toBe('extension_not_allowed');
    expect(e.zh).toContain('第三十一条第四项');
    expect(e.zh).toContain('第三十四条');
    expect(refusal(() => petitionDeadlines({ category: 'suggestion', extensionDays: 1 }, { asOf })).code).toBe(
      'extension_not_allowed',
    );
  });
  it('an extension as text or a fraction is refused by the record', () => {
    expect(refusal(() => petitionDeadlines({ extensionDays: '10' }, { asOf })).code).toBe('invalid_type');
    expect(refusal(() => petitionDeadlines({ extensionDays: 1.5 }, { asOf })).code).toBe('invalid_type');
  });
  it('negative hearing days are refused', () => {
    expect(refusal(() => petitionDeadlines({ hearingDays: -1 }, { asOf })).code).toBe('out_of_range');
  });
});

describe('options and other inputs', () => {
  it('an unknown option: unknown_option with a suggestion', () => {
    const e = refusal(() => petitionDeadlines({}, { asOf, calender: {} } as never));
    expect(e.code).toBe('unknown_option');
    expect(e.issues[0]!.params).toMatchObject({ suggestion: 'calendar' });
  });
  it('an unknown profile, or a profile of another domain', () => {
    expect(refusal(() => petitionStatus({}, { asOf, profile: 'national-2023' })).code).toBe('unknown_profile');
    expect(
      refusal(() =>
        petitionStatus(
          {},
          {
            asOf,
            profile: {
              format: 2,
              id: 'x',
              domain: 'salary',
              version: '1',
              label: { zh: '甲', en: 'x' },
              jurisdiction: { name: { zh: '甲', en: 'x' } },
              parameters: {},
            },
          },
        ),
      ).code,
    ).toBe('wrong_profile_domain');
  });
  it('a bad calendar is refused under the calendar option', () => {
    const e = refusal(() =>
      petitionDeadlines({}, { asOf, calendar: { year: 2027, confidence: 'H', sources: [], holidays: [] } }),
    );
    expect(e.path[0]).toBe('calendar');
    expect(refusal(() => petitionDeadlines({}, { asOf, calendar: '2027' as never })).path).toEqual(['calendar']);
  });
  it('an unknown field is refused (the record is strict)', () => {
    expect(refusal(() => petitionDeadlines({ deadline: '2026-03-01' }, { asOf })).code).toBe('unrecognized_keys');
  });
  it('a registered category or route that the facts contradict is refused', () => {
    expect(refusal(() => classifyPetition({ category: 'suggestion', reportsMisconduct: true }, { asOf })).code).toBe(
      'classification_conflict',
    );
    const e = refusal(() => classifyPetition({ route: 'opinion', judicialMatter: true }, { asOf }));
    expect(e.zh).toContain('第三十一条第一项');
  });
  it('bad nested input of a check names the path into prior', () => {
    expect(refusal(() => checkPetition({ prior: { acceptedOn: '2026-02-31' } }, { asOf })).path).toEqual([
      'prior',
      'acceptedOn',
    ]);
  });
  it('a suggestion replied before it was received', () => {
    expect(
      refusal(() => reviewSuggestion({ receivedOn: '2026-03-02', repliedOn: '2026-03-01' }, { asOf })).zh,
    ).toContain('第二十九条');
  });
  it('in a batch each refusal is an error row with the row index in front; the batch goes on', () => {
    const b = petitionDeadlinesBatch(
      [
        { route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 45 },
        { intake: 'direct', category: 'suggestion', receivedOn: '2026-02-10' },
        'x',
      ],
      { asOf },
    );
    expect(b.rows.map((r) => r.outcome)).toEqual(['error', 'computed', 'error']);
    const first = b.rows[0]!;
    expect(first.outcome === 'error' && first.error.path).toEqual([0, 'extensionDays']);
    expect(b.counts).toMatchObject({ total: 3, error: 2, computed: 1 });
    expect(refusal(() => petitionDeadlinesBatch({}, { asOf })).code).toBe('invalid_type');
  });
});
