// Generates the synthetic demo data shipped in the package (data/demo/, read by `huaian-sw demo`):
//   roster.csv     a roster of 200 community workers, as Excel saves it (UTF-8 with BOM, CRLF, Chinese headers);
//   registry.json  organizations, party organizations, volunteer teams, 社会工作站 and 社会工作室, checklist results,
//                  association events, 双培 trainees and community workers over the real 淮安 division tree, in the
//                  /entities vocabulary (what `huaian-sw coverage` reads);
//   slate.json     a leadership slate of an association, with candidates who pass, fail and cannot be decided.
// Reproducible: a fixed-seed PRNG, no clock. Run: node --import tsx scripts/generate-demo.ts
// Clearly synthetic: people are 测试人员001 / 示例甲, organizations 示例…; resident IDs have valid check digits, a
// region code from the tree, plausible birth dates and sequence codes 900-999, and belong to nobody we know of.
import { writeFileSync } from 'node:fs';
import { huaianDivisions, type DivisionUnit } from '../src/divisions/index.js';
import { residentIdCheckChar } from '../src/validators/index.js';
import { UTF8_BOM, csvLine } from '../src/cli/csv.js';

// The output folder: data/demo, or the first argument (the tests regenerate into a temporary folder and compare).
const OUT = process.argv[2] ?? 'data/demo';
/** The date the demo computes for, and the election date of the demo slate. */
const AS_OF = '2026-01-01';
/** The coverage report is a year-end report: 2025 as a whole. */
const COVERAGE_AS_OF = '2025-12-31';
const ELECTION = '2026-03-16';

// mulberry32: small, fast, and the same sequence on every machine.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20260101);
// Facts added after the first demo (probationary members, a few missing facts) come from their own sequence, so
// the rest of the data (and the slate's resident IDs) stays what it was.
const extra = prng(20260102);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number) => rand() < p;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function date(fromYear: number, toYear: number): string {
  const y = int(fromYear, toYear);
  const m = int(1, 12);
  const d = int(1, m === 2 && leap(y) ? 29 : DAYS[m - 1]!);
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}
/** A synthetic resident ID: region code, birth date, sequence 900-999 (odd = male), valid check character. */
function residentId(region: string, birth: string): string {
  const first17 = region + birth.replaceAll('-', '') + String(int(900, 999));
  return first17 + residentIdCheckChar(first17);
}

const tree = huaianDivisions();
const townships = tree.atLevel('township');
const villages = tree.atLevel('village');
const streetsAndTowns = townships.filter((t) => t.kind === 'subdistrict' || t.kind === 'town');

// --- Roster: 40 communities/villages, 5 workers each (1 正职, 1 副职, 3 其他). ---------------------------------
const rosterUnits: DivisionUnit[] = [];
const byCounty = new Map<string, DivisionUnit[]>();
for (const v of villages) {
  const county = tree.ancestorAt(v.code, 'county')!.code;
  if (!byCounty.has(county)) byCounty.set(county, []);
  byCounty.get(county)!.push(v);
}
for (const list of byCounty.values())
  for (let i = 0; i < 5 && list.length > 0; i++) rosterUnits.push(list.splice(Math.floor(rand() * list.length), 1)[0]!);
const header = ['编号', '姓名', '所在村（社区）', '岗位', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核'];
const rows: string[][] = [];
const communityWorkers: Record<string, unknown>[] = [];
let n = 0;
const RESULTS = ['优秀', '合格', '合格', '合格', '合格', '优秀', '基本合格', '不合格'];
for (const unit of rosterUnits) {
  for (const post of ['正职', '副职', '其他工作人员', '其他工作人员', '其他工作人员']) {
    n++;
    const start = date(post === '正职' ? 2004 : 2008, 2024);
    const startYear = Number(start.slice(0, 4));
    const education = pick([
      '大专及以下',
      '大专及以下',
      '本科',
      '本科',
      '本科',
      '硕士',
      post === '正职' ? '博士' : '本科',
    ]);
    let certificate = '';
    let obtained = '';
    if (chance(0.6)) {
      certificate = pick(['助理社会工作师', '助理社会工作师', '社会工作师', '社会工作师', '高级社会工作师']);
      obtained = date(Math.min(startYear + 1, 2025), 2025);
    }
    const assessed: string[] = [];
    for (let y = Math.max(startYear, 2019); y <= 2025; y++)
      if (y > startYear || chance(0.5)) assessed.push(`${y}:${pick(RESULTS)}`);
    const id = `HA${pad(n, 4)}`;
    rows.push([
      id,
      `测试人员${pad(n, 3)}`,
      `${unit.name}（${unit.code}）`,
      post,
      education,
      start,
      certificate,
      obtained,
      assessed.join(';'),
    ]);
    const levels: Record<string, string> = {
      助理社会工作师: 'assistant',
      社会工作师: 'intermediate',
      高级社会工作师: 'senior',
    };
    const cw: Record<string, unknown> = { id, divisionCode: unit.code, employedFrom: start };
    if (certificate !== '') cw.certificate = { level: levels[certificate], obtained };
    communityWorkers.push(cw);
  }
}

// --- Registry ----------------------------------------------------------------------------------------------
const organizations: Record<string, unknown>[] = [];
const partyOrganizations: Record<string, unknown>[] = [];
const KINDS = [
  'mixed_ownership_enterprise',
  'non_public_enterprise',
  'non_public_enterprise',
  'new_economic_organization',
  'new_social_organization',
];
const KIND_NAME: Record<string, string> = {
  mixed_ownership_enterprise: '示例混合所有制企业',
  non_public_enterprise: '示例民营企业',
  new_economic_organization: '示例新经济组织',
  new_social_organization: '示例社会组织',
};
const hostUnits = [...streetsAndTowns, ...villages.filter(() => chance(0.15))];
for (let i = 1; i <= 400; i++) {
  const unit = pick(hostUnits);
  const kind = pick(KINDS);
  const employeeCount = chance(0.2) ? int(1, 9) : int(10, 300);
  const members = employeeCount < 10 ? int(0, 2) : chance(0.3) ? int(0, 2) : int(3, Math.min(40, employeeCount));
  const org: Record<string, unknown> = {
    id: `DEMO-ORG-${pad(i, 4)}`,
    name: `${KIND_NAME[kind]}${pad(i, 3)}号`,
    kind,
    divisionCode: unit.code,
    employeeCount,
    formalPartyMembers: members,
    probationaryPartyMembers: Math.floor(extra() * 3),
    fixedSite: !chance(0.05),
    inBusiness: !chance(0.05),
    partyInstructorIds: [],
    partyLiaisonIds: [],
  };
  if (chance(0.03)) org.shell = true;
  if (kind === 'new_social_organization') org.provincial = false;
  // A few registries leave a fact out: those units are listed as undetermined, not dropped.
  if (extra() < 0.02) delete org.inBusiness;
  organizations.push(org);
  if (members >= 3 && chance(0.93)) {
    partyOrganizations.push({
      id: `DEMO-PO-${pad(partyOrganizations.length + 1, 4)}`,
      name: `${org.name as string}党支部`,
      level: members >= 50 ? 'general_branch' : 'branch',
      formation: 'standalone',
      coveredUnitIds: [org.id],
      divisionCode: unit.code,
      establishedOn: date(2010, 2025),
    });
  } else if (members < 3) {
    if (chance(0.3)) org.partyInstructorIds = [`DEMO-I-${pad(i, 4)}`];
    else if (chance(0.2)) org.partyLiaisonIds = [`DEMO-L-${pad(i, 4)}`];
  }
}
// Joint branches (联合组建) for small units of the same township.
const small = organizations.filter(
  (o) =>
    (o.formalPartyMembers as number) < 3 &&
    (o.partyInstructorIds as string[]).length === 0 &&
    (o.partyLiaisonIds as string[]).length === 0,
);
for (let i = 0; i + 1 < small.length && i < 150; i += 3) {
  const group = small.slice(i, i + 3).filter((o) => o.divisionCode === small[i]!.divisionCode || chance(0.5));
  if (group.length < 2) continue;
  partyOrganizations.push({
    id: `DEMO-PO-${pad(partyOrganizations.length + 1, 4)}`,
    name: `示例联合党支部${pad(i / 3 + 1, 2)}`,
    level: 'branch',
    formation: 'joint',
    coveredUnitIds: group.map((o) => o.id),
    divisionCode: group[0]!.divisionCode,
    establishedOn: date(2015, 2025),
  });
}
const volunteerTeams: Record<string, unknown>[] = [];
for (const u of [...streetsAndTowns, ...villages]) {
  const p = u.level === 'township' ? 0.95 : 0.9;
  if (!chance(p)) continue;
  const team: Record<string, unknown> = {
    id: `DEMO-VT-${pad(volunteerTeams.length + 1, 5)}`,
    scope: u.level === 'township' ? 'township' : 'community',
    divisionCode: u.code,
    establishedOn: date(2012, 2024),
  };
  if (chance(0.92)) team.lastActivityOn = date(2025, 2025);
  else team.lastActivityOn = date(2022, 2023);
  volunteerTeams.push(team);
}
const socialWorkStations: Record<string, unknown>[] = [];
const socialWorkRooms: Record<string, unknown>[] = [];
let sites = 0;
for (const u of streetsAndTowns)
  if (chance(0.9))
    socialWorkStations.push({
      id: `DEMO-ST-${pad(++sites, 3)}`,
      name: `${u.name}社会工作站（示例）`,
      divisionCode: u.code,
      establishedOn: date(2020, 2025),
    });
for (const u of villages)
  if (chance(0.25))
    socialWorkRooms.push({ id: `DEMO-ST-${pad(++sites, 3)}`, divisionCode: u.code, establishedOn: date(2021, 2025) });
// No official 村(居)委会 standardization checklist was found: the items below are examples a host would replace.
const checklistItems = [
  { id: 'office', name: '示例项目：党群服务中心场所达标' },
  { id: 'rules', name: '示例项目：村（居）务公开与议事规则完善' },
];
const checklistResults: Record<string, unknown>[] = [];
for (const u of villages)
  for (const item of checklistItems)
    checklistResults.push({ divisionCode: u.code, itemId: item.id, met: chance(0.95), assessedOn: date(2025, 2025) });
const associationEvents: Record<string, unknown>[] = [];
const trainees: Record<string, unknown>[] = [];
const counties = tree.atLevel('county');
for (let i = 1; i <= 24; i++) {
  const association = `DEMO-ASSOC-${pad(i, 3)}`;
  const unit = pick([tree.root.code, ...counties.map((c) => c.code)]);
  const electionDate = date(2025, 2025);
  const event: Record<string, unknown> = {
    id: `DEMO-EV-${pad(i, 3)}`,
    associationId: association,
    divisionCode: unit,
    kind: pick(['general_election', 'general_election', 'mid_term_change', 'establishment']),
    electionDate,
  };
  if (chance(0.85)) event.reviewDate = electionDate > '2025-01-20' && chance(0.9) ? '2025-01-15' : '2025-12-31';
  associationEvents.push(event);
  for (const role of ['party_secretary', 'party_instructor']) {
    const rec: Record<string, unknown> = {
      personId: `DEMO-P-${pad(i, 3)}-${role === 'party_secretary' ? 'S' : 'I'}`,
      role,
      associationId: association,
      divisionCode: unit,
    };
    rec.trainedOn = chance(0.8) ? [date(2025, 2025)] : [];
    trainees.push(rec);
  }
}

// --- Slate: one association's leadership change, with one outcome of each kind. -----------------------------
// Candidates are person records of /entities (id, organizationId as the member unit, associationPosts) plus the facts
// of the candidacy (priorTerms, reviewDate, …); the register rows are association posts.
const region = '320812'; // 清江浦区
const person = (id: string, name: string, birth: string, extra: Record<string, unknown>) => ({
  id,
  name,
  residentId: residentId(region, birth),
  birthDate: birth,
  ...extra,
});
const clean = {
  civilServant: 'none',
  retiredCadre: false,
  politicalRightsDeprived: false,
  fullCivilCapacity: true,
  associationPosts: [],
  reviewDate: '2026-02-27',
  priorTerms: 0,
};
// 示例甲 holds two seats (president and legal representative): one person, one resident ID.
const a = person('DEMO-P-A', '示例甲', '1968-04-12', { ...clean, organizationId: 'DEMO-ORG-0007' });
const slate = {
  association: {
    id: 'DEMO-ASSOC-001',
    name: '示例市物流行业协会',
    kind: 'industry_association',
    divisionCode: '320800',
    national: false,
    management: 'decoupled',
    termYears: 5,
  },
  electionDate: ELECTION,
  slate: [
    { role: 'president', candidate: { ...a, priorTerms: 1 } },
    { role: 'legal_representative', candidate: a },
    {
      role: 'vice_president',
      candidate: person('DEMO-P-B', '示例乙', '1955-03-15', {
        ...clean,
        organizationId: 'DEMO-ORG-0012',
        associationPosts: [{ associationId: 'DEMO-ASSOC-014', role: 'vice_president' }],
      }),
    },
    {
      role: 'vice_president',
      candidate: person('DEMO-P-C', '示例丙', '1975-10-02', {
        ...clean,
        organizationId: 'DEMO-ORG-0019',
        civilServant: 'serving',
      }),
    },
    {
      role: 'secretary_general',
      candidate: person('DEMO-P-D', '示例丁', '1980-07-21', {
        ...clean,
        organizationId: 'DEMO-ORG-0007',
        appointment: 'elected',
        associationPosts: undefined,
      }),
    },
    {
      role: 'party_secretary',
      candidate: { id: 'DEMO-P-E', name: '示例戊', birthDate: '1972-01-30', reviewDate: '2026-02-27' },
    },
  ],
  // Posts held in associations (for the dual-post rules): 示例丁 is already secretary-general elsewhere (his own
  // list is left out, so the register is what finds it).
  registry: [
    { personId: 'DEMO-P-D', associationId: 'DEMO-ASSOC-009', role: 'secretary_general' },
    { personId: 'DEMO-P-B', associationId: 'DEMO-ASSOC-014', role: 'vice_president' },
  ],
};

// --- Write ---------------------------------------------------------------------------------------------------
/** JSON with one record per line: diffable and compact. */
function lines(value: unknown, indent = ''): string {
  if (Array.isArray(value))
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => `${indent}  ${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
  if (value !== null && typeof value === 'object')
    return `{\n${Object.entries(value)
      .map(
        ([k, v]) =>
          `${indent}  ${JSON.stringify(k)}: ${Array.isArray(v) ? lines(v, indent + '  ') : JSON.stringify(v)}`,
      )
      .join(',\n')}\n${indent}}`;
  return JSON.stringify(value);
}
const note = 'Synthetic demo data generated by scripts/generate-demo.ts (fixed seed). No real person or organization.';
const files: Record<string, unknown> = {
  'registry.json': {
    note,
    asOf: COVERAGE_AS_OF,
    registry: {
      organizations,
      partyOrganizations,
      volunteerTeams,
      socialWorkStations,
      socialWorkRooms,
      checklistItems,
      checklistResults,
      associationEvents,
      trainees,
      communityWorkers,
    },
  },
  'slate.json': { note, ...slate },
};
const csv = UTF8_BOM + csvLine(header) + rows.map((r) => csvLine(r)).join('');
writeFileSync(`${OUT}/roster.csv`, csv);
console.log(`wrote ${OUT}/roster.csv (${rows.length} rows)`);
for (const [name, value] of Object.entries(files)) {
  const text =
    name === 'registry.json'
      ? registryText(value as { note: string; asOf: string; registry: Record<string, unknown[]> })
      : lines(value) + '\n';
  writeFileSync(`${OUT}/${name}`, text);
  console.log(`wrote ${OUT}/${name} (${text.length} chars)`);
}
function registryText(v: { note: string; asOf: string; registry: Record<string, unknown[]> }): string {
  const parts = Object.entries(v.registry).map(([k, list]) => `    ${JSON.stringify(k)}: ${lines(list, '    ')}`);
  return `{\n  "note": ${JSON.stringify(v.note)},\n  "asOf": ${JSON.stringify(v.asOf)},\n  "registry": {\n${parts.join(',\n')}\n  }\n}\n`;
}
