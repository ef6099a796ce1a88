// Every petitions result renders through core explain(): entirely Chinese (zh) or entirely English (en), with the
// articles and counting rules named.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import {
  checkPetition,
  classifyPetition,
  explain,
  petitionDeadlines,
  petitionDeadlinesBatch,
  petitionProfiles,
  petitionStatus,
  petitionStatusBatch,
  reviewSuggestion,
} from '../../src/petitions/index.js';
import { NOTICE_2027, enText, zhText } from './support.js';

const asOf = '2026-03-01';
const full = {
  id: 'XF-1',
  office: '某局',
  intake: 'transferred',
  form: 'visit',
  visitors: 8,
  representatives: 6,
  category: 'claim',
  route: 'opinion',
  receivedOn: '2025-09-20',
  acceptedOn: '2025-09-22',
  extensionDays: 20,
  resolvedOn: '2025-12-01',
  answerReceivedOn: '2025-12-03',
  reviewRequestedOn: '2025-12-20',
  reviewDecidedOn: '2026-01-30',
  reviewAnswerReceivedOn: '2026-02-02',
  reexamRequestedOn: '2026-02-27',
  hearingDays: 5,
};

const results: [string, unknown][] = [
  ['deadlines', petitionDeadlines(full, { asOf })],
  [
    'deadlines, undetermined (2027, no acceptance)',
    petitionDeadlines(
      { intake: 'transferred', category: 'claim', route: '六', receivedOn: '2026-12-28' },
      { asOf: '2026-12-28' },
    ),
  ],
  [
    'deadlines, 2027 loaded',
    petitionDeadlines(
      { intake: 'transferred', receivedOn: '2026-12-28' },
      { asOf: '2026-12-28', calendar: NOTICE_2027 },
    ),
  ],
  [
    'deadlines, working-day reading',
    petitionDeadlines(
      { intake: 'direct', receivedOn: '2026-02-10' },
      {
        asOf,
        profile: withOverrides(petitionProfiles.get('national-2022'), { 'petition.daysAreCalendarDays': false }),
      },
    ),
  ],
  ['status', petitionStatus(full, { asOf })],
  [
    'status, not started and not applicable',
    petitionStatus(
      {
        intake: 'direct',
        identityUnclear: true,
        category: 'claim',
        route: 'arbitration',
        receivedOn: '2026-02-10',
        acceptedOn: '2026-03-05',
      },
      { asOf },
    ),
  ],
  [
    'check',
    checkPetition(
      {
        form: 'visit',
        visitors: 8,
        representatives: 6,
        receivedOn: '2026-03-01',
        toSuperior: true,
        sameFactsAndReasons: true,
        prior: {
          route: 'opinion',
          acceptedOn: '2026-02-10',
          reexamRequestedOn: '2026-02-12',
          reexamDecidedOn: '2026-02-20',
        },
      },
      { asOf },
    ),
  ],
  [
    'check, undetermined',
    checkPetition(
      { form: 'visit', visitors: 9, receivedOn: '2026-03-01', prior: { acceptedOn: '2026-02-10' } },
      { asOf },
    ),
  ],
  [
    'classification',
    classifyPetition(
      {
        makesClaim: true,
        judicialMatter: false,
        arbitrable: false,
        partyAppeal: false,
        administrativeProcedure: false,
        protectionRequest: false,
      },
      { asOf },
    ),
  ],
  ['classification, undetermined', classifyPetition({ makesClaim: true, reportsMisconduct: true }, { asOf })],
  [
    'suggestion',
    reviewSuggestion(
      { topic: '加装电梯', personalClaim: false, legalChannel: 'none', receivedOn: '2026-03-02' },
      { asOf },
    ),
  ],
  ['suggestion, excluded', reviewSuggestion({ topic: '个人补偿', personalClaim: true }, { asOf })],
  [
    'batch with an error row',
    petitionStatusBatch([full, { route: '7' }, { route: 'opinion', acceptedOn: '2026-02-10', extensionDays: 40 }], {
      asOf,
      explain: true,
    }),
  ],
  ['deadline batch', petitionDeadlinesBatch([full, { receivedOn: '2026-02-30' }], { asOf })],
];

describe('explain() renders every petitions result', () => {
  it.each(results)('%s: Chinese entirely Chinese', (_, r) => {
    const zh = zhText(explain(r));
    expect(zh).not.toMatch(/[A-Za-z]/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it.each(results)('%s: English entirely English (document titles and article numbers cited as written)', (_, r) => {
    const en = enText(explain(r, { lang: 'en' }));
    expect(en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });
  it('names the articles and the counting rules', () => {
    const zh = explain(results[0]![1]);
    expect(zh).toContain(
      '书面告知：自收到之日（2025-09-20）起15日，期限届满日为2025-10-09（开始的当日不计入；第15日2025-10-05是国庆节、中秋节假期，顺延至其后的第一个工作日；期间计算类推适用民法典第二百零一条至第二百零三条）（依据：《信访工作条例》第二十三条第三款）',
    );
    expect(zh).toContain('提出异议：自收到之日（2025-09-20）起5个工作日，第5个工作日为2025-09-26');
    expect(zh).toContain('办结：自受理之日（2025-09-22）起80日（60日，另经批准延长20日），期限届满日为2025-12-11');
    expect(zh).toContain('复核意见：自收到复核请求之日（2026-02-27）起35日（30日，听证所需5日不计入期限，相应后延）');
    expect(zh).toContain(
      '期间计算方法：（表，见配置）（自 2022-05-01 起；《中华人民共和国民法典》第二百零一条至第二百零三条；可信度中；暂定',
    );
    const en = explain(results[0]![1], { lang: 'en' });
    expect(en).toContain('Objection: 5 working days from receipt (2025-09-20); the 5th working day is 2025-09-26');
  });
  it('an overdue status names art. 44(三) / 45(一)', () => {
    const s = explain(
      petitionStatus(
        { intake: 'direct', category: 'claim', route: 'opinion', receivedOn: '2026-02-10', acceptedOn: '2026-02-10' },
        { asOf: '2026-04-20' },
      ),
    );
    expect(s).toContain('逾期属于《信访工作条例》第四十四条第三项规定的情形');
    expect(s).toContain('逾期属于《信访工作条例》第四十五条第一项规定的情形');
  });
});
