/**
 * “两企三新”党的组织和工作全覆盖 (seed; S20, S21, T26): of the organizations in the 摸排 scope, the share covered by a
 * party organization in force (单独 or 联合组建), the share with one of their own (单独组建率), and the share with
 * party work coverage (an organization, or a means such as a 党建工作指导员); and the 应建未建 list: every listed
 * unit with 3+ formal members and no organization of its own, whatever its size, in scope or not.
 * @module
 */
import type { Bilingual } from '../../core/messages.js';
import {
  ORGANIZATION_KINDS,
  SOCIAL_ORGANIZATION_KINDS,
  organizationKindLabels,
  type OrganizationKind,
} from '../../entities/organization.js';
import { defineIndicator, type IndicatorContext } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { organizations, partyOrganizations, type CoverageOrganization } from '../records.js';
import type { MustFormEntry } from '../result.js';

/**
 * Means of party work coverage for a unit with no party organization (S20).
 * @category Coverage
 * @example
 * ```ts
 * WORK_COVERAGE_MEANS.includes('instructor'); // true
 * ```
 */
export const WORK_COVERAGE_MEANS = ['instructor', 'liaison', 'trade_union', 'youth_league'] as const;

/**
 * One means of party work coverage.
 * @category Coverage
 * @example
 * ```ts
 * const m: WorkCoverageMeans = 'liaison';
 * ```
 */
export type WorkCoverageMeans = (typeof WORK_COVERAGE_MEANS)[number];

const MEANS_LABELS: Readonly<Record<WorkCoverageMeans, Bilingual>> = {
  instructor: { zh: '党建工作指导员', en: 'a party-building instructor' },
  liaison: { zh: '党建联络员', en: 'a party-building liaison' },
  trade_union: { zh: '工会', en: 'a trade union' },
  youth_league: { zh: '共青团组织', en: 'a Youth League organization' },
};

/** The field each means is read from. */
const MEANS_FIELD: Readonly<Record<WorkCoverageMeans, keyof CoverageOrganization>> = {
  instructor: 'partyInstructorIds',
  liaison: 'partyLiaisonIds',
  trade_union: 'tradeUnion',
  youth_league: 'youthLeague',
};

/** The scope rules of the 摸排 (S21), read from the profile. */
interface ScopeRules {
  readonly kinds: readonly OrganizationKind[];
  readonly minEmployees: number;
  readonly requireFixedSite: boolean;
  readonly requireBusiness: boolean;
  readonly minStaff: number;
  readonly includeProvincial: boolean;
  readonly excludeShells: boolean;
}

/** Why an organization is out of scope. */
type OutReason = 'kind' | 'employees' | 'fixedSite' | 'business' | 'staff' | 'shell';

/** In, out (and why), or undetermined (and the facts missing). */
type InScope =
  | { readonly status: 'in' }
  | { readonly status: 'out'; readonly reason: OutReason }
  | { readonly status: 'undetermined'; readonly missing: readonly (keyof CoverageOrganization)[] };

const IN: InScope = { status: 'in' };
const OUT: Readonly<Record<OutReason, InScope>> = {
  kind: { status: 'out', reason: 'kind' },
  employees: { status: 'out', reason: 'employees' },
  fixedSite: { status: 'out', reason: 'fixedSite' },
  business: { status: 'out', reason: 'business' },
  staff: { status: 'out', reason: 'staff' },
  shell: { status: 'out', reason: 'shell' },
};

/**
 * Whether an organization is in the 摸排 scope (S21): an enterprise with enough employees, a fixed site and real
 * business; a social organization with enough staff or provincial standing; not a marked shell. A fact that is missing
 * and would decide it leaves it undetermined.
 */
function scopeOf(o: CoverageOrganization, r: ScopeRules): InScope {
  if (!r.kinds.includes(o.kind)) return OUT.kind;
  if (r.excludeShells && o.shell === true) return OUT.shell;
  if (SOCIAL_ORGANIZATION_KINDS.includes(o.kind)) {
    // Staff enough, or provincial: in as soon as one holds; out only when both are known to fail.
    const staff = o.employeeCount === undefined ? undefined : o.employeeCount >= r.minStaff;
    const provincial = r.includeProvincial ? o.provincial : false;
    if (staff === true || provincial === true) return IN;
    if (staff === false && provincial === false) return OUT.staff;
    return undetermined(
      staff === undefined ? 'employeeCount' : undefined,
      provincial === undefined ? 'provincial' : undefined,
    );
  }
  // An enterprise: every condition must hold; out as soon as one is known to fail.
  const employees = o.employeeCount === undefined ? undefined : o.employeeCount >= r.minEmployees;
  const site = r.requireFixedSite ? o.fixedSite : true;
  const business = r.requireBusiness ? o.inBusiness : true;
  if (employees === false) return OUT.employees;
  if (site === false) return OUT.fixedSite;
  if (business === false) return OUT.business;
  if (employees === true && site === true && business === true) return IN;
  return undetermined(
    employees === undefined ? 'employeeCount' : undefined,
    site === undefined ? 'fixedSite' : undefined,
    business === undefined ? 'inBusiness' : undefined,
  );
}

/** Undetermined, naming the facts that are missing (the defined ones of `fields`). */
function undetermined(...fields: (keyof CoverageOrganization | undefined)[]): InScope {
  return { status: 'undetermined', missing: fields.filter((f): f is keyof CoverageOrganization => f !== undefined) };
}

/** Whether an organization without a party organization has work coverage: yes, no, or the facts missing. */
function workOf(
  o: CoverageOrganization,
  means: readonly WorkCoverageMeans[],
): true | false | (keyof CoverageOrganization)[] {
  let missing: (keyof CoverageOrganization)[] | undefined;
  for (const m of means) {
    const v = o[MEANS_FIELD[m]];
    if (v === undefined) (missing ??= []).push(MEANS_FIELD[m]);
    else if (v === true || (Array.isArray(v) && v.length > 0)) return true;
  }
  return missing ?? false;
}

/** The scope rules, or `undefined` when a parameter has no value (it is then in `missing`). */
function scopeRules(ctx: IndicatorContext): ScopeRules | undefined {
  const r = {
    kinds: ctx.list('coverage.party.kinds', ORGANIZATION_KINDS),
    minEmployees: ctx.count('coverage.party.enterprise.minEmployees'),
    requireFixedSite: ctx.flag('coverage.party.enterprise.requireFixedSite'),
    requireBusiness: ctx.flag('coverage.party.enterprise.requireBusinessActivity'),
    minStaff: ctx.count('coverage.party.socialOrganization.minStaff'),
    includeProvincial: ctx.flag('coverage.party.socialOrganization.includeProvincial'),
    excludeShells: ctx.flag('coverage.party.excludeShells'),
  };
  return Object.values(r).some((v) => v === undefined) ? undefined : (r as ScopeRules);
}

/**
 * Indicator `party_coverage`.
 * @category Coverage
 * @example
 * ```ts
 * partyCoverageIndicator.measures.map((m) => m.id); // ['organization', 'standalone', 'work']
 * ```
 */
export const partyCoverageIndicator = /* @__PURE__ */ defineIndicator({
  id: 'party_coverage',
  label: { zh: '“两企三新”党的组织和工作覆盖', en: '两企三新 party organization and work coverage' },
  reads: [organizations, partyOrganizations],
  measures: [
    { id: 'organization', label: { zh: '党的组织覆盖率', en: 'Party organization coverage' }, population: 'records' },
    { id: 'standalone', label: { zh: '单独组建率', en: 'Own party organization rate' }, population: 'records' },
    { id: 'work', label: { zh: '党的工作覆盖率', en: 'Party work coverage' }, population: 'records' },
  ],
  reasons: {
    no_party_organization: {
      zh: '无党组织（未单独或联合组建）',
      en: 'No party organization (neither its own nor joint)',
    },
    no_party_organization_in_force: {
      zh: '党组织统计日不在册（尚未成立或已撤销）',
      en: 'Its party organization is not in force on the date (not yet set up, or dissolved)',
    },
    no_standalone_organization: { zh: '没有本单位单独组建的党组织', en: 'No party organization of its own' },
    no_work_coverage: {
      zh: '无党组织，也无计入工作覆盖的指导员、联络员等',
      en: 'No party organization and no means that counts as work coverage',
    },
  },
  compute(ctx) {
    const rules = scopeRules(ctx);
    const means = ctx.list('coverage.party.workCoverageMeans', WORK_COVERAGE_MEANS);
    const formalMin = ctx.count('coverage.party.branch.formalMembersMin');
    const jointMax = ctx.count('coverage.party.jointBranch.maxUnits');
    const orgs = ctx.rows(organizations);
    const pos = ctx.rows(partyOrganizations);
    const asOf = ctx.asOf;
    const n = orgs.records.length;

    // Party organizations in force on the date → how many of each kind cover each organization.
    const standalone = new Int32Array(n);
    const joint = new Int32Array(n);
    const notInForce = new Uint8Array(n);
    const unknownMembers: string[] = [];
    const overLimit: { id: string; count: number }[] = [];
    for (let k = 0; k < pos.records.length; k++) {
      const po = pos.records[k]!;
      const inForce = po.establishedOn <= asOf && (po.dissolvedOn === undefined || po.dissolvedOn > asOf);
      if (!inForce) ctx.outOfScope(partyOrganizations);
      if (
        inForce &&
        po.formation === 'joint' &&
        po.level === 'branch' &&
        jointMax !== undefined &&
        po.coveredUnitIds.length > jointMax
      )
        overLimit.push({ id: String(po.id), count: po.coveredUnitIds.length });
      for (const member of po.coveredUnitIds) {
        const p = orgs.positionOf.get(String(member));
        if (p === undefined) {
          if (!unknownMembers.includes(member)) unknownMembers.push(member);
        } else if (!inForce) notInForce[p] = 1;
        else if (po.formation === 'standalone') standalone[p]!++;
        else joint[p]!++;
      }
    }
    if (unknownMembers.length > 0)
      ctx.warn(coverageMessages.warning('unknown_member', { count: unknownMembers.length, ids: unknownMembers }));
    if (overLimit.length > 0 && jointMax !== undefined)
      ctx.warn(coverageMessages.warning('joint_branch_over_limit', { limit: jointMax, branches: overLimit }));

    const organization = ctx.measure('organization');
    const own = ctx.measure('standalone');
    const work = ctx.measure('work');
    const mustForm: MustFormEntry[] = [];
    let mustFormUndetermined = 0;
    const countedTwice: string[] = [];
    const excluded: Record<OutReason | 'notEstablished', number> = {
      notEstablished: 0,
      kind: 0,
      employees: 0,
      fixedSite: 0,
      business: 0,
      staff: 0,
      shell: 0,
    };
    const field = (f: string) => ctx.field(organizations, f);
    for (let p = 0; p < n; p++) {
      const o = orgs.records[p]!;
      const id = String(o.id);
      const u = orgs.units[p]!;
      if (o.establishedOn !== undefined && o.establishedOn > asOf) {
        excluded.notEstablished++;
        ctx.outOfScope(organizations);
        continue;
      }
      const s = rules === undefined ? undefined : scopeOf(o, rules);
      // 应建未建: 3+ formal members and no organization of its own, whatever the size, in scope or not.
      if (formalMin !== undefined && standalone[p] === 0) {
        if (o.formalPartyMembers === undefined) {
          mustFormUndetermined++;
          ctx.need([field('formalPartyMembers')]);
        } else if (o.formalPartyMembers >= formalMin) {
          const scope = s === undefined || s.status === 'undetermined' ? 'undetermined' : s.status;
          mustForm.push({
            record: id,
            unit: ctx.tree.units[u]!.code,
            formalPartyMembers: o.formalPartyMembers,
            currently: joint[p]! > 0 ? 'joint' : 'none',
            scope,
          });
        }
      }
      if (s === undefined) continue;
      if (s.status === 'out') {
        excluded[s.reason]++;
        ctx.outOfScope(organizations);
        continue;
      }
      if (s.status === 'undetermined') {
        const missing = s.missing.map(field);
        ctx.undetermined(organizations);
        organization.undetermined(u, missing, id);
        own.undetermined(u, missing, id);
        work.undetermined(u, missing, id);
        continue;
      }
      const count = standalone[p]! + joint[p]!;
      if (count > 1) countedTwice.push(id);
      if (count > 0) organization.covered(u);
      else organization.gap(u, notInForce[p] === 1 ? 'no_party_organization_in_force' : 'no_party_organization', id);
      if (standalone[p]! > 0) own.covered(u);
      else own.gap(u, 'no_standalone_organization', id, joint[p]! > 0 ? 'joint' : undefined);
      if (means === undefined) continue;
      const w = count > 0 ? true : workOf(o, means);
      if (w === true) work.covered(u);
      else if (w === false) work.gap(u, 'no_work_coverage', id);
      else work.undetermined(u, w.map(field), id);
    }
    if (countedTwice.length > 0)
      ctx.warn(coverageMessages.warning('counted_twice', { count: countedTwice.length, ids: countedTwice }));

    if (rules !== undefined) {
      ctx.rule(
        'coverage.party.scope',
        coverageMessages.text('rule_party_scope', {
          kinds: rules.kinds.map((k) => organizationKindLabels[k]),
          minEmployees: rules.minEmployees,
          site: rules.requireFixedSite,
          business: rules.requireBusiness,
          minStaff: rules.minStaff,
          provincial: rules.includeProvincial,
          shells: rules.excludeShells,
        }),
        ctx.source('coverage.party.enterprise.minEmployees'),
      );
      for (const [reason, k] of Object.entries(excluded))
        if (k > 0) ctx.value(`excluded.${reason}`, EXCLUDED_LABELS[reason as keyof typeof excluded], k);
    }
    ctx.rule(
      'coverage.party.organization',
      coverageMessages.text('rule_party_organization'),
      ctx.source('coverage.party.workCoverageMeans'),
    );
    if (means !== undefined)
      ctx.rule(
        'coverage.party.work',
        coverageMessages.text('rule_party_work', { means: means.map((m) => MEANS_LABELS[m]) }),
        ctx.source('coverage.party.workCoverageMeans'),
      );
    if (jointMax !== undefined)
      ctx.rule(
        'coverage.party.jointLimit',
        coverageMessages.text('rule_joint_limit', { limit: jointMax }),
        ctx.source('coverage.party.jointBranch.maxUnits'),
      );
    if (formalMin === undefined) return {};
    ctx.rule(
      'coverage.party.mustForm',
      coverageMessages.text('rule_must_form', { min: formalMin }),
      ctx.source('coverage.party.branch.formalMembersMin'),
    );
    ctx.value('mustForm', { zh: '应建未建', en: 'Must form' }, mustForm.length);
    return { mustForm, mustFormUndetermined };
  },
});

const EXCLUDED_LABELS: Readonly<Record<OutReason | 'notEstablished', Bilingual>> = {
  notEstablished: { zh: '不在范围：统计日尚未成立', en: 'Out of scope: not yet established' },
  kind: { zh: '不在范围：组织类型不计入', en: 'Out of scope: kind not counted' },
  employees: { zh: '不在范围：员工人数不足', en: 'Out of scope: too few employees' },
  fixedSite: { zh: '不在范围：无固定经营场所', en: 'Out of scope: no fixed site' },
  business: { zh: '不在范围：无生产经营活动', en: 'Out of scope: no business activity' },
  staff: { zh: '不在范围：社会组织人数不足且非省级', en: 'Out of scope: too few staff, not provincial' },
  shell: { zh: '不在范围：空壳、僵尸组织', en: 'Out of scope: empty shell' },
};
