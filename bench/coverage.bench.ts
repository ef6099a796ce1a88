// Coverage bench: the full report (all indicators, default 'fast' validation, complete gap lists) over a synthetic
// registry of 1,000,000 organizations spread over the 1,601 village-level units of the embedded tree, against a
// plain-JS group-by of the same counts in the same process. Prints both throughputs, the ratio and heap figures.
import { coverageReport, type CoverageRegistry } from '../src/coverage/index.js';
import { huaianDivisions } from '../src/divisions/index.js';

const ORGS = 1_000_000;
const AS_OF = '2025-12-31';
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
const categories = ['mixed_ownership_enterprise', 'non_public_enterprise', 'new_economic_organization', 'new_social_organization'] as const;

function buildRegistry(): CoverageRegistry {
  const organizations: NonNullable<CoverageRegistry['organizations']> = new Array(ORGS);
  const partyOrganizations: NonNullable<CoverageRegistry['partyOrganizations']> = [];
  let joint: string[] = [];
  for (let i = 0; i < ORGS; i++) {
    const id = `ORG${i}`;
    const x = rnd();
    organizations[i] = {
      id,
      unit: villages[i % villages.length]!,
      category: categories[i & 3]!,
      employees: Math.floor(rnd() * 60),
      formalPartyMembers: Math.floor(rnd() * 6),
      fixedSite: x < 0.9,
      inBusiness: x < 0.85,
      instructor: x > 0.7,
    };
    if (x < 0.15) partyOrganizations.push({ id: `PO${i}`, unit: villages[i % villages.length]!, type: 'branch', formation: 'single', members: [id], established: '2020-01-01' });
    else if (x < 0.35) {
      joint.push(id);
      if (joint.length === 4) {
        partyOrganizations.push({ id: `PJ${i}`, unit: villages[i % villages.length]!, type: 'branch', formation: 'joint', members: joint, established: '2021-06-01' });
        joint = [];
      }
    }
  }
  const volunteerTeams = villages
    .filter(() => rnd() < 0.8)
    .map((unit, i) => ({ id: `VT${i}`, unit, established: '2022-01-01', lastActivityOn: rnd() < 0.9 ? '2025-10-01' : '2024-01-01' }));
  for (const [i, unit] of townships.entries()) volunteerTeams.push({ id: `VTT${i}`, unit, established: '2022-01-01', lastActivityOn: '2025-11-01' });
  const stations = townships.filter(() => rnd() < 0.95).map((unit, i) => ({ id: `ST${i}`, unit, opened: '2023-03-01' }));
  const items = ['office', 'committees', 'rules', 'services', 'signage'];
  const checklistResults = villages.flatMap((unit) => items.map((item) => ({ unit, item, met: rnd() < 0.9, assessedOn: '2025-06-30' })));
  const associationEvents = Array.from({ length: 2000 }, (_, i) => ({
    id: `AE${i}`,
    association: `AS${i % 1500}`,
    unit: i % 3 === 0 ? '320800' : pick(villages).slice(0, 6),
    type: pick(['establishment', 'general_election', 'mid_term_change'] as const),
    electionDate: '2025-05-20',
    ...(rnd() < 0.8 ? { reviewDate: rnd() < 0.9 ? '2025-05-01' : '2025-06-01' } : {}),
  }));
  const trainingRecords = Array.from({ length: 3000 }, (_, i) => ({
    person: `P${i % 2500}`,
    role: i % 2 === 0 ? ('party_secretary' as const) : ('party_instructor' as const),
    association: `AS${i % 1500}`,
    unit: '320800',
    ...(rnd() < 0.7 ? { trainedOn: '2025-04-10' } : {}),
  }));
  const communityWorkers = Array.from({ length: 20000 }, (_, i) => ({ id: `W${i}`, unit: villages[i % villages.length]!, certified: rnd() < 0.45 }));
  return {
    organizations,
    partyOrganizations,
    volunteerTeams,
    stations,
    checklistItems: items.map((id) => ({ id })),
    checklistResults,
    associationEvents,
    trainingRecords,
    communityWorkers,
  };
}

// ---- Plain-JS reference: the same counts with Maps, plain objects and strings, no library code. ----
interface Plain {
  code: string;
  parent?: string;
  kind: string;
  level: string;
}
const plainUnits: Plain[] = tree.units.map((u) => ({ code: u.code, ...(u.parent ? { parent: u.parent } : {}), kind: u.kind, level: u.level }));

function reference(data: CoverageRegistry): Record<string, [number, number]> {
  const parentOf = new Map<string, string | undefined>();
  const kindOf = new Map<string, string>();
  const levelOf = new Map<string, string>();
  for (const u of plainUnits) {
    parentOf.set(u.code, u.parent);
    kindOf.set(u.code, u.kind);
    levelOf.set(u.code, u.level);
  }
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
  const out: Record<string, [number, number]> = {};
  const root = plainUnits[0]!.code;
  const total = (name: string, acc: Map<string, number[]>): void => {
    const a = acc.get(root) ?? [0, 0];
    out[name] = [a[0]!, a[1]!];
  };
  // 1. party coverage
  const member = new Map<string, string>();
  for (const po of data.partyOrganizations!) {
    if (po.established > AS_OF || (po.dissolved !== undefined && po.dissolved <= AS_OF)) continue;
    for (const m of po.members) if (member.get(m) !== 'single') member.set(m, po.formation);
  }
  const perVillage = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const o of data.organizations!) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    if (!levelOf.has(o.unit)) continue;
    if (o.category === 'new_social_organization') {
      if (!(o.employees >= 30 || o.provincial === true)) continue;
    } else if (o.employees < 10 || o.fixedSite !== true || o.inBusiness !== true) continue;
    if (o.shell === true) continue;
    let a = perVillage.get(o.unit);
    if (a === undefined) perVillage.set(o.unit, (a = [0, 0, 0, 0]));
    a[0]!++;
    const f = member.get(o.id);
    if (f !== undefined) a[1]!++;
    if (f === 'single') a[2]!++;
    if (f !== undefined || o.instructor === true || o.liaison === true) a[3]!++;
  }
  const org = new Map<string, number[]>();
  const single = new Map<string, number[]>();
  const work = new Map<string, number[]>();
  for (const [code, a] of perVillage) {
    up(org, code, a[1]!, a[0]!);
    up(single, code, a[2]!, a[0]!);
    up(work, code, a[3]!, a[0]!);
  }
  total('party_coverage.organization', org);
  total('party_coverage.single', single);
  total('party_coverage.work', work);
  // 2. dual review
  const assoc = new Map<string, { unit: string; ok: boolean }>();
  for (const e of data.associationEvents!) {
    if (e.electionDate < '2025-01-01' || e.electionDate > AS_OF) continue;
    const a = assoc.get(e.association) ?? { unit: e.unit, ok: true };
    if (e.reviewDate === undefined || e.reviewDate > e.electionDate) a.ok = false;
    assoc.set(e.association, a);
  }
  const review = new Map<string, number[]>();
  for (const a of assoc.values()) up(review, a.unit, a.ok ? 1 : 0, 1);
  total('dual_review.review', review);
  const people = new Map<string, { unit: string; trained: boolean }>();
  for (const t of data.trainingRecords!) {
    const p = people.get(t.person) ?? { unit: t.unit, trained: false };
    if (t.trainedOn !== undefined && t.trainedOn >= '2025-01-01' && t.trainedOn <= AS_OF) p.trained = true;
    people.set(t.person, p);
  }
  const training = new Map<string, number[]>();
  for (const p of people.values()) up(training, p.unit, p.trained ? 1 : 0, 1);
  total('dual_review.training', training);
  // 3. committee standardization
  const latest = new Map<string, { d: string; met: boolean }>();
  for (const r of data.checklistResults!) {
    if (r.assessedOn > AS_OF) continue;
    const k = `${r.unit}|${r.item}`;
    const prev = latest.get(k);
    if (prev === undefined || r.assessedOn > prev.d) latest.set(k, { d: r.assessedOn, met: r.met });
  }
  const committee = new Map<string, number[]>();
  for (const u of plainUnits) {
    if (u.kind !== 'residents_committee' && u.kind !== 'villagers_committee') continue;
    let all = true;
    for (const it of data.checklistItems!) if (latest.get(`${u.code}|${it.id}`)?.met !== true) all = false;
    up(committee, u.code, all ? 1 : 0, 1);
  }
  total('committee_standardization.overall', committee);
  // 4. volunteer teams; 5. stations
  const activeTeam = new Set<string>();
  for (const t of data.volunteerTeams!) {
    if (t.established <= AS_OF && (t.dissolved === undefined || t.dissolved > AS_OF) && t.lastActivityOn !== undefined && t.lastActivityOn > '2024-12-31' && t.lastActivityOn <= AS_OF) activeTeam.add(t.unit);
  }
  const station = new Set<string>();
  for (const s of data.stations!) if (s.opened <= AS_OF && (s.closed === undefined || s.closed > AS_OF)) station.add(s.unit);
  const vtT = new Map<string, number[]>();
  const vtV = new Map<string, number[]>();
  const stT = new Map<string, number[]>();
  const stV = new Map<string, number[]>();
  for (const u of plainUnits) {
    if (u.kind === 'town' || u.kind === 'subdistrict') {
      up(vtT, u.code, activeTeam.has(u.code) ? 1 : 0, 1);
      up(stT, u.code, station.has(u.code) ? 1 : 0, 1);
    } else if (u.kind === 'residents_committee' || u.kind === 'villagers_committee') {
      up(vtV, u.code, activeTeam.has(u.code) ? 1 : 0, 1);
      up(stV, u.code, station.has(u.code) ? 1 : 0, 1);
    }
  }
  total('volunteer_teams.township', vtT);
  total('volunteer_teams.village', vtV);
  total('social_work_stations.township', stT);
  total('social_work_stations.village', stV);
  // 6. certification
  const cert = new Map<string, number[]>();
  for (const w of data.communityWorkers!) up(cert, w.unit, w.certified ? 1 : 0, 1);
  total('certification_rate.overall', cert);
  return out;
}

function library(data: CoverageRegistry): Record<string, [number, number]> {
  const report = coverageReport(data, { asOf: AS_OF, divisions: tree });
  const out: Record<string, [number, number]> = {};
  for (const r of Object.values(report.indicators)) for (const m of r.measures) if (!m.id.startsWith('item:')) out[`${r.indicator}.${m.id}`] = [m.numerator, m.denominator];
  return out;
}

function once(fn: () => unknown): number {
  const s = performance.now();
  fn();
  return performance.now() - s;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const gc = (globalThis as { gc?: () => void }).gc;
const heap0 = process.memoryUsage().heapUsed;
const data = buildRegistry();
gc?.();
const heapData = process.memoryUsage().heapUsed;

// Both must agree before timing means anything.
const ref = reference(data);
const lib = library(data);
for (const [k, v] of Object.entries(ref)) {
  const l = lib[k];
  if (l === undefined || l[0] !== v[0] || l[1] !== v[1]) throw new Error(`mismatch ${k}: library ${JSON.stringify(l)} vs reference ${JSON.stringify(v)}`);
}
// Warm up, then alternate single runs: on a shared machine the load changes by the second, so each library run is
// compared with the reference run next to it and the median of those ratios is reported.
once(() => reference(data));
once(() => library(data));
const refTimes: number[] = [];
const libTimes: number[] = [];
const ratios: number[] = [];
for (let k = 0; k < 9; k++) {
  const r = once(() => reference(data));
  const l = once(() => library(data));
  refTimes.push(r);
  libTimes.push(l);
  ratios.push(r / l);
}
const refMs = median(refTimes);
const libMs = median(libTimes);
const ratio = median(ratios);
gc?.();
const before = process.memoryUsage().heapUsed;
const kept = coverageReport(data, { asOf: AS_OF, divisions: tree });
const peak = process.memoryUsage().heapUsed;
gc?.();
const after = process.memoryUsage().heapUsed; // what the finished report keeps alive (gaps, rows, issues)

const perSec = (ms: number): string => `${((ORGS / ms) * 1000 / 1e6).toFixed(2)} M organizations/s`;
console.log(`registry: ${ORGS.toLocaleString('en')} organizations over ${villages.length} village-level units (heap for the data ${((heapData - heap0) / 2 ** 20).toFixed(0)} MiB)`);
console.log(`reference group-by   ${refMs.toFixed(1)} ms/report  (${perSec(refMs)})`);
console.log(`coverageReport       ${libMs.toFixed(1)} ms/report  (${perSec(libMs)})`);
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MiB`;
console.log(`gaps kept: ${Object.values(kept.indicators).reduce((a, r) => a + r.gaps.length, 0).toLocaleString('en')}; heap during the report +${mib(peak - before)}, retained by the report ${mib(after - before)}`);
console.log(`ratio library/reference = ${ratio.toFixed(2)} (target >= 0.5; median of ${ratios.length} paired runs, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
if (ratio < 0.5) process.exitCode = 1;
