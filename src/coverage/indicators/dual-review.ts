/**
 * Indicator 2, 行业协会商会 双审双培 (S12; formula an inference, POLICY.md §3): the share of associations whose
 * leadership changes in the period were all reviewed before the election (先审后选), and the share of association
 * party secretaries and 党建指导员 trained in the period.
 * @module
 */
import { addDays } from '../../core/calendar-date.js';
import { ErrorCode } from '../../core/errors.js';
import { CITY, collection, readList, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import type { AssociationEventRecord, TrainingRecord } from '../registry.js';
import { CoverageIssueCode, type GapReason } from '../result.js';

const S12 = { key: 'S12', title: '市委社会工作部部长 speech on 行业协会商会 双审双培 (city not named)', url: 'https://kuaisuzugao.com/154936.html' };

/** The period of indicator 2: inclusive dates. @internal */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Computes indicator 2 over `period` (dates after `asOf` are not counted). @internal */
export function dualReview(ctx: Context, data: Record<string, unknown>, period: Period): IndicatorOutput {
  const t = ctx.tracer;
  const types = readList(t, 'coverage.dualReview.eventTypes');
  const lead = t.read<number>('coverage.dualReview.minLeadDays').value;
  const roles = readList(t, 'coverage.dualReview.trainingRoles');
  const to = period.to < ctx.asOf ? period.to : ctx.asOf;
  const n = ctx.ix.units.length;

  // Associations: unit, and the first event that was not reviewed in time.
  const assoc = new Map<string, { unit: number; bad?: { reason: GapReason; event: string } }>();
  const events = collection<AssociationEventRecord>(ctx, data, 'associationEvents');
  const eventIds = new Set<string>();
  let inPeriod = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (!ctx.valid('associationEvents', e, i)) continue;
    if (eventIds.has(e.id)) {
      ctx.duplicate('associationEvents', i, 'id', e.id);
      continue;
    }
    eventIds.add(e.id);
    const u = ctx.unit(e.unit, ['associationEvents', i, 'unit'], CITY, VILLAGE);
    if (u < 0) continue;
    if (!types.includes(e.type) || e.electionDate < period.from || e.electionDate > to) continue;
    inPeriod++;
    let a = assoc.get(e.association);
    if (a === undefined) {
      a = { unit: u };
      assoc.set(e.association, a);
    } else if (a.unit !== u) {
      ctx.issues.push({
        code: CoverageIssueCode.CountedTwice,
        path: ['associationEvents', i, 'unit'],
        zh: `协会 ${e.association} 的事项登记在两个不同单位，只按第一个单位计一次`,
        en: `Association ${e.association} has events in two different units; it is counted once, in the first`,
        params: { association: e.association },
      });
    }
    // 先审后选: the review must be on or before the election date minus the lead time.
    const latest = lead === 0 ? e.electionDate : addDays(e.electionDate, -lead);
    if (a.bad === undefined && (e.reviewDate === undefined || e.reviewDate > latest)) {
      a.bad = { reason: e.reviewDate === undefined ? 'not_reviewed' : 'reviewed_late', event: e.id };
    }
  }
  const reviewDen = new Int32Array(n);
  const reviewNum = new Int32Array(n);
  for (const [id, a] of assoc) {
    reviewDen[a.unit]!++;
    if (a.bad === undefined) reviewNum[a.unit]!++;
    else ctx.gap('review', a.unit, a.bad.reason, id, a.bad.event);
  }

  // Training roster: each person once; trained when any training falls in the period.
  const people = new Map<string, { unit: number; trained: boolean }>();
  const rows = collection<TrainingRecord>(ctx, data, 'trainingRecords');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!ctx.valid('trainingRecords', r, i)) continue;
    const u = ctx.unit(r.unit, ['trainingRecords', i, 'unit'], CITY, VILLAGE);
    if (u < 0 || !roles.includes(r.role)) continue;
    const trained = r.trainedOn !== undefined && r.trainedOn >= period.from && r.trainedOn <= to;
    const p = people.get(r.person);
    if (p === undefined) {
      people.set(r.person, { unit: u, trained });
      continue;
    }
    if (p.unit !== u) {
      ctx.issues.push({
        code: CoverageIssueCode.CountedTwice,
        path: ['trainingRecords', i, 'unit'],
        zh: `人员 ${r.person} 出现在两个单位的名册中，只按第一个单位计一次`,
        en: `Person ${r.person} is on the rosters of two units; counted once, in the first`,
        params: { person: r.person },
      });
    }
    if (trained) p.trained = true;
  }
  const trainDen = new Int32Array(n);
  const trainNum = new Int32Array(n);
  for (const [id, p] of people) {
    trainDen[p.unit]!++;
    if (p.trained) trainNum[p.unit]!++;
    else ctx.gap('training', p.unit, 'not_trained', id);
  }

  if (period.from > period.to) {
    ctx.issues.push({ code: ErrorCode.OutOfRange, path: ['period'], zh: '统计期起始日期晚于结束日期', en: 'The period starts after it ends' });
  }
  t.set('period.from', period.from);
  t.set('period.to', to);
  t.set('events.inPeriod', String(inPeriod));
  t.rule({
    rule: 'coverage.dualReview.review',
    text: {
      zh: `双审覆盖率 = 期内负责人产生事项（${types.join('、')}）全部先审后选的协会数 ÷ 期内有此类事项的协会数（审核不晚于选举前 ${lead} 天）`,
      en: `Review coverage = associations all of whose leadership events (${types.join(', ')}) in the period were reviewed at least ${lead} day(s) before the election ÷ associations with such events`,
    },
    source: S12,
  });
  t.rule({
    rule: 'coverage.dualReview.training',
    text: { zh: `双培覆盖率 = 期内受训的${roles.join('、')}人数 ÷ 名册人数`, en: `Training coverage = ${roles.join(', ')} trained in the period ÷ people on the roster` },
    source: S12,
  });
  const review = ctx.measure('review', { zh: '先审后选覆盖率', en: 'Review-before-election coverage' }, reviewNum, reviewDen, VILLAGE, true);
  const training = ctx.measure('training', { zh: '党组织书记、党建指导员培训覆盖率', en: 'Training coverage of party secretaries and instructors' }, trainNum, trainDen, VILLAGE, true);
  return { measures: [review, training] };
}
