// Coverage bench: the full report (every indicator, rows checked by their records, complete gap lists, explanations)
// over a synthetic registry of 1,000,000 organizations spread over the 1,601 village-level units of the embedded 淮安
// tree, against a plain-JS group-by of the same counts, timed in alternating paired rounds in one process
// (bench/support/paired.ts: medians, digests compared). Target: >= 0.6x the reference.
import { coverageReport, type CoverageReportRow } from '../src/coverage/index.js';
import { huaianDivisions } from '../src/divisions/index.js';
import { pairedRounds } from './support/paired.js';

const ORGS = 1_000_000;
const AS_OF = '2025-12-31';
const YEAR_START = '2025-01-01';
const tree = huaianDivisions();

// Deterministic PRNG (mulberry32) so every run sees the same registry.
let seed = 20251231;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const villages = tree.atLevel('village').map((u) => u.code);
const townships = tree.ofKind('town', 'subdistrict').map((u) => u.code);
const kinds = [
  'mixed_ownership_enterprise',
  'non_public_enterprise',
  'new_economic_organization',
  'new_social_organization',
] as const;
const NONE: string[] = [];
const INSTRUCTOR = ['I1'];

interface Org {
  id: string;
  kind: (typeof kinds)[number];
  divisionCode: string;
  employeeCount: number;
  formalPartyMembers: number;
  probationaryPartyMembers: number;
  fixedSite: boolean;
  inBusiness: boolean;
  provincial: boolean;
  partyInstructorIds: string[];
  partyLiaisonIds: string[];
}
interface PartyOrg {
  id: string;
  level: 'branch';
  formation: 'standalone' | 'joint';
  coveredUnitIds: string[];
  establishedOn: string;
}

function buildRegistry() {
  const organizations: Org[] = new Array(ORGS);
  const partyOrganizations: PartyOrg[] = [];
  let joint: string[] = [];
  for (let i = 0; i < ORGS; i++) {
    const id = `ORG${i}`;
    const x = rnd();
    organizations[i] = {
      id,
      kind: kinds[i & 3]!,
      divisionCode: villages[i % villages.length]!,
      employeeCount: Math.floor(rnd() * 60),
      formalPartyMembers: Math.floor(rnd() * 6),
      probationaryPartyMembers: Math.floor(rnd() * 2),
      fixedSite: x < 0.9,
      inBusiness: x < 0.85,
      provincial: x > 0.97,
      partyInstructorIds: x > 0.7 ? INSTRUCTOR : NONE,
      partyLiaisonIds: NONE,
    };
    if (x < 0.15)
      partyOrganizations.push({
        id: `PO${i}`,
        level: 'branch',
        formation: 'standalone',
        coveredUnitIds: [id],
        establishedOn: '2020-01-01',
      });
    else if (x < 0.35) {
      joint.push(id);
      if (joint.length === 4) {
        partyOrganizations.push({
          id: `PJ${i}`,
          level: 'branch',
          formation: 'joint',
          coveredUnitIds: joint,
          establishedOn: '2021-06-01',
        });
        joint = [];
      }
    }
  }
  const volunteerTeams = villages
    .filter(() => rnd() < 0.8)
    .map((divisionCode, i) => ({
      id: `VT${i}`,
      scope: 'community',
      divisionCode,
      establishedOn: '2022-01-01',
      ...(rnd() < 0.1 ? { dissolvedOn: '2024-01-01' } : {}),
    }));
  for (const [i, divisionCode] of townships.entries())
    volunteerTeams.push({ id: `VTT${i}`, scope: 'township', divisionCode, establishedOn: '2022-01-01' });
  const socialWorkStations = townships
    .filter(() => rnd() < 0.95)
    .map((divisionCode, i) => ({ id: `ST${i}`, divisionCode, establishedOn: '2023-03-01' }));
  const socialWorkRooms = villages
    .filter(() => rnd() < 0.3)
    .map((divisionCode, i) => ({ id: `RM${i}`, divisionCode, establishedOn: '2023-03-01' }));
  const items = ['office', 'committees', 'rules', 'services', 'signage'];
  const checklistResults = villages.flatMap((divisionCode) =>
    items.map((itemId) => ({ divisionCode, itemId, met: rnd() < 0.9, assessedOn: '2025-06-30' })),
  );
  const associationEvents = Array.from({ length: 2000 }, (_, i) => ({
    id: `AE${i}`,
    associationId: `AS${i % 1500}`,
    divisionCode: i % 3 === 0 ? '320800' : pick(villages).slice(0, 6),
    kind: pick(['establishment', 'general_election', 'mid_term_change'] as const),
    electionDate: '2025-05-20',
    ...(rnd() < 0.8 ? { reviewDate: rnd() < 0.9 ? '2025-05-01' : '2025-06-01' } : {}),
  }));
  const trainees = Array.from({ length: 3000 }, (_, i) => ({
    personId: `P${i}`,
    role: i % 2 === 0 ? ('party_secretary' as const) : ('party_instructor' as const),
    associationId: `AS${i % 1500}`,
    divisionCode: '320800',
    trainedOn: rnd() < 0.7 ? ['2025-04-10'] : [],
  }));
  const communityWorkers = Array.from({ length: 20000 }, (_, i) => ({
    id: `W${i}`,
    divisionCode: villages[i % villages.length]!,
    ...(rnd() < 0.45 ? { certificate: { level: 'assistant', obtained: '2020-06-30' } } : {}),
  }));
  return {
    organizations,
    partyOrganizations,
    volunteerTeams,
    socialWorkStations,
    socialWorkRooms,
    checklistItems: items.map((id) => ({ id })),
    checklistResults,
    associationEvents,
    trainees,
    communityWorkers,
  };
}
type Registry = ReturnType<typeof buildRegistry>;
type Digest = Record<string, [number, number]>;

// ---- Plain-JS reference: the same counts with Maps, plain objects and strings, no library code. ----
const parentOf = new Map<string, string | undefined>(tree.units.map((u) => [u.code, u.parent]));
const kindOf = new Map<string, string>(tree.units.map((u) => [u.code, u.kind]));
const root = tree.root.code;
const isTownship = (k: string | undefined) => k === 'town' || k === 'subdistrict';
const isCommittee = (k: string | undefined) => k === 'residents_committee' || k === 'villagers_committee';

function reference(data: Registry): Digest {
  // Adds [num, den] of one unit to it and all its ancestors.
  const up = (acc: Map<string, number[]>, code: string, num: number, den: number): void => {
    let c: string | undefined = code;
    while (c !== undefined) {
      let a = acc.get(c);
      if (a === undefined) acc.set(c, (a = [0, 0]));
      a[0]! += num;
      a[1]! += den;
      c = parentOf.get(c);
    }
  };
  const out: Digest = {};
  const total = (name: string, acc: Map<string, number[]>): void => {
    const a = acc.get(root) ?? [0, 0];
    out[name] = [a[0]!, a[1]!];
  };
  // 1. party coverage
  const covered = new Map<string, string>();
  for (const po of data.partyOrganizations) {
    if (po.establishedOn > AS_OF) continue;
    for (const m of po.coveredUnitIds) if (covered.get(m) !== 'standalone') covered.set(m, po.formation);
  }
  const perVillage = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const o of data.organizations) {
    if (seen.has(o.id) || !parentOf.has(o.divisionCode)) continue;
    seen.add(o.id);
    if (o.kind === 'new_social_organization') {
      if (!(o.employeeCount >= 30 || o.provincial)) continue;
    } else if (o.employeeCount < 10 || !o.fixedSite || !o.inBusiness) continue;
    let a = perVillage.get(o.divisionCode);
    if (a === undefined) perVillage.set(o.divisionCode, (a = [0, 0, 0, 0]));
    a[0]!++;
    const f = covered.get(o.id);
    if (f !== undefined) a[1]!++;
    if (f === 'standalone') a[2]!++;
    if (f !== undefined || o.partyInstructorIds.length > 0 || o.partyLiaisonIds.length > 0) a[3]!++;
  }
  const org = new Map<string, number[]>();
  const own = new Map<string, number[]>();
  const work = new Map<string, number[]>();
  for (const [code, a] of perVillage) {
    up(org, code, a[1]!, a[0]!);
    up(own, code, a[2]!, a[0]!);
    up(work, code, a[3]!, a[0]!);
  }
  total('party_coverage.organization', org);
  total('party_coverage.standalone', own);
  total('party_coverage.work', work);
  // 2. dual review
  const assoc = new Map<string, { unit: string; ok: boolean }>();
  for (const e of data.associationEvents) {
    if (e.electionDate < YEAR_START || e.electionDate > AS_OF) continue;
    const a = assoc.get(e.associationId) ?? { unit: e.divisionCode, ok: true };
    if (e.reviewDate === undefined || e.reviewDate > e.electionDate) a.ok = false;
    assoc.set(e.associationId, a);
  }
  const review = new Map<string, number[]>();
  for (const a of assoc.values()) up(review, a.unit, a.ok ? 1 : 0, 1);
  total('dual_review.review', review);
  const training = new Map<string, number[]>();
  for (const t of data.trainees)
    up(training, t.divisionCode, t.trainedOn.some((d) => d >= YEAR_START && d <= AS_OF) ? 1 : 0, 1);
  total('dual_review.training', training);
  // 3. committee standardization
  const latest = new Map<string, { d: string; met: boolean }>();
  for (const r of data.checklistResults) {
    if (r.assessedOn > AS_OF) continue;
    const k = `${r.divisionCode}|${r.itemId}`;
    const prev = latest.get(k);
    if (prev === undefined || r.assessedOn > prev.d) latest.set(k, { d: r.assessedOn, met: r.met });
  }
  const committee = new Map<string, number[]>();
  for (const u of tree.units) {
    if (!isCommittee(u.kind)) continue;
    let all = true;
    for (const it of data.checklistItems) if (latest.get(`${u.code}|${it.id}`)?.met !== true) all = false;
    up(committee, u.code, all ? 1 : 0, 1);
  }
  total('committee_standardization.overall', committee);
  // 4. volunteer teams; 5. stations and rooms
  const team = new Set<string>();
  for (const t of data.volunteerTeams)
    if (t.establishedOn <= AS_OF && (t.dissolvedOn === undefined || t.dissolvedOn > AS_OF)) team.add(t.divisionCode);
  const site = new Set<string>();
  for (const s of [...data.socialWorkStations, ...data.socialWorkRooms])
    if (s.establishedOn <= AS_OF) site.add(s.divisionCode);
  const vtT = new Map<string, number[]>();
  const vtV = new Map<string, number[]>();
  const stT = new Map<string, number[]>();
  const stV = new Map<string, number[]>();
  for (const u of tree.units) {
    const k = kindOf.get(u.code);
    if (isTownship(k)) {
      up(vtT, u.code, team.has(u.code) ? 1 : 0, 1);
      up(stT, u.code, site.has(u.code) ? 1 : 0, 1);
    } else if (isCommittee(k)) {
      up(vtV, u.code, team.has(u.code) ? 1 : 0, 1);
      up(stV, u.code, site.has(u.code) ? 1 : 0, 1);
    }
  }
  total('volunteer_teams.township', vtT);
  total('volunteer_teams.village', vtV);
  total('social_work_stations.township', stT);
  total('social_work_stations.village', stV);
  // 6. certification
  const cert = new Map<string, number[]>();
  for (const w of data.communityWorkers)
    up(cert, w.divisionCode, w.certificate !== undefined && w.certificate.obtained <= AS_OF ? 1 : 0, 1);
  total('certification_rate.overall', cert);
  // 7. org ratings: 民办社工机构 and 志愿服务组织 with a valid grade of 3A+ / 4A+ (this registry has neither: four
  // empty measures; the indicator still reads every organization).
  const rated = [
    new Map<string, number[]>(),
    new Map<string, number[]>(),
    new Map<string, number[]>(),
    new Map<string, number[]>(),
  ];
  for (const o of data.organizations as {
    kind: string;
    divisionCode: string;
    volunteerServiceOrganization?: boolean;
    rating?: string;
  }[]) {
    const pairs = [
      ...(o.kind === 'social_work_service_agency' ? [0] : []),
      ...(o.volunteerServiceOrganization === true ? [2] : []),
    ];
    for (const p of pairs) {
      const r = o.rating === undefined ? 0 : Number(o.rating[0]);
      up(rated[p]!, o.divisionCode, r >= 3 ? 1 : 0, 1);
      up(rated[p + 1]!, o.divisionCode, r >= 4 ? 1 : 0, 1);
    }
  }
  ['agencies_3a', 'agencies_4a', 'volunteer_3a', 'volunteer_4a'].forEach((m, j) =>
    total(`org_ratings.${m}`, rated[j]!),
  );
  return out;
}

function library(data: Registry): Digest {
  const report = coverageReport(data, { asOf: AS_OF, divisions: tree });
  const out: Digest = {};
  for (const r of report.rows as CoverageReportRow[])
    for (const m of r.measures)
      if (!m.id.startsWith('item:')) out[`${r.indicator}.${m.id}`] = [m.numerator, m.denominator];
  if (report.errors.length > 0) throw new Error(`${report.errors.length} rows refused`);
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap0 = process.memoryUsage().heapUsed;
const data = buildRegistry();
gc?.();
const heapData = process.memoryUsage().heapUsed;
const order = (d: Digest): Digest => Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));

// Warm up once each, then alternate.
library(data);
reference(data);
const result = pairedRounds('coverage report, 1M organizations', {
  rounds: 7,
  reference: () => order(reference(data)),
  library: () => order(library(data)),
});

gc?.();
const before = process.memoryUsage().heapUsed;
const kept = coverageReport(data, { asOf: AS_OF, divisions: tree });
const peak = process.memoryUsage().heapUsed;
gc?.();
const after = process.memoryUsage().heapUsed; // what the finished report keeps alive (gaps, rows, explanations)
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MiB`;
const perSec = (ms: number): string => `${(((ORGS / ms) * 1000) / 1e6).toFixed(2)} M organizations/s`;
const gaps = (kept.rows as CoverageReportRow[]).reduce(
  (a, r) => a + r.measures.reduce((b, m) => b + m.gaps.length, 0),
  0,
);
console.log(
  `registry: ${ORGS.toLocaleString('en')} organizations over ${villages.length} village-level units (heap for the data ${mib(heapData - heap0)})`,
);
console.log(`reference group-by   ${result.referenceMs.toFixed(0)} ms/report  (${perSec(result.referenceMs)})`);
console.log(`coverageReport       ${result.libraryMs.toFixed(0)} ms/report  (${perSec(result.libraryMs)})`);
console.log(
  `gaps kept: ${gaps.toLocaleString('en')}; heap during the report +${mib(peak - before)}, retained by the report ${mib(after - before)}`,
);
console.log(`speed ${result.ratio.toFixed(2)}x the reference (target >= 0.6)`);
if (result.ratio < 0.6) process.exitCode = 1;
