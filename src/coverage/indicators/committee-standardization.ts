/**
 * 村(居)民委员会标准化建设全覆盖 (seed): the share of village and residents committees that meet every item of the
 * host's checklist, and the share meeting each item. No official checklist was found (POLICY.md round 2 §2.1), so
 * the items are host data: without them the indicator is undetermined. The latest assessment on or before the date
 * counts; an item never assessed is not met.
 * @module
 */
import { DIVISION_KINDS } from '../../divisions/index.js';
import { defineIndicator } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { checklistItems, checklistResults } from '../records.js';
import { kindLabels } from '../units.js';

/** The latest assessment of one item for one unit. */
interface Latest {
  on: string;
  met: boolean;
}

/**
 * Indicator `committee_standardization`.
 * @category Coverage
 * @example
 * ```ts
 * committeeStandardizationIndicator.reads.map((c) => c.name); // ['checklistItems', 'checklistResults']
 * ```
 */
export const committeeStandardizationIndicator = /* @__PURE__ */ defineIndicator({
  id: 'committee_standardization',
  label: { zh: '村（居）民委员会标准化建设', en: 'Standardization of village and residents committees' },
  reads: [checklistItems, checklistResults],
  measures: [{ id: 'overall', label: { zh: '村（居）委会标准化建设达标率', en: 'Committees meeting the standard' }, population: 'units' }],
  reasons: {
    item_not_met: { zh: '标准化建设项目未达标', en: 'Checklist items not met' },
    item_not_assessed: { zh: '标准化建设项目未评估', en: 'Checklist items not assessed' },
  },
  compute(ctx) {
    const kinds = ctx.list('coverage.committee.kinds', DIVISION_KINDS);
    const items = ctx.rows(checklistItems);
    const results = ctx.rows(checklistResults);
    if (items.records.length === 0) {
      ctx.warn(coverageMessages.warning('no_checklist'));
      ctx.need([checklistItems.name]);
    }
    if (kinds === undefined || items.records.length === 0) return;
    const ids = items.records.map((i) => String(i.id));
    // The latest assessment on or before the date, per unit and item.
    const latest = new Map<number, Map<string, Latest>>();
    for (let k = 0; k < results.records.length; k++) {
      const r = results.records[k]!;
      if (!items.positionOf.has(String(r.itemId))) {
        ctx.refuse(results, k, coverageMessages.issue('unknown_item', [checklistResults.name, results.indexes[k]!, 'itemId'], { item: String(r.itemId).slice(0, 40) }));
        continue;
      }
      if (r.assessedOn > ctx.asOf) {
        ctx.outOfScope(checklistResults);
        continue;
      }
      const u = results.units[k]!;
      let byItem = latest.get(u);
      if (byItem === undefined) latest.set(u, (byItem = new Map()));
      const prev = byItem.get(String(r.itemId));
      if (prev === undefined || r.assessedOn > prev.on) byItem.set(String(r.itemId), { on: r.assessedOn, met: r.met });
    }
    const overall = ctx.measure('overall');
    const perItem = ids.map((id, j) => ctx.measure(`item:${id}`, { label: { zh: `清单项目${items.records[j]!.name ?? id}达标率`, en: `Checklist item ${id}` }, population: 'units' }));
    const units = ctx.tree.units;
    for (let u = 0; u < units.length; u++) {
      if (!kinds.includes(units[u]!.kind)) continue;
      const byItem = latest.get(u);
      const notMet: string[] = [];
      const notAssessed: string[] = [];
      ids.forEach((id, j) => {
        const s = byItem?.get(id);
        if (s?.met === true) perItem[j]!.covered(u);
        else if (s === undefined) {
          notAssessed.push(id);
          perItem[j]!.gap(u, 'item_not_assessed');
        } else {
          notMet.push(id);
          perItem[j]!.gap(u, 'item_not_met');
        }
      });
      if (notMet.length === 0 && notAssessed.length === 0) overall.covered(u);
      else overall.gap(u, notMet.length > 0 ? 'item_not_met' : 'item_not_assessed', undefined, [...notMet, ...notAssessed].join(','));
    }
    ctx.value('checklist.items', { zh: '清单项目', en: 'Checklist items' }, ids.join(','));
    ctx.rule('coverage.committee', coverageMessages.text('rule_committee', { items: ids.length, kinds: kindLabels(kinds) }), ctx.source('coverage.committee.kinds'));
  },
});
