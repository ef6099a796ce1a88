/** Fuzz specs of /workforce (fixtures of test/workforce and docs/cases/workforce.yaml). */
import { isPolicyError } from '../../../src/core/errors.js';
import { PAY, withBenchmark } from '../../workforce/support.js';
import type { Spec } from '../harness.js';
import { TREE_JSON } from './fixtures.js';

const asOf = '2026-06-30';
// Workers' ids, names and division codes, units' names, the profile's labels and sources: the host's own text.
// The explanation's parameters are the profile's values as read (a host's benchmark as it wrote it).
// A unit's benchmark is the host's figure as it wrote it (`62000.001` is compared exactly, not rounded to fen).
const ECHOES = ['id', 'name', 'source', 'label', 'divisionCode', 'code', 'parameters', 'benchmark'];
// Yuan amounts of the pay check beyond monthly/annual.
const MONEY = ['average', 'benchmark', 'shortfall', 'total'];

export const ROSTER = (): Record<string, unknown>[] => [
  {
    id: 'a',
    name: '甲',
    divisionCode: '320803001001',
    post: '正职',
    education: '本科',
    serviceStart: '2015-03-01',
    certificate: { level: '社会工作师', obtained: '2020-06-30' },
    assessments: { 2023: '合格', 2024: '不合格', 2025: '不合格' },
  },
  {
    id: 'b',
    name: '乙',
    divisionCode: '320803001002',
    post: '其他工作人员',
    education: '大专及以下',
    subBachelorEducation: '大专',
    socialWorkDegree: true,
    serviceStart: '2026-02-01',
  },
  { id: 'c', divisionCode: '320803001002', serviceStart: '2026-02-30' },
  {
    id: 'd',
    divisionCode: '320804001001',
    post: 'staff',
    education: 'bachelor',
    serviceStart: '2020-01-01',
    employedUntil: '2026-01-31',
    assessments: { 2021: '合格', 2022: '合格', 2023: '合格', 2024: '合格', 2025: '合格' },
  },
  {
    id: 'e',
    post: 'deputy',
    education: 'master',
    serviceStart: '2019-01-01',
    assessments: { 2019: '合格', 2020: '合格', 2021: '合格', 2022: '合格', 2023: '合格', 2024: '合格', 2025: '合格' },
  },
];
const RESIDENTS = () => [
  { divisionCode: '320803001', urbanResidents: 1000 },
  { divisionCode: '320804', urbanResidents: 12345 },
];
/** The same on the fuzz's own small tree (options.divisions as JSON). */
const TREE_ROSTER = () => [
  { id: 't1', divisionCode: '990101001001', post: 'staff', education: 'bachelor', serviceStart: '2020-01-01' },
  {
    id: 't2',
    divisionCode: '990102100201',
    post: 'principal',
    education: 'college_or_below',
    subBachelorEducation: 'college',
    serviceStart: '2021-05-01',
  },
];
const OTHER_COLLEGE = () => ({
  serviceStart: '2026-03-01',
  education: 'college_or_below',
  subBachelorEducation: 'college',
  socialWorkDegree: false,
});

const options = (): Record<string, unknown>[] => [
  { asOf },
  { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '60000' }) },
  {
    asOf,
    salaryProfile: PAY,
    profile: withBenchmark({
      320800: { kind: 'urban_all_units_average_wage', annual: '60000', year: 2025 },
      320803: '61000',
    }),
  },
];

/** The builder's own calls (add, finish) on a valid roster: a result or a PolicyError, never another throw. */
function builderWorks(result: unknown): string | undefined {
  const b = result as { add: (w: unknown) => unknown; finish: (r?: unknown) => unknown };
  try {
    b.add(ROSTER().slice(0, 2));
    b.add(ROSTER().slice(2));
    b.finish(RESIDENTS());
  } catch (e) {
    if (!isPolicyError(e))
      return `the builder threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : String(e)}`;
  }
  return undefined;
}

export const workforceSpecs: Record<string, Spec> = {
  staffingRequirement: {
    examples: () => [
      [{ residents: RESIDENTS(), workers: ROSTER() }, { asOf }],
      [
        { residents: [{ divisionCode: '990101', urbanResidents: 20000 }], workers: TREE_ROSTER() },
        { asOf, divisions: TREE_JSON() },
      ],
    ],
    echoes: ECHOES,
    money: MONEY,
  },
  averagePayCheck: {
    examples: () =>
      options()
        .map((o) => [ROSTER(), o])
        .concat([[TREE_ROSTER(), { asOf, divisions: TREE_JSON(), salaryProfile: PAY }]]),
    echoes: ECHOES,
    money: MONEY,
  },
  rosterTargets: {
    examples: () => [
      [ROSTER(), { asOf }],
      [TREE_ROSTER(), { asOf, divisions: TREE_JSON() }],
    ],
    echoes: ECHOES,
    money: MONEY,
  },
  certificationDeadline: {
    examples: () => [
      [OTHER_COLLEGE(), { asOf: '2033-03-02' }],
      [
        { serviceStart: '2026-03-01', education: 'bachelor', educationObtained: '2029-07-01', socialWorkDegree: false },
        { asOf: '2029-08-01' },
      ],
      [
        { ...OTHER_COLLEGE(), certificate: { level: '助理社会工作师', obtained: '2033-03-02' } },
        { asOf: '2034-01-01' },
      ],
      [{ ...OTHER_COLLEGE(), employedUntil: '2029-12-31' }, { asOf: '2030-01-01' }],
    ],
    echoes: ECHOES,
  },
  exitTriggers: {
    examples: () => [
      [{ assessments: { 2024: '不合格', 2025: '不合格' } }, { asOf }],
      [{ assessments: { 2023: '基本合格', 2024: '基本合格', 2025: '基本合格' } }, { asOf }],
      [{ serviceStart: '2022-05-01', assessments: { 2024: '不合格', 2025: '合格' } }, { asOf }],
      [{ assessments: { 2024: '合格', 2025: '合格' }, exitFlags: ['工作失职', 'other'] }, { asOf }],
    ],
    echoes: ECHOES,
  },
  workforceReport: {
    examples: () =>
      options()
        .map((o, i) => [{ workers: ROSTER(), residents: RESIDENTS() }, i === 0 ? { ...o, explain: true } : o])
        .concat([[{ workers: TREE_ROSTER() }, { asOf, divisions: TREE_JSON() }]]),
    echoes: ECHOES,
    money: MONEY,
    weight: 0.5,
  },
  createWorkforceReport: { examples: () => options().map((o) => [o]), check: builderWorks, render: false, weight: 0.5 },
};
