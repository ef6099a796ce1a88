/**
 * Indicator 3, 村(居)委会标准化建设: the share of village-level committees (kinds from the profile) that meet
 * every item of the host's checklist, and the share meeting each item. No official checklist was found
 * (POLICY.md round 2 §2.1), so the items are data; the latest assessment on or before the date counts.
 * @module
 */
import { toDayNumber } from '../../core/calendar-date.js';
import { ErrorCode } from '../../core/errors.js';
import type { DivisionKind } from '../../divisions/index.js';
import { collection, readList, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import type { ChecklistItem, ChecklistResult } from '../registry.js';
import { CoverageIssueCode, type MeasureResult } from '../result.js';
import { kindMask } from '../units.js';

const NONE = 0;
const MET = 1;
const NOT_MET = 2;

/** Computes indicator 3. @internal */
export function committeeStandardization(ctx: Context, data: Record<string, unknown>): IndicatorOutput {
  const t = ctx.tracer;
  const kinds = readList(t, 'coverage.committee.kinds') as DivisionKind[];
  const n = ctx.ix.units.length;

  const items: string[] = [];
  const itemIndex = new Map<string, number>();
  const given = collection<ChecklistItem>(ctx, data, 'checklistItems');
  for (let i = 0; i < given.length; i++) {
    const it = given[i]!;
    if (!ctx.valid('checklistItems', it, i)) continue;
    if (itemIndex.has(it.id)) {
      ctx.duplicate('checklistItems', i, 'id', it.id);
      continue;
    }
    itemIndex.set(it.id, items.length);
    items.push(it.id);
  }
  const results = collection<ChecklistResult>(ctx, data, 'checklistResults');
  const fromResults = items.length === 0;
  if (fromResults) {
    // No list given: take the items seen in the results, in code-point order, and say so.
    const seen = new Set<string>();
    for (const r of results) if (r !== null && typeof r === 'object' && typeof r.item === 'string' && r.item !== '') seen.add(r.item);
    for (const id of [...seen].sort()) {
      itemIndex.set(id, items.length);
      items.push(id);
    }
    if (items.length > 0) {
      t.warn({
        code: CoverageIssueCode.ChecklistFromResults,
        zh: '未提供标准化建设清单（checklistItems），按评估结果中出现的项目计算',
        en: 'No checklist (checklistItems) was given; the items found in the results are used',
      });
    }
  }
  if (items.length === 0) {
    ctx.issues.push({
      code: CoverageIssueCode.MissingChecklist,
      path: ['checklistItems'],
      zh: '没有标准化建设清单项目：未找到官方清单，须由使用方提供；所有单位按未达标计',
      en: 'No checklist items: no official checklist was found, the host must supply one; every unit counts as not meeting it',
    });
  }

  const k = items.length;
  const status = new Uint8Array(n * k);
  const day = new Int32Array(n * k).fill(-1);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (!ctx.valid('checklistResults', r, i)) continue;
    const u = ctx.unit(r.unit, ['checklistResults', i, 'unit'], VILLAGE, VILLAGE);
    if (u < 0 || r.assessedOn > ctx.asOf) continue;
    const item = itemIndex.get(r.item);
    if (item === undefined) {
      ctx.issues.push({
        code: CoverageIssueCode.UnknownItem,
        path: ['checklistResults', i, 'item'],
        zh: `清单中没有项目 ${r.item}，该结果未计入`,
        en: `Checklist item ${r.item} is not in the checklist; the result is not counted`,
        params: { item: r.item },
      });
      continue;
    }
    const slot = u * k + item;
    const d = toDayNumber(r.assessedOn);
    if (d === day[slot]) {
      ctx.issues.push({
        code: ErrorCode.Duplicate,
        path: ['checklistResults', i],
        zh: `${r.unit} 的项目 ${r.item} 在 ${r.assessedOn} 有两条评估结果，只计第一条`,
        en: `${r.unit} has two results for item ${r.item} on ${r.assessedOn}; only the first counts`,
        params: { unit: r.unit, item: r.item, date: r.assessedOn },
      });
      continue;
    }
    if (d > day[slot]!) {
      day[slot] = d;
      status[slot] = r.met ? MET : NOT_MET;
    }
  }

  const den = kindMask(ctx.ix, kinds);
  const overall = new Int32Array(n);
  const perItem = items.map(() => new Int32Array(n));
  for (let u = 0; u < n; u++) {
    if (den[u] === 0) continue;
    let all = k > 0;
    for (let j = 0; j < k; j++) {
      const s = status[u * k + j]!;
      if (s === MET) perItem[j]![u] = 1;
      else {
        all = false;
        ctx.gap('overall', u, s === NONE ? 'item_not_assessed' : 'item_not_met', undefined, items[j]);
      }
    }
    if (k === 0) ctx.gap('overall', u, 'item_not_assessed');
    if (all) overall[u] = 1;
  }
  t.rule({
    rule: 'coverage.committee.standardization',
    text: {
      zh: `标准化建设覆盖率 = 清单 ${k} 项全部达标的村(居)委会数 ÷ 村(居)委会数（${kinds.join('、')}）；以计算日或之前的最新评估为准`,
      en: `Standardization coverage = committees meeting all ${k} checklist items ÷ committees (${kinds.join(', ')}); the latest assessment on or before the date counts`,
    },
    source: { title: 'NOT FOUND: no official 村(居)委会标准化建设 checklist (POLICY.md round 2 §2.1); items are host data' },
  });
  t.set('checklist.items', items.join(','));
  const measures: MeasureResult[] = [ctx.measure('overall', { zh: '村(居)委会标准化建设达标率', en: 'Committees meeting the standard' }, overall, den.slice(), VILLAGE)];
  for (let j = 0; j < k; j++) {
    measures.push(ctx.measure(`item:${items[j]}`, { zh: `清单项目 ${items[j]} 达标率`, en: `Checklist item ${items[j]}` }, perItem[j]!, den.slice(), VILLAGE));
  }
  return { measures };
}
