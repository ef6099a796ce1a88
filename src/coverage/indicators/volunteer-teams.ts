/**
 * 镇街、社区志愿服务队伍全覆盖 (seed): the share of 镇街 and of 村(社区) with a volunteer team in force on the date. No
 * official definition was found: by default a team in force (established, not dissolved)
 * covers its unit; a host may require a recent activity (then it supplies the window, which no text gives).
 * @module
 */
import { addDays } from '../../core/calendar-date.js';
import { DIVISION_KINDS } from '../../divisions/index.js';
import { defineIndicator } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { volunteerTeams } from '../records.js';
import { kindLabels, LEVEL_NUMBER } from '../units.js';
import { stateOn, UnitStates, type RecordState } from './unit-status.js';

/**
 * Indicator `volunteer_teams`.
 * @category Coverage
 * @example
 * ```ts
 * volunteerTeamsIndicator.measures.map((m) => m.id); // ['township', 'village']
 * ```
 */
export const volunteerTeamsIndicator = /* @__PURE__ */ defineIndicator({
  id: 'volunteer_teams',
  label: { zh: '镇街、社区志愿服务队伍', en: 'Volunteer teams in townships and communities' },
  reads: [volunteerTeams],
  measures: [
    {
      id: 'township',
      label: { zh: '镇街志愿服务队伍覆盖率', en: 'Townships with a volunteer team' },
      population: 'units',
      deepest: 'township',
    },
    {
      id: 'village',
      label: { zh: '村（社区）志愿服务队伍覆盖率', en: 'Village-level units with a volunteer team' },
      population: 'units',
    },
  ],
  reasons: {
    no_team: { zh: '没有志愿服务队伍', en: 'No volunteer team' },
    no_active_team: {
      zh: '有队伍但统计日不在册（尚未成立、已撤销或近期无活动）',
      en: 'Teams exist but none is in force on the date (not yet set up, dissolved, or no recent activity)',
    },
  },
  compute(ctx) {
    const townshipKinds = ctx.list('coverage.volunteer.townshipKinds', DIVISION_KINDS);
    const villageKinds = ctx.list('coverage.volunteer.villageKinds', DIVISION_KINDS);
    const activityRequired = ctx.flag('coverage.volunteer.activityRequired');
    const villageCovers = ctx.flag('coverage.volunteer.villageTeamsCoverTownship');
    // The window is read only when activity is required: it has no official value.
    const window = activityRequired === true ? ctx.count('coverage.volunteer.activityWindowDays') : null;
    if (
      townshipKinds === undefined ||
      villageKinds === undefined ||
      activityRequired === undefined ||
      villageCovers === undefined ||
      window === undefined
    )
      return;
    const after = window === null ? undefined : addDays(ctx.asOf, -window);
    const rows = ctx.rows(volunteerTeams);
    const states = new UnitStates(ctx.tree.units.length);
    const established = ctx.field(volunteerTeams, 'establishedOn');
    const activity = ctx.field(volunteerTeams, 'lastActivityOn');
    for (let k = 0; k < rows.records.length; k++) {
      const t = rows.records[k]!;
      let s: RecordState = stateOn(t.establishedOn, t.dissolvedOn, ctx.asOf, established);
      // A recent activity, when required: the latest activity in (asOf − window, asOf].
      if (after !== undefined && s.state === 'in_force') {
        if (t.lastActivityOn === undefined) s = { state: 'unknown', missing: [activity] };
        else if (!(t.lastActivityOn > after && t.lastActivityOn <= ctx.asOf)) s = { state: 'not_in_force' };
      }
      const u = rows.units[k]!;
      states.add(u, s);
      if (villageCovers && ctx.tree.level[u] === LEVEL_NUMBER.village) states.add(ctx.tree.parent[u]!, s);
    }
    const reasons = { absent: 'no_team', notInForce: 'no_active_team' };
    states.classify(ctx, 'township', townshipKinds, reasons);
    states.classify(ctx, 'village', villageKinds, reasons);
    ctx.rule(
      'coverage.volunteer',
      coverageMessages.text('rule_volunteer', {
        townshipKinds: kindLabels(townshipKinds),
        villageKinds: kindLabels(villageKinds),
        window,
        villageCovers,
      }),
      ctx.source('coverage.volunteer.activityRequired'),
    );
  },
});
