/**
 * Indicator 1, 两企三新 党的组织覆盖 and 工作覆盖 (S20, S21, T26): in-scope units, the share covered by a party
 * organization (单独 + 联合组建), the 单独组建率, the share with work coverage, and the 应建未建 list.
 * @module
 */
import { ErrorCode } from '../../core/errors.js';
import { collection, readList, TOWNSHIP, VILLAGE, type Context, type IndicatorOutput } from '../context.js';
import { branchRules } from '../party-organization.js';
import { organizationLooksValid, type OrganizationRecord, type PartyOrganizationRecord } from '../registry.js';
import { CoverageIssueCode, type MustFormEntry } from '../result.js';

const S20 = { key: 'S20', title: '“两个覆盖的内容是什么” (quoting 中办发〔2012〕11号)', url: 'http://www.ahzsxh.com/mtgd/info.aspx?itemid=1692' };
const S21 = { key: 'S21', title: '中国组织人事报 on 两新 “两个覆盖” 摸排', url: 'http://yfdly.com/28302.html' };

// Membership flags per organization id, from the party organizations active on the date.
const SINGLE = 1;
const JOINT = 2;
const INACTIVE = 4;
const SEEN = 8; // the organization id has been read from the registry (one map serves membership and duplicates)
const COUNT_UNIT = 16; // number of active party organizations × 16
const COUNT_SHIFT = 4;

/** Computes indicator 1. @internal */
export function partyCoverage(ctx: Context, data: Record<string, unknown>): IndicatorOutput {
  const t = ctx.tracer;
  const asOf = ctx.asOf;
  const categories = readList(t, 'coverage.party.categories');
  const minEmployees = t.read<number>('coverage.party.enterprise.minEmployees').value;
  const needSite = t.read<boolean>('coverage.party.enterprise.requireFixedSite').value;
  const needBusiness = t.read<boolean>('coverage.party.enterprise.requireBusinessActivity').value;
  const minStaff = t.read<number>('coverage.party.socialOrganization.minStaff').value;
  const provincialIn = t.read<boolean>('coverage.party.socialOrganization.includeProvincial').value;
  const excludeShells = t.read<boolean>('coverage.party.excludeShells').value;
  const means = readList(t, 'coverage.party.workCoverageMeans');
  const mustFormMin = branchRules(t.read('coverage.branchRules').value).mustFormMin;
  const useInstructor = means.includes('instructor');
  const useLiaison = means.includes('liaison');
  const useUnion = means.includes('trade_union');
  const useLeague = means.includes('youth_league');
  const catMixed = categories.includes('mixed_ownership_enterprise');
  const catNonPublic = categories.includes('non_public_enterprise');
  const catNewEconomic = categories.includes('new_economic_organization');
  const catSocial = categories.includes('new_social_organization');

  // Party organizations → membership of each organization id.
  const membership = new Map<string, number>();
  const pos = collection<PartyOrganizationRecord>(ctx, data, 'partyOrganizations');
  const poIds = new Set<string>();
  for (let i = 0; i < pos.length; i++) {
    const po = pos[i]!;
    if (!ctx.valid('partyOrganizations', po, i)) continue;
    if (poIds.has(po.id)) {
      ctx.duplicate('partyOrganizations', i, 'id', po.id);
      continue;
    }
    poIds.add(po.id);
    if (ctx.unit(po.unit, ['partyOrganizations', i, 'unit'], 0, VILLAGE) < 0) continue;
    let formation = po.formation;
    if (formation === 'single' && po.members.length !== 1) {
      ctx.issues.push({
        code: ErrorCode.Inconsistent,
        path: ['partyOrganizations', i, 'members'],
        zh: `单独组建的党组织 ${po.id} 应只覆盖 1 个单位，实际 ${po.members.length} 个${po.members.length > 1 ? '，按联合组建计' : ''}`,
        en: `Single-unit party organization ${po.id} must cover exactly 1 unit, it lists ${po.members.length}${po.members.length > 1 ? '; counted as joint' : ''}`,
        params: { members: po.members.length },
      });
      formation = 'joint';
    }
    const active = po.established <= asOf && (po.dissolved === undefined || po.dissolved > asOf);
    const bit = formation === 'single' ? SINGLE : JOINT;
    const members = po.members;
    for (let k = 0; k < members.length; k++) {
      const m = members[k]!;
      // A member listed twice in one organization counts once (lists are short: a linear scan is cheapest).
      if (k > 0 && members.indexOf(m) < k) continue;
      const prev = membership.get(m) ?? 0;
      membership.set(m, active ? (prev + COUNT_UNIT) | bit : prev | INACTIVE);
    }
  }

  const n = ctx.ix.units.length;
  const den = new Int32Array(n);
  const orgNum = new Int32Array(n);
  const singleNum = new Int32Array(n);
  const workNum = new Int32Array(n);
  const excluded = { category: 0, employees: 0, fixedSite: 0, business: 0, staff: 0, shell: 0 };
  const mustForm: MustFormEntry[] = [];
  const orgs = collection<OrganizationRecord>(ctx, data, 'organizations');
  const fast = ctx.mode === 'fast';
  const index = ctx.ix.index;
  const level = ctx.ix.level;
  for (let i = 0; i < orgs.length; i++) {
    const r = orgs[i]!;
    if (!(fast && organizationLooksValid(r)) && !ctx.valid('organizations', r, i)) continue;
    const id = r.id;
    const m = membership.get(id) ?? 0;
    if ((m & SEEN) !== 0) {
      ctx.duplicate('organizations', i, 'id', id);
      continue;
    }
    membership.set(id, m | SEEN);
    let u = index.get(r.unit);
    if (u === undefined || level[u]! < TOWNSHIP) u = ctx.unit(r.unit, ['organizations', i, 'unit'], TOWNSHIP, VILLAGE);
    if (u < 0) continue;
    if (m >= 2 * COUNT_UNIT) {
      ctx.issues.push({
        code: CoverageIssueCode.CountedTwice,
        path: ['organizations', i],
        zh: `单位 ${id} 同时属于 ${m >> COUNT_SHIFT} 个党组织，只计一次`,
        en: `Organization ${id} belongs to ${m >> COUNT_SHIFT} party organizations; it is counted once`,
        params: { id, partyOrganizations: m >> COUNT_SHIFT },
      });
    }
    // Scope filter (S21): enterprises need staff, a fixed site and real business; social organizations staff or
    // provincial standing; shells are out.
    const cat = r.category;
    if (cat === 'new_social_organization') {
      if (!catSocial) {
        excluded.category++;
        continue;
      }
      if (!(r.employees >= minStaff || (provincialIn && r.provincial === true))) {
        excluded.staff++;
        continue;
      }
    } else {
      if (!(cat === 'non_public_enterprise' ? catNonPublic : cat === 'mixed_ownership_enterprise' ? catMixed : catNewEconomic)) {
        excluded.category++;
        continue;
      }
      if (r.employees < minEmployees) {
        excluded.employees++;
        continue;
      }
      if (needSite && r.fixedSite !== true) {
        excluded.fixedSite++;
        continue;
      }
      if (needBusiness && r.inBusiness !== true) {
        excluded.business++;
        continue;
      }
    }
    if (excludeShells && r.shell === true) {
      excluded.shell++;
      continue;
    }
    den[u]!++;
    const covered = m >= COUNT_UNIT;
    const single = (m & SINGLE) !== 0;
    if (covered) {
      orgNum[u]!++;
      if (single) singleNum[u]!++;
      workNum[u]!++;
    } else {
      ctx.gap('organization', u, 'no_party_organization', id, (m & INACTIVE) !== 0 ? 'party organization not active on the date' : undefined);
      if ((useInstructor && r.instructor === true) || (useLiaison && r.liaison === true) || (useUnion && r.tradeUnion === true) || (useLeague && r.youthLeague === true)) {
        workNum[u]!++;
      } else {
        ctx.gap('work', u, 'no_work_coverage', id);
      }
    }
    if (!single && r.formalPartyMembers >= mustFormMin) {
      mustForm.push({ record: id, unit: r.unit, formalPartyMembers: r.formalPartyMembers, currently: covered ? 'joint' : 'none' });
    }
  }
  for (const [memberId, flags] of membership) {
    if ((flags & SEEN) === 0) {
      ctx.issues.push({
        code: CoverageIssueCode.UnknownMember,
        path: ['partyOrganizations'],
        zh: `党组织覆盖的单位 ${memberId} 不在单位名录中`,
        en: `A party organization lists ${memberId}, which is not in the organization registry`,
        params: { id: memberId },
      });
    }
  }

  const inScope = den.reduce((a, b) => a + b, 0);
  t.rule({
    rule: 'coverage.party.scope',
    text: {
      zh: `统计范围：两企三新中实体运营的单位（企业${minEmployees}人以上${needSite ? '、有固定经营场所' : ''}${needBusiness ? '、有生产经营活动' : ''}；社会组织${minStaff}人以上${provincialIn ? '或省级' : ''}${excludeShells ? '；剔除空壳' : ''}）`,
      en: `Scope: operating 两企三新 units (enterprises with ${minEmployees}+ staff${needSite ? ', a fixed site' : ''}${needBusiness ? ', real business' : ''}; social organizations with ${minStaff}+ staff${provincialIn ? ' or provincial' : ''}${excludeShells ? '; shells excluded' : ''})`,
    },
    inputs: { registry: orgs.length },
    result: { inScope, excluded },
    source: S21,
  });
  t.rule({
    rule: 'coverage.party.organization',
    text: { zh: '组织覆盖率 =（单独组建 + 联合组建）÷ 范围内单位数；单独组建率 = 单独组建 ÷ 范围内单位数', en: 'Organization coverage = (single + joint) ÷ units in scope; single-unit rate = single ÷ units in scope' },
    source: S20,
  });
  t.rule({
    rule: 'coverage.party.work',
    text: { zh: `工作覆盖 = 有党组织的单位 + 无党组织但有 ${means.join('、')} 的单位`, en: `Work coverage = units with a party organization + units without one that have: ${means.join(', ')}` },
    source: S20,
  });
  for (const [k, v] of Object.entries(excluded)) t.set(`excluded.${k}`, String(v));
  t.set('mustForm.count', String(mustForm.length));

  const organization = ctx.measure('organization', { zh: '党的组织覆盖率', en: 'Party organization coverage' }, orgNum, den.slice(), VILLAGE, true);
  const single = ctx.measure('single', { zh: '单独组建率', en: 'Single-unit organization rate' }, singleNum, den.slice(), VILLAGE, true);
  const work = ctx.measure('work', { zh: '党的工作覆盖率', en: 'Party work coverage' }, workNum, den, VILLAGE, true);
  return { measures: [organization, single, work], mustForm };
}
