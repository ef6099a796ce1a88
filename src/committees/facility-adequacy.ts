/**
 * `facilityAdequacy`: the 社区综合服务设施 against the national plan's ratios (国办发〔2021〕56号, U29, confidence M):
 * at least 30 ㎡ per 100 households, the residents' activity area at least 60% of it.
 * @module
 */
import {
  combineOutcomes,
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Outcome,
  type ResultEnvelope,
} from '../core/index.js';
import { DOMAIN } from './committee.js';
import type { CommitteeFinding } from './finding.js';
import { committeeMessages as M } from './messages.js';
import { ITEM_OPTIONS, type CommitteeOptions } from './options.js';
import { facilityRecord } from './records.js';
import { facility } from './rules/facility.js';

/**
 * The facility against the ratios.
 * @category Committees
 */
export interface FacilityAdequacy extends ResultEnvelope<'facility-adequacy', Outcome> {
  /** The committee's id, if given. */
  readonly id: string | null;
  /** Its division code, if given. */
  readonly divisionCode: string | null;
  /** Its name, if given. */
  readonly name: string | null;
  /** Area the households need (square metres, exact decimal string), or `null`. */
  readonly requiredArea: string | null;
  /** Activity area the facility needs, or `null`. */
  readonly requiredActivityArea: string | null;
  /** `facility.area` and `facility.activity`. */
  readonly findings: readonly CommitteeFinding[];
}

/**
 * Checks the 社区综合服务设施 against the 2021 national plan (U29, confidence M: the plan's number and date were seen,
 * its indicators through an implementation plan that repeats them; Jiangsu's plan T12 repeats 30 ㎡):
 * - `facility.area`: `serviceArea` ≥ 30 ㎡ per 100 households (`serviceArea × 100 ≥ 30 × households`);
 * - `facility.activity`: `activityArea` ≥ 60% of `serviceArea`.
 * Areas are decimal strings compared exactly (no floats); both ratios are profile parameters.
 * @param committee - `households`, `serviceArea`, `activityArea` (square metres)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '75.6' }, { asOf: '2026-03-01' });
 * r.requiredArea;                     // '126'
 * r.findings.map((f) => f.outcome);   // ['pass', 'pass']: 126 ㎡ exactly, and 75.6 is exactly 60% of it
 * ```
 */
export function facilityAdequacy(committee: unknown, options: CommitteeOptions): FacilityAdequacy {
  const o = readOptions(options, ITEM_OPTIONS);
  const c = facilityRecord.parse(committee);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = facility(c, { scope });
  const summary = M.text('summary_check', {
    what: { zh: '社区综合服务设施', en: 'Community service facility' },
    fail: r.findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: r.findings.filter((f) => f.outcome === 'undetermined').length,
  });
  return {
    ...envelope(
      DOMAIN,
      'facility-adequacy',
      combineOutcomes(r.findings.map((f) => f.outcome)),
      scope,
      explain(summary),
    ),
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    requiredArea: r.figures.requiredArea,
    requiredActivityArea: r.figures.requiredActivityArea,
    findings: r.findings,
  };
}
