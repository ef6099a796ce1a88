/**
 * 社区综合服务设施 (国办发〔2021〕56号, U29, confidence M): at least 30 ㎡ per 100 households, and the residents'
 * activity area at least 60% of the facility. Both ratios are profile parameters; areas are compared as exact
 * decimals (area × 100 ≥ 30 × households; activity ≥ 0.6 × area), never as floats.
 * @module
 * @internal
 */
import { derivedFrom, type ParameterRead } from '../../core/index.js';
import { exactDecimal } from '../../core/decimal-string.js';
import type { Committee } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

const LABELS = {
  area: { zh: '每百户设施面积', en: 'Facility area per 100 households' },
  activity: { zh: '居民活动区域比例', en: 'Share of the activity area' },
};
const IDS = ['facility.m2Per100Households', 'facility.activityShareMin'] as const;

/** The required areas, as exact decimal strings (`null` when they cannot be computed). @category Committees */
export interface FacilityFigures {
  /** Area the households need: `per100 × households ÷ 100` square metres. */
  readonly requiredArea: string | null;
  /** Activity area the facility needs: `share × serviceArea` square metres. */
  readonly requiredActivityArea: string | null;
}

const decimal = (read: ParameterRead): string => {
  if (typeof read.value !== 'string' || !/^\d+(\.\d+)?$/.test(read.value))
    badParameter(read, { zh: '应为非负十进制数字符串', en: 'expected a non-negative decimal string' });
  return read.value;
};
const model = (r: readonly ParameterRead[]) => {
  const share = decimal(r[1]!);
  if (exactDecimal.compare(share, 1) > 0) badParameter(r[1]!, { zh: '比例不得大于1', en: 'a share is at most 1' });
  return { per100: decimal(r[0]!), share, percent: `${exactDecimal.shift(share, 2)}%` };
};

/** The two facility findings and the figures. @internal */
export function facility(
  c: Pick<Committee, 'households' | 'serviceArea' | 'activityArea'>,
  ctx: CommitteeContext,
): { findings: CommitteeFinding[]; figures: FacilityFigures } {
  const scope = ctx.scope;
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    return {
      findings: [
        traced(scope, makeFinding('facility.area', LABELS.area, 'undetermined', text, BASIS.facilityArea, reads)),
        traced(
          scope,
          makeFinding('facility.activity', LABELS.activity, 'undetermined', text, BASIS.facilityActivity, reads),
        ),
      ],
      figures: { requiredArea: null, requiredActivityArea: null },
    };
  }
  const m = derivedFrom(reads, model);
  const out: CommitteeFinding[] = [];
  let requiredArea: string | null = null;
  let requiredActivityArea: string | null = null;
  const need = (rule: string, label: typeof LABELS.area, basis: typeof BASIS.facilityArea, fields: string[]) =>
    missingFinding(scope, makeFinding(rule, label, 'undetermined', missingText(scope, fields), basis, fields));
  if (c.households === undefined || c.serviceArea === undefined) {
    out.push(
      need('facility.area', LABELS.area, BASIS.facilityArea, [
        ...(c.serviceArea === undefined ? ['serviceArea'] : []),
        ...(c.households === undefined ? ['households'] : []),
      ]),
    );
  } else {
    requiredArea = exactDecimal.shift(exactDecimal.times(m.per100, c.households), -2);
    const met = exactDecimal.compare(c.serviceArea, requiredArea) >= 0;
    out.push(
      traced(
        scope,
        makeFinding(
          'facility.area',
          LABELS.area,
          met ? 'pass' : 'fail',
          M.text('area_check', {
            area: c.serviceArea,
            households: c.households,
            required: requiredArea,
            per100: m.per100,
            met,
          }),
          BASIS.facilityArea,
        ),
      ),
    );
  }
  if (c.serviceArea === undefined || c.activityArea === undefined) {
    out.push(
      need('facility.activity', LABELS.activity, BASIS.facilityActivity, [
        ...(c.activityArea === undefined ? ['activityArea'] : []),
        ...(c.serviceArea === undefined ? ['serviceArea'] : []),
      ]),
    );
  } else {
    requiredActivityArea = exactDecimal.times(m.share, c.serviceArea);
    const met = exactDecimal.compare(c.activityArea, requiredActivityArea) >= 0;
    out.push(
      traced(
        scope,
        makeFinding(
          'facility.activity',
          LABELS.activity,
          met ? 'pass' : 'fail',
          M.text('activity_check', {
            activity: c.activityArea,
            area: c.serviceArea,
            required: requiredActivityArea,
            percent: m.percent,
            met,
          }),
          BASIS.facilityActivity,
        ),
      ),
    );
  }
  return { findings: out, figures: { requiredArea, requiredActivityArea } };
}
