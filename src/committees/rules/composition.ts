/**
 * The make-up of a committee:
 * - 村民委员会: 主任、副主任和委员共三至七人; 应当有妇女成员; 多民族村民居住的村应当有人数较少的民族的成员
 *   (村委会组织法 第六条);
 * - 居民委员会: 共五至九人; 多民族居住地区应当有人数较少的民族的成员 (居委会组织法 第七条); 一般在一百户至七百户的
 *   范围内设立 (第六条: "一般", so a committee outside the range passes with a notice and a warning).
 * The 居委会组织法 has no rule on women members: none is checked for a residents' committee.
 * @module
 * @internal
 */
import { derivedFrom, type Bilingual, type ParameterRead } from '../../core/index.js';
import type { Committee } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { countOf, isRead, missingFinding, missingText, rangeOf, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

const VILLAGE = [
  'selfgov.villageCommitteeSize',
  'selfgov.villageWomenMembersMin',
  'selfgov.villageSmallerEthnicMembersMin',
] as const;
const RESIDENTS = [
  'selfgov.residentsCommitteeSize',
  'selfgov.residentsSmallerEthnicMembersMin',
  'selfgov.residentsHouseholds',
] as const;

/** Rule labels. @internal */
export const LABELS = {
  size: { zh: '成员人数', en: 'Committee size' },
  women: { zh: '妇女成员', en: 'Woman member' },
  ethnic: { zh: '人数较少的民族的成员', en: 'Member of a smaller ethnic group' },
  households: { zh: '设立范围（户数）', en: 'Households served' },
} as const satisfies Record<string, Bilingual>;

interface Model {
  readonly size: { readonly min: number; readonly max: number };
  readonly women: number;
  readonly ethnic: number;
  readonly households: { readonly min: number; readonly max: number };
  /** Findings by the count they decide on (one cache per rule), and those of missing inputs. */
  readonly bySize: FindingCache;
  readonly byWomen: FindingCache;
  readonly byEthnic: FindingCache;
  readonly byHouseholds: FindingCache;
  readonly cache: FindingCache;
}

const caches = () => ({
  bySize: new FindingCache(),
  byWomen: new FindingCache(),
  byEthnic: new FindingCache(),
  byHouseholds: new FindingCache(),
  cache: new FindingCache(),
});
const villageModel = (r: readonly ParameterRead[]): Model => ({
  size: rangeOf(r[0]!),
  women: countOf(r[1]!),
  ethnic: countOf(r[2]!),
  households: { min: 0, max: 0 },
  ...caches(),
});
const residentsModel = (r: readonly ParameterRead[]): Model => ({
  size: rangeOf(r[0]!),
  women: 0,
  ethnic: countOf(r[1]!),
  households: rangeOf(r[2]!),
  ...caches(),
});

/** The size, women and ethnic findings of a villagers' committee, added to `out`. @internal */
export function villageComposition(c: Committee, ctx: CommitteeContext, out: CommitteeFinding[]): void {
  const scope = ctx.scope;
  const reads = readGroup(scope, VILLAGE);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    out.push(
      traced(scope, makeFinding('committee.size', LABELS.size, 'undetermined', text, BASIS.villageSize, reads)),
      traced(scope, makeFinding('committee.women', LABELS.women, 'undetermined', text, BASIS.villageWomen, reads)),
      traced(scope, makeFinding('committee.ethnic', LABELS.ethnic, 'undetermined', text, BASIS.villageEthnic, reads)),
    );
    return;
  }
  const m = derivedFrom(reads, villageModel);
  out.push(size(c, m, ctx, BASIS.villageSize), women(c, m, ctx), ethnic(c, m, ctx, BASIS.villageEthnic));
}

/** The size, ethnic and households findings of a residents' committee, added to `out`. @internal */
export function residentsComposition(c: Committee, ctx: CommitteeContext, out: CommitteeFinding[]): void {
  const scope = ctx.scope;
  const reads = readGroup(scope, RESIDENTS);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    out.push(
      traced(scope, makeFinding('committee.size', LABELS.size, 'undetermined', text, BASIS.residentsSize, reads)),
      traced(scope, makeFinding('committee.ethnic', LABELS.ethnic, 'undetermined', text, BASIS.residentsEthnic, reads)),
      traced(
        scope,
        makeFinding('committee.households', LABELS.households, 'undetermined', text, BASIS.residentsHouseholds, reads),
      ),
    );
    return;
  }
  const m = derivedFrom(reads, residentsModel);
  out.push(size(c, m, ctx, BASIS.residentsSize), ethnic(c, m, ctx, BASIS.residentsEthnic), households(c, m, ctx));
}

const absent = (
  m: Model,
  scope: CommitteeContext['scope'],
  rule: string,
  label: Bilingual,
  field: string,
  basis: typeof BASIS.villageSize,
): CommitteeFinding =>
  missingFinding(
    scope,
    m.cache.get(`${rule}|missing|${field}|${basis.title}`, () =>
      makeFinding(rule, label, 'undetermined', missingText(scope, [field]), basis, [field]),
    ),
  );

function size(c: Committee, m: Model, ctx: CommitteeContext, basis: typeof BASIS.villageSize): CommitteeFinding {
  const n = c.memberCount;
  if (n === undefined) return absent(m, ctx.scope, 'committee.size', LABELS.size, 'memberCount', basis);
  const min = m.size.min;
  const max = m.size.max;
  return traced(ctx.scope, m.bySize.get(n, sizeFinding, n, min, max, basis));
}

function sizeFinding(n: number, min: number, max: number, basis: typeof BASIS.villageSize): CommitteeFinding {
  const p = { n, min, max };
  return n < min
    ? makeFinding('committee.size', LABELS.size, 'fail', M.text('size_low', p), basis)
    : n > max
      ? makeFinding('committee.size', LABELS.size, 'fail', M.text('size_high', p), basis)
      : makeFinding('committee.size', LABELS.size, 'pass', M.text('size_pass', p), basis);
}

function women(c: Committee, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const n = c.womenMembers;
  if (n === undefined) return absent(m, ctx.scope, 'committee.women', LABELS.women, 'womenMembers', BASIS.villageWomen);
  return traced(ctx.scope, m.byWomen.get(n, womenFinding, n, m.women));
}

function womenFinding(n: number, min: number): CommitteeFinding {
  return n >= min
    ? makeFinding('committee.women', LABELS.women, 'pass', M.text('women_pass', { n }), BASIS.villageWomen)
    : makeFinding('committee.women', LABELS.women, 'fail', M.text('women_fail', { n, min }), BASIS.villageWomen);
}

function ethnic(c: Committee, m: Model, ctx: CommitteeContext, basis: typeof BASIS.villageSize): CommitteeFinding {
  if (c.multiEthnic === undefined) return absent(m, ctx.scope, 'committee.ethnic', LABELS.ethnic, 'multiEthnic', basis);
  if (!c.multiEthnic)
    return traced(ctx.scope, m.byEthnic.get(basis === BASIS.villageEthnic ? 0 : 1, ethnicNotApplicable, basis));
  const n = c.smallerEthnicMembers;
  if (n === undefined) return absent(m, ctx.scope, 'committee.ethnic', LABELS.ethnic, 'smallerEthnicMembers', basis);
  return traced(ctx.scope, m.byEthnic.get(n + 2, ethnicFinding, n, m.ethnic, basis));
}

function ethnicNotApplicable(basis: typeof BASIS.villageSize): CommitteeFinding {
  return makeFinding('committee.ethnic', LABELS.ethnic, 'not_applicable', M.text('ethnic_na'), basis);
}

function ethnicFinding(n: number, min: number, basis: typeof BASIS.villageSize): CommitteeFinding {
  return n >= min
    ? makeFinding('committee.ethnic', LABELS.ethnic, 'pass', M.text('ethnic_pass', { n }), basis)
    : makeFinding('committee.ethnic', LABELS.ethnic, 'fail', M.text('ethnic_fail', { n, min }), basis);
}

function households(c: Committee, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const n = c.households;
  if (n === undefined)
    return absent(m, ctx.scope, 'committee.households', LABELS.households, 'households', BASIS.residentsHouseholds);
  const min = m.households.min;
  const max = m.households.max;
  if (n < min || n > max) ctx.scope.warn(M.warning('households_warning', { n, min, max }));
  return traced(ctx.scope, m.byHouseholds.get(n, householdsFinding, n, min, max));
}

function householdsFinding(n: number, min: number, max: number): CommitteeFinding {
  return n >= min && n <= max
    ? makeFinding(
        'committee.households',
        LABELS.households,
        'pass',
        M.text('households_pass', { n, min, max }),
        BASIS.residentsHouseholds,
      )
    : makeFinding(
        'committee.households',
        LABELS.households,
        'pass',
        M.text('households_notice', { n, min, max }),
        BASIS.residentsHouseholds,
        undefined,
        true,
      );
}
