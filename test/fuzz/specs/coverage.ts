/** Fuzz specs of /coverage. */
import { parseDivisionTree } from '../../../src/divisions/index.js';
import type { Spec } from '../harness.js';
import { REGISTRY, TREE_JSON } from './fixtures.js';

const RATES = ['rate'];
// Unit names come from the tree, record ids from the registry, labels and sources from the profile: shown as given.
const ECHOES = ['name', 'record', 'unit', 'label', 'source', 'code'];
const INDICATORS = ['party_coverage', 'dual_review', 'committee_standardization', 'volunteer_teams', 'social_work_stations', 'certification_rate'];
const tree = () => parseDivisionTree(TREE_JSON());

/** A formatted rate is numerator ÷ denominator: the percent is the rate × 100, both in [0, 1] / [0, 100]. */
function rateText(result: unknown, args: readonly unknown[]): string | undefined {
  const r = result as { rate: string | null; percent: string | null };
  if (r.rate === null || r.percent === null) return r.rate === r.percent && args[1] === 0 ? undefined : `null rate for ${String(args[1])}`;
  if (Number(r.rate) * 100 - Number(r.percent.slice(0, -1)) > 1e-9 || Number(r.percent.slice(0, -1)) - Number(r.rate) * 100 > 1e-9) return `rate ${r.rate} and percent ${r.percent} disagree`;
  return undefined;
}

export const coverageSpecs: Record<string, Spec> = {
  computeCoverage: {
    examples: () => [
      ...INDICATORS.map((id) => [id, REGISTRY(), { asOf: '2025-12-31', divisions: tree() }]),
      ['social_work_stations', { stations: [{ id: 's1', unit: '320803001', opened: '2023-05-01' }] }, { asOf: '2025-12-31', validate: 'full', gapLimit: 3 }],
      ['dual_review', REGISTRY(), { asOf: '2025-12-31', divisions: tree(), period: { from: '2025-01-01', to: '2025-06-30' }, validate: 'trusted' }],
    ],
    rates: RATES,
    echoes: ECHOES,
    weight: 0.5,
  },
  coverageReport: {
    examples: () => [
      [REGISTRY(), { asOf: '2025-12-31', divisions: tree() }],
      [REGISTRY(), { asOf: '2025-12-31', divisions: tree(), indicators: ['social_work_stations', 'certification_rate'], gapLimit: 0 }],
    ],
    rates: RATES,
    echoes: ECHOES,
    weight: 0.5,
  },
  formatRate: { examples: () => [[90, 95], [90, 95, 'down'], [0, 0], [1, 3, 'half-even']], rates: RATES, check: rateText },
  requiredPartyOrganization: { examples: () => [[2], [8], [120, { asOf: '2025-01-01' }]] },
  parseCoverageRegistry: { examples: () => [[REGISTRY()], [REGISTRY(), ['registry']]], echoes: 'all' },
  safeParseCoverageRegistry: { kind: 'safe', examples: () => [[REGISTRY()]], echoes: 'all' },
  getCoverageProfile: { examples: () => [['huaian'], ['huaian-coverage']], echoes: 'all' },
  huaianCoverageProfile: { examples: () => [[]], echoes: 'all' },
};
