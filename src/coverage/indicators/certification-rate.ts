/**
 * 社工证持证率 (seed article, 基层治理提质工程): certified community workers ÷ community workers employed on the
 * date, per unit and rolled up.
 * @module
 */
import { collection, TOWNSHIP, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import type { CommunityWorkerRecord } from '../registry.js';

/** Computes the certification rate. @internal */
export function certificationRate(ctx: Context, data: Record<string, unknown>): IndicatorOutput {
  const t = ctx.tracer;
  const n = ctx.ix.units.length;
  const den = new Int32Array(n);
  const num = new Int32Array(n);
  const workers = collection<CommunityWorkerRecord>(ctx, data, 'communityWorkers');
  const ids = new Set<string>();
  let notEmployed = 0;
  for (let i = 0; i < workers.length; i++) {
    const r = workers[i]!;
    if (!ctx.valid('communityWorkers', r, i)) continue;
    if (ids.has(r.id)) {
      ctx.duplicate('communityWorkers', i, 'id', r.id);
      continue;
    }
    ids.add(r.id);
    const u = ctx.unit(r.unit, ['communityWorkers', i, 'unit'], TOWNSHIP, VILLAGE);
    if (u < 0) continue;
    // Employed on the date: started on or before it, and `employedUntil` (last day) not before it.
    if ((r.employedFrom !== undefined && r.employedFrom > ctx.asOf) || (r.employedUntil !== undefined && r.employedUntil < ctx.asOf)) {
      notEmployed++;
      continue;
    }
    den[u]!++;
    if (r.certified && (r.certifiedOn === undefined || r.certifiedOn <= ctx.asOf)) num[u]!++;
    else ctx.gap('overall', u, 'not_certified', r.id);
  }
  t.set('workers.notEmployed', String(notEmployed));
  t.rule({
    rule: 'coverage.certification',
    text: {
      zh: '持证率 = 计算日持有社会工作者职业资格证书的社区工作者数 ÷ 计算日在岗社区工作者数',
      en: 'Certification rate = community workers holding a social work certificate on the date ÷ community workers employed on the date',
    },
    source: { title: '淮安市委社会工作部 “123456” 总体思路 (seed article)', article: '基层治理提质工程: 提升社区工作者社工证持证率' },
  });
  return { measures: [ctx.measure('overall', { zh: '社区工作者社工证持证率', en: 'Community workers with a social work certificate' }, num, den, VILLAGE, true)] };
}
