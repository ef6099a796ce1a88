/**
 * 社会工作站 (in a 镇街) and 社会工作室 (in a 村/社区): the "一乡镇(街道)一站点" network that the 市社会工作发展指导中心
 * guides (the department's program). Both say when they were set up (`establishedOn`) and closed (`dissolvedOn`);
 * the coverage engine counts those operating on a date.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import type { Bilingual } from '../core/messages.js';
import { defineRecord, fields, type Field, type RefineContext, type RecordOutput } from '../core/record.js';
import { countField, divisionCodeField, idField, label } from './fields.js';
import { inconsistent } from './messages.js';

/** The fields a station and a room share, with their own division-code field. */
function siteShape<D extends Field<string>>(divisionCode: D) {
  return {
    id: idField().label('编号', 'Id'),
    name: fields.text().label('名称', 'Name'),
    divisionCode,
    establishedOn: fields.date().optional().label('建成日期', 'Established on'),
    dissolvedOn: fields.date().optional().label('撤销日期', 'Closed on'),
    staffCount: countField().optional().label('工作人员数', 'Staff'),
    certifiedStaffCount: countField().optional().label('持证社工数', 'Certified social workers'),
    operatorOrganizationId: idField().optional().label('运营机构', 'Operating organization'),
  };
}

const S = siteShape(divisionCodeField(['township']).label('所在镇街区划代码', 'Township division code'));
const L: Record<'establishedOn' | 'dissolvedOn' | 'staffCount' | 'certifiedStaffCount', Bilingual> = {
  establishedOn: S.establishedOn.def.label,
  dissolvedOn: S.dissolvedOn.def.label,
  staffCount: S.staffCount.def.label,
  certifiedStaffCount: S.certifiedStaffCount.def.label,
};

interface SiteFacts {
  readonly establishedOn?: string | undefined;
  readonly dissolvedOn?: string | undefined;
  readonly staffCount?: number | undefined;
  readonly certifiedStaffCount?: number | undefined;
}

function siteRule(s: SiteFacts, ctx: RefineContext): void {
  if (s.certifiedStaffCount !== undefined && (s.staffCount === undefined || s.certifiedStaffCount > s.staffCount)) {
    inconsistent(ctx, ['certifiedStaffCount'], 'not_more_than', { field: L.certifiedStaffCount, limit: L.staffCount });
  }
  if (s.establishedOn !== undefined && s.dissolvedOn !== undefined && s.dissolvedOn < s.establishedOn) {
    inconsistent(ctx, ['dissolvedOn'], 'date_order', { later: L.dissolvedOn, earlier: L.establishedOn });
  }
}

const RULES = {
  zh: '持证社工数不多于工作人员数（填写持证社工数时须填写工作人员数）；撤销日期不早于建成日期',
  en: 'certified social workers at most the staff (which must then be given); closed no earlier than established',
};

/**
 * The record of a 镇街社会工作站.
 * @category Entities
 */
export const socialWorkStationRecord = /* @__PURE__ */ defineRecord(
  'social-work-station',
  label('镇街社会工作站', 'Township social work station'),
  S,
  {
    unknownKeys: 'strict',
    description: label(
      `镇街社会工作站。另须满足：区划代码为 9 位镇街级代码；${RULES.zh}。`,
      `A township social work station. Also checked: a 9-digit township-level division code; ${RULES.en}.`,
    ),
    refine: siteRule,
  },
);

/** A 镇街社会工作站 (output of {@link parseSocialWorkStation}). @category Entities */
export type SocialWorkStation = RecordOutput<typeof socialWorkStationRecord>;

/**
 * The record of a 村(社区)社会工作室.
 * @category Entities
 */
export const socialWorkRoomRecord = /* @__PURE__ */ defineRecord(
  'social-work-room',
  label('村（社区）社会工作室', 'Village social work room'),
  {
    ...siteShape(divisionCodeField(['village']).label('所在村（社区）区划代码', 'Village division code')),
    stationId: idField().optional().label('所属社会工作站', 'Social work station'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      `村（社区）社会工作室。另须满足：区划代码为 12 位村级代码；${RULES.zh}。`,
      `A village social work room. Also checked: a 12-digit village-level division code; ${RULES.en}.`,
    ),
    refine: siteRule,
  },
);

/** A 村(社区)社会工作室 (output of {@link parseSocialWorkRoom}). @category Entities */
export type SocialWorkRoom = RecordOutput<typeof socialWorkRoomRecord>;

/**
 * Validates a 社会工作站; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unrecognized_keys`, `out_of_range`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseSocialWorkStation({ id: 's1', name: '淮城街道社会工作站', divisionCode: '320803001', staffCount: 3,
 *   certifiedStaffCount: 2, establishedOn: '2021-10-01' }).divisionCode; // '320803001'
 * ```
 */
export function parseSocialWorkStation(value: unknown, path?: IssuePath): SocialWorkStation {
  return socialWorkStationRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseSocialWorkStation}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseSocialWorkStation({ id: 's1', name: '站', divisionCode: '320803' }).success; // false: not a township code
 * ```
 */
export function safeParseSocialWorkStation(value: unknown, path?: IssuePath): SafeParseResult<SocialWorkStation> {
  return socialWorkStationRecord.safeParse(value, path);
}

/**
 * Validates a 社会工作室; throws like {@link parseSocialWorkStation}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseSocialWorkRoom({ id: 'r1', name: '新城社区社会工作室', divisionCode: '320803001001', stationId: 's1' }).stationId; // 's1'
 * ```
 */
export function parseSocialWorkRoom(value: unknown, path?: IssuePath): SocialWorkRoom {
  return socialWorkRoomRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseSocialWorkRoom}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseSocialWorkRoom({ id: 'r1', name: '室', divisionCode: '320803001' }).success; // false: not a village code
 * ```
 */
export function safeParseSocialWorkRoom(value: unknown, path?: IssuePath): SafeParseResult<SocialWorkRoom> {
  return socialWorkRoomRecord.safeParse(value, path);
}
