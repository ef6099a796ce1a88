/**
 * 任期: 村民委员会每届任期五年，届满应当及时举行换届选举 (村委会组织法 第十一条第二款); 居民委员会每届任期五年
 * (居委会组织法 第八条). Both were three years before the amendments of 2018-12-29, so the length is the one in force
 * on the day the current committee was constituted (`Scope.paramOn`). The term runs in years from that day and ends
 * on the corresponding day (民法典 arts. 201, 202 by analogy, the declared counting convention); a term of office does
 * not move for rest days (no roll-over). On a date after the last day the committee is past its term: `fail`.
 * @module
 * @internal
 */
import {
  derived,
  parsePeriodConvention,
  periodEnd,
  type ParameterRead,
  type PeriodConvention,
} from '../../core/index.js';
import type { Committee, CommitteeKind } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

const LABEL = { zh: '任期', en: 'Term of office' };
const TERM: Readonly<Record<CommitteeKind, string>> = {
  villagers_committee: 'selfgov.villageTermYears',
  residents_committee: 'selfgov.residentsTermYears',
};
const POLICY = ['selfgov.countingPolicy'] as const;

/** The counting convention without its roll-over: a term ends on its corresponding day, whatever day it is. */
function termConvention(read: ParameterRead): PeriodConvention {
  const c = parsePeriodConvention(read.value, ['parameters', read.id, 'value']);
  return Object.freeze({ ...c, id: `${c.id}-term`, rollOver: 'none' as const });
}

/** The term convention and the findings by the length read (per date: kept with the convention's read). */
const termModel = (read: ParameterRead): TermModel => ({
  convention: termConvention(read),
  asOf: undefined,
  byYears: new Map<ParameterRead, FindingCache>(),
});

interface TermModel {
  readonly convention: PeriodConvention;
  /** The date of the scope that read the convention (reads are per date, so this is set once). */
  asOf: string | undefined;
  readonly byYears: Map<ParameterRead, FindingCache>;
}

/** The term finding of a committee of `kind`. @internal */
export function term(c: Committee, kind: CommitteeKind, ctx: CommitteeContext): CommitteeFinding {
  const scope = ctx.scope;
  const basis = kind === 'villagers_committee' ? BASIS.villageTerm : BASIS.residentsTerm;
  const start = c.termStartedOn;
  if (start === undefined)
    return missingFinding(
      scope,
      makeFinding('committee.term', LABEL, 'undetermined', missingText(scope, ['termStartedOn']), basis, [
        'termStartedOn',
      ]),
    );
  if (start > scope.asOf)
    return traced(
      scope,
      makeFinding('committee.term', LABEL, 'not_applicable', M.text('term_future', { from: start }), basis),
    );
  const years = scope.paramOn<number>(TERM[kind]!, start);
  const policy = readGroup(scope, POLICY);
  if (years === undefined || !isRead(policy)) {
    const missing = [...(years === undefined ? [`parameter:${TERM[kind]!}`] : []), ...(isRead(policy) ? [] : policy)];
    return traced(
      scope,
      makeFinding('committee.term', LABEL, 'undetermined', missingText(scope, missing), basis, missing),
    );
  }
  const n = years.value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    badParameter(years, { zh: '应为正整数', en: 'expected a whole number >= 1' });
  const m = derived(policy[0]!, termModel);
  let cache = m.byYears.get(years);
  if (cache === undefined) m.byYears.set(years, (cache = new FindingCache()));
  m.asOf ??= scope.asOf;
  return traced(scope, cache.get(start, termFinding, start, n, m, basis));
}

function termFinding(start: string, years: number, m: TermModel, basis: typeof BASIS.villageTerm): CommitteeFinding {
  const end = periodEnd(start, { years }, { convention: m.convention, path: ['termStartedOn'] }).end;
  const p = { from: start, years, end };
  return m.asOf! <= end
    ? makeFinding('committee.term', LABEL, 'pass', M.text('term_pass', p), basis)
    : makeFinding('committee.term', LABEL, 'fail', M.text('term_fail', p), basis);
}
