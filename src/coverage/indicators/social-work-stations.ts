/**
 * Indicator 5, 镇街社会工作站: the share of 镇 + 街道 with an operating 社会工作站 (national goal: 全覆盖 by the end
 * of the 十四五, S40), and the share of village-level units with an operating 社会工作室 (encouraged, seed article).
 * @module
 */
import type { DivisionKind } from '../../divisions/index.js';
import { collection, readList, TOWNSHIP, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import type { StationRecord } from '../registry.js';
import { COVERED, INACTIVE, unitStatusMeasure } from './unit-status.js';

const S40 = { key: 'S40', title: '抚州社工站 方案 (quotes the 十四五 民政规划 goal: 乡镇(街道)社工站全覆盖)', url: 'http://www.boteman.cn/paper/508203707.html' };

/** Computes indicator 5. @internal */
export function socialWorkStations(ctx: Context, data: Record<string, unknown>): IndicatorOutput {
  const t = ctx.tracer;
  const townshipKinds = readList(t, 'coverage.stations.townshipKinds') as DivisionKind[];
  const villageKinds = readList(t, 'coverage.stations.villageKinds') as DivisionKind[];
  const status = new Uint8Array(ctx.ix.units.length);
  const stations = collection<StationRecord>(ctx, data, 'stations');
  const ids = new Set<string>();
  let operating = 0;
  for (let i = 0; i < stations.length; i++) {
    const r = stations[i]!;
    if (!ctx.valid('stations', r, i)) continue;
    if (ids.has(r.id)) {
      ctx.duplicate('stations', i, 'id', r.id);
      continue;
    }
    ids.add(r.id);
    const u = ctx.unit(r.unit, ['stations', i, 'unit'], TOWNSHIP, VILLAGE);
    if (u < 0) continue;
    if (r.opened <= ctx.asOf && (r.closed === undefined || r.closed > ctx.asOf)) {
      operating++;
      status[u] = COVERED;
    } else if (status[u] !== COVERED) status[u] = INACTIVE;
  }
  t.set('stations.operating', String(operating));
  t.rule({
    rule: 'coverage.stations',
    text: {
      zh: `社工站覆盖率 = 有运营中社会工作站的镇街数 ÷ 镇街数（${townshipKinds.join('、')}）；社会工作室覆盖率按村(社区)（${villageKinds.join('、')}）同样计算`,
      en: `Station coverage = townships with an operating social work station ÷ townships (${townshipKinds.join(', ')}); room coverage likewise over village-level units (${villageKinds.join(', ')})`,
    },
    source: S40,
  });
  const reasons = ['no_station', 'station_not_operating'] as const;
  const township = unitStatusMeasure(ctx, 'township', { zh: '镇街社会工作站覆盖率', en: 'Townships with an operating social work station' }, status, townshipKinds, TOWNSHIP, reasons);
  const village = unitStatusMeasure(ctx, 'village', { zh: '村(社区)社会工作室覆盖率', en: 'Village-level units with an operating social work room' }, status, villageKinds, VILLAGE, reasons);
  return { measures: [township, village] };
}
