/**
 * 镇街社会工作站全覆盖 (seed; national goal: 乡镇(街道)社工站全覆盖 by the end of the 十四五, S40): the share of 镇 +
 * 街道 with a 社会工作站 in force on the date, and the share of 村(社区) with a 社会工作室 (encouraged, not a target).
 * @module
 */
import { DIVISION_KINDS } from '../../divisions/index.js';
import { defineIndicator } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { socialWorkRooms, socialWorkStations } from '../records.js';
import { kindLabels } from '../units.js';
import { stateOn, UnitStates } from './unit-status.js';

/**
 * Indicator `social_work_stations`.
 * @category Coverage
 * @example
 * ```ts
 * socialWorkStationsIndicator.reads.map((c) => c.name); // ['socialWorkStations', 'socialWorkRooms']
 * ```
 */
export const socialWorkStationsIndicator = /* @__PURE__ */ defineIndicator({
  id: 'social_work_stations',
  label: { zh: '镇街社会工作站', en: 'Township social work stations' },
  reads: [socialWorkStations, socialWorkRooms],
  measures: [
    {
      id: 'township',
      label: { zh: '镇街社会工作站覆盖率', en: 'Townships with a social work station' },
      population: 'units',
      deepest: 'township',
    },
    {
      id: 'village',
      label: { zh: '村（社区）社会工作室覆盖率', en: 'Village-level units with a social work room' },
      population: 'units',
    },
  ],
  reasons: {
    no_station: { zh: '没有社会工作站（室）', en: 'No social work station or room' },
    station_not_operating: { zh: '站（室）尚未建成或已撤销', en: 'The station or room is not yet open, or closed' },
  },
  compute(ctx) {
    const townshipKinds = ctx.list('coverage.stations.townshipKinds', DIVISION_KINDS);
    const villageKinds = ctx.list('coverage.stations.villageKinds', DIVISION_KINDS);
    const states = new UnitStates(ctx.tree.units.length);
    for (const c of [socialWorkStations, socialWorkRooms]) {
      const rows = ctx.rows(c);
      const missing = ctx.field(c, 'establishedOn');
      for (let k = 0; k < rows.records.length; k++) {
        const r = rows.records[k]!;
        states.add(rows.units[k]!, stateOn(r.establishedOn, r.dissolvedOn, ctx.asOf, missing));
      }
    }
    const reasons = { absent: 'no_station', notInForce: 'station_not_operating' };
    if (townshipKinds !== undefined) states.classify(ctx, 'township', townshipKinds, reasons);
    if (villageKinds !== undefined) states.classify(ctx, 'village', villageKinds, reasons);
    if (townshipKinds !== undefined && villageKinds !== undefined) {
      ctx.rule(
        'coverage.stations',
        coverageMessages.text('rule_stations', {
          townshipKinds: kindLabels(townshipKinds),
          villageKinds: kindLabels(villageKinds),
        }),
        ctx.source('coverage.stations.townshipKinds'),
      );
    }
  },
});
