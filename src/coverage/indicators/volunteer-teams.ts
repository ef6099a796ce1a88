/**
 * Indicator 4, 镇街、社区志愿服务队伍: the share of 镇街 and of village-level units with at least one active
 * volunteer team. No official definition was found (POLICY.md round 2 §2.3): "active" means established, not
 * dissolved, and with an activity inside the window (a provisional parameter).
 * @module
 */
import { addDays } from '../../core/calendar-date.js';
import type { DivisionKind } from '../../divisions/index.js';
import { collection, readList, TOWNSHIP, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import type { VolunteerTeamRecord } from '../registry.js';
import { COVERED, INACTIVE, unitStatusMeasure } from './unit-status.js';

/** Computes indicator 4. @internal */
export function volunteerTeams(ctx: Context, data: Record<string, unknown>): IndicatorOutput {
  const t = ctx.tracer;
  const townshipKinds = readList(t, 'coverage.volunteer.townshipKinds') as DivisionKind[];
  const villageKinds = readList(t, 'coverage.volunteer.villageKinds') as DivisionKind[];
  const window = t.read<number>('coverage.volunteer.activityWindowDays').value;
  const villageCoversTownship = t.read<boolean>('coverage.volunteer.villageTeamsCoverTownship').value;
  // Active when the latest activity is in (asOf − window, asOf].
  const after = addDays(ctx.asOf, -window);
  const status = new Uint8Array(ctx.ix.units.length);
  const teams = collection<VolunteerTeamRecord>(ctx, data, 'volunteerTeams');
  const ids = new Set<string>();
  let active = 0;
  for (let i = 0; i < teams.length; i++) {
    const r = teams[i]!;
    if (!ctx.valid('volunteerTeams', r, i)) continue;
    if (ids.has(r.id)) {
      ctx.duplicate('volunteerTeams', i, 'id', r.id);
      continue;
    }
    ids.add(r.id);
    const u = ctx.unit(r.unit, ['volunteerTeams', i, 'unit'], TOWNSHIP, VILLAGE);
    if (u < 0 || r.established > ctx.asOf) continue;
    const isActive = (r.dissolved === undefined || r.dissolved > ctx.asOf) && r.lastActivityOn !== undefined && r.lastActivityOn > after && r.lastActivityOn <= ctx.asOf;
    if (isActive) {
      active++;
      status[u] = COVERED;
      if (villageCoversTownship && ctx.ix.level[u] === VILLAGE) status[ctx.ix.parent[u]!] = COVERED;
    } else if (status[u] !== COVERED) status[u] = INACTIVE;
  }
  t.set('teams.active', String(active));
  t.rule({
    rule: 'coverage.volunteer.teams',
    text: {
      zh: `志愿服务队伍覆盖率 = 有至少 1 支活跃队伍（成立、未撤销、近 ${window} 天内有活动）的单位数 ÷ 单位数（镇街：${townshipKinds.join('、')}；村(社区)：${villageKinds.join('、')}）`,
      en: `Volunteer-team coverage = units with at least one active team (established, not dissolved, an activity in the last ${window} days) ÷ units (township: ${townshipKinds.join(', ')}; village: ${villageKinds.join(', ')})`,
    },
    source: { title: 'NOT FOUND: no definition of 镇街社区志愿服务队伍全覆盖 (POLICY.md round 2 §2.3); seed article 第五段' },
  });
  const reasons = ['no_team', 'no_active_team'] as const;
  const township = unitStatusMeasure(ctx, 'township', { zh: '镇街志愿服务队伍覆盖率', en: 'Townships with an active volunteer team' }, status, townshipKinds, TOWNSHIP, reasons);
  const village = unitStatusMeasure(ctx, 'village', { zh: '村(社区)志愿服务队伍覆盖率', en: 'Village-level units with an active volunteer team' }, status, villageKinds, VILLAGE, reasons);
  return { measures: [township, village] };
}
