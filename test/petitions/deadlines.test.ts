// petitionDeadlines: the milestones of arts. 22, 23, 34–36 on the legal calendar, POLICY.md Round 3 §3.1's vectors,
// make-up Saturdays, holiday roll-overs, extensions and hearings, and every way a milestone becomes undetermined.
import { describe, expect, it } from 'vitest';
import { parseWorkCalendar, withOverrides } from '../../src/core/index.js';
import { petitionDeadlines, petitionProfiles } from '../../src/petitions/index.js';
import { NOTICE_2027, milestone } from './support.js';

const asOf = '2026-03-01';
const due = (input: object, id: Parameters<typeof milestone>[1], options: object = {}) =>
  milestone(petitionDeadlines(input, { asOf, ...options }).milestones, id);

describe('POLICY.md §3.1 vectors (calendar days, start day excluded, 民法典 art. 203 roll-over)', () => {
  it('received 2026-02-10: 15日 → 2026-02-25; 5个工作日 → 2026-02-24 (02-14 a make-up Saturday, 春节 skipped)', () => {
    const r = petitionDeadlines({ intake: 'transferred', receivedOn: '2026-02-10' }, { asOf });
    expect(milestone(r.milestones, 'notice')).toMatchObject({
      outcome: 'computed',
      from: '2026-02-10',
      length: 15,
      unit: 'days',
      due: '2026-02-25',
      rolledFrom: null,
      counting: ['civil-code-201', 'civil-code-203'],
    });
    expect(milestone(r.milestones, 'objection')).toMatchObject({
      outcome: 'computed',
      length: 5,
      unit: 'working_days',
      due: '2026-02-24',
      counting: ['working-days'],
    });
    expect(milestone(r.milestones, 'notice').basis).toEqual({
      key: 'U2',
      title: '《信访工作条例》',
      article: '第二十三条第三款',
    });
  });

  it('received 2025-09-20: 15日 ends 2025-10-05 in 国庆 and rolls to 2025-10-09; 5个工作日 → 2025-09-26', () => {
    const r = petitionDeadlines({ intake: 'transferred', receivedOn: '2025-09-20' }, { asOf: '2025-09-20' });
    expect(milestone(r.milestones, 'notice')).toMatchObject({
      due: '2025-10-09',
      rolledFrom: '2025-10-05',
      holiday: { zh: '国庆节、中秋节' },
    });
    expect(milestone(r.milestones, 'objection').due).toBe('2025-09-26');
  });

  it('accepted 2026-02-10: 60日 → 2026-04-11 (Saturday) rolled to 2026-04-13', () => {
    const m = due(
      { category: 'claim', route: 'opinion', receivedOn: '2026-02-09', acceptedOn: '2026-02-10' },
      'resolve',
    );
    expect(m).toMatchObject({ outcome: 'computed', due: '2026-04-13', rolledFrom: '2026-04-11', holiday: null });
    expect(m.basis.article).toBe('第三十四条');
  });
});

describe('make-up Saturdays and holidays', () => {
  it('a 15日 period ending on a make-up Saturday (2026-02-14, 春节调休上班) stays there', () => {
    expect(due({ intake: 'direct', receivedOn: '2026-01-30' }, 'notice')).toMatchObject({
      due: '2026-02-14',
      rolledFrom: null,
    });
  });
  it('a 15日 period ending on a make-up Sunday (2025-09-28) stays there', () => {
    expect(due({ intake: 'direct', receivedOn: '2025-09-13' }, 'notice', { asOf: '2025-09-13' }).due).toBe(
      '2025-09-28',
    );
  });
  it('5个工作日 count make-up days: from 2025-10-09, 10-10, 10-11 (Saturday worked), 10-13, 10-14, 10-15', () => {
    expect(due({ intake: 'transferred', receivedOn: '2025-10-09' }, 'objection', { asOf: '2025-10-09' }).due).toBe(
      '2025-10-15',
    );
  });
  it('5个工作日 across 2026-02-28 (a make-up Saturday): from 02-24, the 5th working day is 03-02', () => {
    expect(due({ intake: 'transferred', receivedOn: '2026-02-24' }, 'objection').due).toBe('2026-03-02');
  });
  it('a last day in the 春节 holiday (2026-02-15…23) rolls to 2026-02-24', () => {
    expect(due({ intake: 'direct', receivedOn: '2026-02-01' }, 'notice')).toMatchObject({
      due: '2026-02-24',
      rolledFrom: '2026-02-16',
      holiday: { zh: '春节' },
    });
  });
  it('a last day on 2026-10-01 (国庆) rolls to 2026-10-08', () => {
    expect(due({ intake: 'direct', receivedOn: '2026-09-16' }, 'notice').due).toBe('2026-10-08');
  });
  it('an ordinary weekend rolls to Monday; a plain weekday stays', () => {
    expect(due({ intake: 'petition_office', receivedOn: '2026-03-06' }, 'route')).toMatchObject({
      due: '2026-03-23',
      rolledFrom: '2026-03-21',
    });
    expect(due({ intake: 'petition_office', receivedOn: '2026-03-05' }, 'route')).toMatchObject({
      due: '2026-03-20',
      rolledFrom: null,
    });
  });
});

describe('which milestones apply', () => {
  it('a petition office: 登记并转送、交办 (art. 22) only', () => {
    const r = petitionDeadlines({ intake: 'petition_office', receivedOn: '2026-02-10' }, { asOf });
    expect(r.milestones.map((m) => [m.id, m.outcome])).toEqual([
      ['route', 'computed'],
      ['notice', 'not_applicable'],
      ['objection', 'not_applicable'],
      ['resolve', 'undetermined'],
      ['reviewRequest', 'not_applicable'],
      ['review', 'not_applicable'],
      ['reexamRequest', 'not_applicable'],
      ['reexam', 'not_applicable'],
    ]);
    expect(milestone(r.milestones, 'route').due).toBe('2026-02-25');
  });
  it('a direct submission with the name or address unclear: no notice period (art. 23 ¶2 proviso)', () => {
    const m = due({ intake: 'direct', identityUnclear: true, receivedOn: '2026-02-10' }, 'notice');
    expect(m.outcome).toBe('not_applicable');
    expect(m.reason?.zh).toContain('姓名（名称）、住址不清');
  });
  it('the proviso is only in ¶2: a transferred item with the identity unclear still has its notice period', () => {
    expect(due({ intake: 'transferred', identityUnclear: true, receivedOn: '2026-02-10' }, 'notice').due).toBe(
      '2026-02-25',
    );
  });
  it('the 60 日 of art. 34 only for route (六): other routes and categories are not applicable', () => {
    expect(due({ category: 'claim', route: 'administrative', acceptedOn: '2026-02-10' }, 'resolve').outcome).toBe(
      'not_applicable',
    );
    expect(due({ category: 'suggestion', acceptedOn: '2026-02-10' }, 'resolve').outcome).toBe('not_applicable');
    expect(due({ category: 'accusation', acceptedOn: '2026-02-10' }, 'resolve').reason?.zh).toContain('检举控告类');
  });
  it('a route implies a claim (no category needed)', () => {
    expect(due({ route: '六', acceptedOn: '2026-02-10' }, 'resolve').due).toBe('2026-04-13');
  });
  it('review and re-examination: 30 + 30 each, hearing days not counted', () => {
    const r = petitionDeadlines(
      {
        category: 'claim',
        route: 'opinion',
        receivedOn: '2026-01-05',
        acceptedOn: '2026-01-06',
        resolvedOn: '2026-03-02',
        answerReceivedOn: '2026-03-04',
        reviewRequestedOn: '2026-03-20',
        reviewDecidedOn: '2026-04-17',
        reviewAnswerReceivedOn: '2026-04-20',
        reexamRequestedOn: '2026-05-11',
        hearingDays: 10,
      },
      { asOf: '2026-05-11' },
    );
    // 03-04 + 30 = 04-03 (Fri); 03-20 + 30 = 04-19 (Sun) → 04-20; 04-20 + 30 = 05-20 (Wed); 05-11 + 30 + 10 = 06-20 (端午 06-19…21) → 06-22.
    expect(milestone(r.milestones, 'reviewRequest').due).toBe('2026-04-03');
    expect(milestone(r.milestones, 'review')).toMatchObject({ due: '2026-04-20', rolledFrom: '2026-04-19' });
    expect(milestone(r.milestones, 'reexamRequest').due).toBe('2026-05-20');
    expect(milestone(r.milestones, 'reexam')).toMatchObject({
      length: 40,
      due: '2026-06-22',
      rolledFrom: '2026-06-20',
      holiday: { zh: '端午节' },
    });
    expect(milestone(r.milestones, 'reexam').basis.article).toBe('第三十六条');
  });
  it('an approved extension adds to the 60 日 (one period of 60 + n days, rolled once)', () => {
    // 2026-02-10 + 90 = 2026-05-11 (Monday), not 04-13 + 30.
    expect(due({ route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 30 }, 'resolve')).toMatchObject({
      length: 90,
      due: '2026-05-11',
    });
    expect(due({ route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 0 }, 'resolve').length).toBe(60);
  });
});

describe('undetermined, never guessed', () => {
  it('no 受理 date yet: 办结 is undetermined with acceptedOn missing', () => {
    const r = petitionDeadlines(
      { intake: 'transferred', category: 'claim', route: 'opinion', receivedOn: '2026-02-10' },
      { asOf },
    );
    expect(r.outcome).toBe('undetermined');
    expect(milestone(r.milestones, 'resolve')).toMatchObject({
      outcome: 'undetermined',
      due: null,
      missing: ['acceptedOn'],
    });
    expect(r.missing).toEqual(['acceptedOn']);
    expect(milestone(r.milestones, 'notice').due).toBe('2026-02-25');
  });
  it('no category or route: 办结 names the category', () => {
    expect(due({ acceptedOn: '2026-02-10' }, 'resolve').missing).toEqual(['category']);
    expect(due({ category: 'claim' }, 'resolve').missing).toEqual(['route', 'acceptedOn']);
  });
  it('no intake or no receipt date', () => {
    expect(due({ receivedOn: '2026-02-10' }, 'notice').missing).toEqual(['intake']);
    expect(due({ intake: 'direct' }, 'notice').missing).toEqual(['receivedOn']);
    expect(due({}, 'route').missing).toEqual(['intake', 'receivedOn']);
  });
  it('a later step recorded without its start date: that milestone is undetermined', () => {
    expect(
      due({ route: 'opinion', acceptedOn: '2026-01-06', resolvedOn: '2026-02-01' }, 'reviewRequest').missing,
    ).toEqual(['answerReceivedOn']);
    expect(due({ reexamDecidedOn: '2026-02-01' }, 'reexam').missing).toEqual(['reexamRequestedOn']);
  });
  it('a year without holiday data: calendar_year_unknown as calendar:2027, never a guess', () => {
    const r = petitionDeadlines({ intake: 'transferred', receivedOn: '2026-12-20' }, { asOf: '2026-12-20' });
    // 15日 → 2027-01-04: a Monday, but whether it is a working day depends on the 2027 notice.
    expect(milestone(r.milestones, 'notice')).toMatchObject({
      outcome: 'undetermined',
      due: null,
      missing: ['calendar:2027'],
    });
    // 12-21…12-25 are the five working days: determined without 2027.
    expect(milestone(r.milestones, 'objection').due).toBe('2026-12-25');
    expect(r.missing).toEqual(['calendar:2027', 'category', 'acceptedOn']);
    const late = petitionDeadlines({ intake: 'transferred', receivedOn: '2026-12-28' }, { asOf: '2026-12-28' });
    expect(milestone(late.milestones, 'objection')).toMatchObject({
      outcome: 'undetermined',
      due: null,
      missing: ['calendar:2027'],
    });
    expect(milestone(r.milestones, 'notice').reason?.zh).toContain('缺少2027年放假安排');
  });
  it('a period ending on a working day of the known year needs no next year', () => {
    expect(due({ intake: 'direct', receivedOn: '2026-12-10' }, 'notice', { asOf: '2026-12-10' }).due).toBe(
      '2026-12-25',
    );
  });
  it("the host loads next year's notice (calendar JSON, added to the shipped years) the day it is published", () => {
    const r = petitionDeadlines(
      { intake: 'transferred', receivedOn: '2026-12-20' },
      { asOf: '2026-12-20', calendar: NOTICE_2027 },
    );
    expect(milestone(r.milestones, 'notice').due).toBe('2027-01-04');
    // 12-21…12-25 are the five working days: the 2027 notice is not even needed for it.
    expect(milestone(r.milestones, 'objection').due).toBe('2026-12-25');
    const late = petitionDeadlines(
      { intake: 'transferred', receivedOn: '2026-12-30' },
      { asOf: '2026-12-30', calendar: NOTICE_2027 },
    );
    // 12-31, then 01-04…01-07 (01-01…03 rest).
    expect(milestone(late.milestones, 'objection').due).toBe('2027-01-07');
  });
  it('a calendar without the shipped years (a WorkCalendar used as is) leaves 2026 unknown', () => {
    const only2027 = parseWorkCalendar(NOTICE_2027);
    expect(
      due({ intake: 'transferred', receivedOn: '2026-02-10' }, 'objection', { calendar: only2027 }).missing,
    ).toEqual(['calendar:2026']);
  });
  it('an event before the 条例 took effect (2022-05-01): undetermined, the rules of that time apply', () => {
    const m = due({ intake: 'direct', receivedOn: '2022-04-20' }, 'notice');
    expect(m).toMatchObject({ outcome: 'undetermined', missing: ['parameter:petition.noticeDays'] });
    expect(m.reason?.zh).toContain('2022-05-01');
  });
  it('parameters read before 2022-05-01 have no value: undetermined with the parameter missing', () => {
    const r = petitionDeadlines({ intake: 'direct', receivedOn: '2022-04-20' }, { asOf: '2022-04-30' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toContain('parameter:petition.noticeDays');
  });
});

describe('the readings are parameters a host can change', () => {
  it('daysAreCalendarDays false: the 15日 become 15 working days', () => {
    const host = withOverrides(petitionProfiles.get('national-2022'), { 'petition.daysAreCalendarDays': false });
    // From 2026-02-10: 11, 12, 13, 14 (Sat worked), 24, 25, 26, 27, 28 (Sat worked), 03-02 … the 15th is 03-09.
    expect(due({ intake: 'direct', receivedOn: '2026-02-10' }, 'notice', { profile: host })).toMatchObject({
      unit: 'working_days',
      due: '2026-03-09',
    });
  });
  it('a convention without roll-over keeps the 60th day on its Saturday', () => {
    const p = petitionProfiles.get('national-2022');
    const rule = {
      id: 'no-roll',
      label: { zh: '不顺延', en: 'no roll-over' },
      startDayExcluded: true,
      rollOver: 'none',
      articles: { start: 'civil-code-201', monthEnd: 'civil-code-202' },
    };
    const host = withOverrides(p, { 'petition.countingPolicy': { set: rule } });
    expect(due({ route: 'opinion', acceptedOn: '2026-02-10' }, 'resolve', { profile: host })).toMatchObject({
      due: '2026-04-11',
      rolledFrom: null,
      counting: ['civil-code-201'],
    });
  });
  it('a host sets the 60 日 to 30 (its own rule): used, and the result says it is an override', () => {
    const host = withOverrides(petitionProfiles.get('national-2022'), { 'petition.resolveDays': 30 });
    const r = petitionDeadlines({ route: 'opinion', acceptedOn: '2026-02-10' }, { asOf, profile: host });
    expect(milestone(r.milestones, 'resolve').due).toBe('2026-03-12');
    expect(r.explanation?.parameters.find((x) => x.id === 'petition.resolveDays')?.override).toBe(true);
  });
});

describe('the profile', () => {
  it('every number of the 2022 条例 is dated 2022-05-01 and cites U2 with its article', () => {
    const p = petitionProfiles.get('national-2022');
    const numbers = [
      'routeDays',
      'noticeDays',
      'transferredNoticeDays',
      'objectionWorkdays',
      'resolveDays',
      'extensionMaxDays',
      'reviewRequestDays',
      'reviewDays',
      'reexamRequestDays',
      'reexamDays',
      'maxRepresentatives',
    ];
    expect(numbers.map((n) => p.parameters[`petition.${n}`]!.values[0]!.value)).toEqual([
      15, 15, 15, 5, 60, 30, 30, 30, 30, 30, 5,
    ]);
    for (const n of numbers) {
      const v = p.parameters[`petition.${n}`]!.values[0]!;
      expect(v.effectiveFrom).toBe('2022-05-01');
      expect(v.source.key).toBe('U2');
      expect(v.source.article).toMatch(/^第.+条/);
    }
  });
  it('the readings are provisional with confidence M; the reply deadline is not found', () => {
    const p = petitionProfiles.get('national-2022');
    for (const id of ['petition.daysAreCalendarDays', 'petition.countingPolicy'])
      expect(p.parameters[id]!.values[0]).toMatchObject({ provisional: true, confidence: 'M' });
    expect(p.parameters['petition.suggestion.replyDueDays']!.values[0]).toMatchObject({ value: null, notFound: true });
    expect(p.parameters['petition.suggestion.requiredElements']!.values[0]!.source.key).toBe('U21');
  });
});
