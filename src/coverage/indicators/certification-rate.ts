/**
 * 社工证持证率 (seed, 基层治理提质工程: 提升社区工作者社工证持证率): community workers employed on the date who hold
 * a 社会工作者职业资格 certificate obtained on or before it, over community workers employed on the date.
 * @module
 */
import { defineIndicator } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { communityWorkers } from '../records.js';

/**
 * Indicator `certification_rate`.
 * @category Coverage
 * @example
 * ```ts
 * certificationRateIndicator.measures[0]?.id; // 'overall'
 * ```
 */
export const certificationRateIndicator = /* @__PURE__ */ defineIndicator({
  id: 'certification_rate',
  label: { zh: '社区工作者社工证持证率', en: 'Certification rate of community workers' },
  reads: [communityWorkers],
  measures: [
    {
      id: 'overall',
      label: { zh: '社区工作者社工证持证率', en: 'Community workers with a social work certificate' },
      population: 'records',
    },
  ],
  reasons: {
    not_certified: { zh: '未持社会工作者职业资格证书', en: 'No social work certificate' },
    certified_later: { zh: '证书取得日期晚于统计日', en: 'Certificate obtained after the date' },
  },
  compute(ctx) {
    const rows = ctx.rows(communityWorkers);
    const m = ctx.measure('overall');
    const obtained = ctx.field(communityWorkers, 'certificate.obtained');
    for (let k = 0; k < rows.records.length; k++) {
      const w = rows.records[k]!;
      // Employed on the date: started on or before it, and the last day of employment not before it.
      if (
        (w.employedFrom !== undefined && w.employedFrom > ctx.asOf) ||
        (w.employedUntil !== undefined && w.employedUntil < ctx.asOf)
      ) {
        ctx.outOfScope(communityWorkers);
        continue;
      }
      const u = rows.units[k]!;
      const id = String(w.id);
      if (w.certificate === undefined) m.gap(u, 'not_certified', id);
      else if (w.certificate.obtained === undefined) m.undetermined(u, [obtained], id);
      else if (w.certificate.obtained <= ctx.asOf) m.covered(u);
      else m.gap(u, 'certified_later', id, w.certificate.obtained);
    }
    ctx.rule('coverage.certification', coverageMessages.text('rule_certification'));
  },
});
