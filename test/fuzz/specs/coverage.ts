/** Fuzz specs of /coverage. */
import { Scope, profileAt } from '../../../src/core/index.js';
import { coverageProfiles, coverageStationRecord, socialWorkStations, trainees } from '../../../src/coverage/index.js';
import { readCollection } from '../../../src/coverage/registry.js';
import { unitIndex } from '../../../src/coverage/units.js';
import { parseDivisionTree } from '../../../src/divisions/index.js';
import type { Spec } from '../harness.js';
import { REGISTRY, TREE_JSON } from './fixtures.js';

// Unit names come from the tree, record ids from the registry, labels and sources from the profile: shown as given.
const ECHOES = ['name', 'record', 'unit', 'label', 'source', 'code', 'personId', 'associationId', 'id'];
const INDICATORS = [
  'party_coverage',
  'dual_review',
  'committee_standardization',
  'volunteer_teams',
  'social_work_stations',
  'certification_rate',
];
const tree = () => parseDivisionTree(TREE_JSON());
const scope = () => new Scope(profileAt(coverageProfiles.get('huaian'), '2025-12-31'));
const traineeRows = () => readCollection({ trainees: REGISTRY().trainees }, trainees, unitIndex(tree()), 'checked');
const MEASURE = () => ({
  id: 'township',
  label: { zh: '镇街社会工作站覆盖率', en: 'Townships with a station' },
  population: 'units',
});

/** Every record read is counted, left out of scope, undetermined or refused; a rolled-up rate is its counts'. */
function recordsAddUp(result: unknown): string | undefined {
  const r = result as {
    records?: Record<
      string,
      { read: number; counted: number; outOfScope: number; undetermined: number; errors: number }
    >;
  };
  for (const [name, c] of Object.entries(r.records ?? {})) {
    if (c.counted + c.outOfScope + c.undetermined + c.errors !== c.read)
      return `records.${name}: ${c.counted} + ${c.outOfScope} + ${c.undetermined} + ${c.errors} is not ${c.read}`;
  }
  return undefined;
}

export const coverageSpecs: Record<string, Spec> = {
  computeCoverage: {
    examples: () => [
      ...INDICATORS.map((id) => [id, REGISTRY(), { asOf: '2025-12-31', divisions: tree() }]),
      [
        'social_work_stations',
        { socialWorkStations: [{ id: 's1', divisionCode: '320803001', establishedOn: '2023-05-01' }] },
        { asOf: '2025-12-31', validate: 'trusted', gapLimit: 3 },
      ],
      [
        'dual_review',
        REGISTRY(),
        { asOf: '2025-12-31', divisions: tree(), period: { from: '2025-01-01', to: '2025-06-30' } },
      ],
    ],
    echoes: ECHOES,
    check: recordsAddUp,
    weight: 0.5,
  },
  coverageReport: {
    examples: () => [
      [REGISTRY(), { asOf: '2025-12-31', divisions: tree() }],
      [
        REGISTRY(),
        {
          asOf: '2025-12-31',
          divisions: tree(),
          indicators: ['social_work_stations', 'certification_rate'],
          gapLimit: 0,
        },
      ],
    ],
    echoes: ECHOES,
    weight: 0.5,
  },
  trainingCoverage: {
    examples: () => [
      [
        [
          { personId: 'p1', role: 'party_secretary', trainedOn: ['2025-04-02'] },
          { personId: 'p2', role: 'party_secretary', trainedOn: [], associationId: 'A1' },
          { personId: 'p3', role: 'party_instructor', trainedOn: ['2024-12-30'] },
        ],
        { asOf: '2025-12-31', period: { from: '2025-01-01', to: '2025-12-31' } },
      ],
      [
        [{ personId: 'p1', role: 'party_instructor', trainedOn: ['2025-04-02'] }],
        { asOf: '2025-12-31', roles: ['party_instructor'], divisions: tree() },
      ],
    ],
    echoes: ECHOES,
  },
  trainingStandings: {
    examples: () => [[traineeRows(), { from: '2025-01-01', to: '2025-12-31' }, ['party_secretary'], scope()]],
    echoes: 'all',
  },
  requiredPartyOrganization: {
    examples: () => [
      [{ formalPartyMembers: 2, probationaryPartyMembers: 0 }, { asOf: '2026-01-01' }],
      [{ formalPartyMembers: 96, probationaryPartyMembers: 4, unitType: 'state_enterprise' }, { asOf: '2026-01-01' }],
      [{ formalPartyMembers: 48 }, { asOf: '2025-01-01', profile: 'huaian' }],
    ],
  },
  evaluatePartyOrganization: {
    examples: () => [
      [{ formalPartyMembers: 7, probationaryPartyMembers: 0 }, scope()],
      [{ formalPartyMembers: 60 }, scope()],
    ],
    echoes: ['label'],
  },
  coverageCatalogue: { examples: () => [[]], echoes: 'all', weight: 0.2 },
  coverageCollections: { examples: () => [[]], echoes: 'all', weight: 0.2 },
  defineCollection: {
    examples: () => [
      [
        {
          name: 'socialWorkStations',
          label: { zh: '社会工作站', en: 'social work station' },
          record: coverageStationRecord,
          key: ['id'],
          unit: { field: 'divisionCode', levels: ['township'] },
        },
      ],
    ],
    echoes: 'all',
  },
  defineIndicator: {
    examples: () => [
      [
        {
          id: 'stations',
          label: { zh: '站', en: 'Stations' },
          reads: [socialWorkStations],
          measures: [MEASURE()],
          reasons: { no_station: { zh: '没有社会工作站', en: 'No station' } },
          compute: () => undefined,
        },
      ],
    ],
    echoes: 'all',
  },
  MeasureCounter: {
    kind: 'construct',
    examples: () => [[MEASURE(), unitIndex(tree()), 20, () => undefined]],
    echoes: 'all',
  },
  UnitStates: { kind: 'construct', examples: () => [[10], [0]], echoes: 'all' },
  stateOn: {
    examples: () => [
      ['2023-01-01', '2025-12-31', '2025-12-31', 'x'],
      [undefined, undefined, '2025-12-31', 'establishedOn'],
      ['2026-01-01', undefined, '2025-12-31', 'x'],
    ],
    echoes: 'all',
  },
  divisionsOption: {
    examples: () => [
      [undefined, ['divisions']],
      [TREE_JSON(), ['divisions']],
      [tree(), ['divisions']],
    ],
    echoes: 'all',
  },
  periodOption: {
    examples: () => [
      [{ from: '2025-01-01', to: '2025-12-31' }, ['period']],
      [undefined, ['period']],
    ],
    echoes: 'all',
  },
};
