/**
 * 下属委员会: 村民委员会根据需要设人民调解、治安保卫、公共卫生与计划生育等委员会; 人口少的村可以不设，由成员分工负责
 * (村委会组织法 第七条); 居民委员会根据需要设人民调解、治安保卫、公共卫生等委员会; 居民较少的可以不设 (居委会组织法
 * 第十三条). The lists are profile parameters; whether they are expected at all is a provisional reading ("根据需要").
 * Each listed subcommittee set up passes; a committee that says its members share the duties instead passes too; one
 * missing without that statement fails.
 * @module
 * @internal
 */
import { derivedFrom, type ParameterRead } from '../../core/index.js';
import {
  SUBCOMMITTEE_KINDS,
  subcommitteeKindLabels,
  type Committee,
  type CommitteeKind,
  type SubcommitteeKind,
} from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

const LABEL = { zh: '下属委员会', en: 'Subcommittees' };
const IDS: Readonly<Record<CommitteeKind, readonly string[]>> = {
  villagers_committee: ['selfgov.villageSubcommittees', 'selfgov.subcommitteesExpected'],
  residents_committee: ['selfgov.residentsSubcommittees', 'selfgov.subcommitteesExpected'],
};

interface Model {
  readonly required: readonly number[];
  readonly expected: boolean;
  readonly cache: FindingCache;
}

function model(reads: readonly ParameterRead[]): Model {
  const list = reads[0]!.value;
  if (!Array.isArray(list) || !list.every((k) => (SUBCOMMITTEE_KINDS as readonly unknown[]).includes(k))) {
    badParameter(reads[0]!, {
      zh: '应为下属委员会类型的列表',
      en: `expected a list of ${SUBCOMMITTEE_KINDS.join(', ')}`,
    });
  }
  const expected = reads[1]!.value;
  if (typeof expected !== 'boolean') badParameter(reads[1]!, { zh: '应为是或否', en: 'expected true or false' });
  return {
    required: (list as SubcommitteeKind[]).map((k) => SUBCOMMITTEE_KINDS.indexOf(k)),
    expected,
    cache: new FindingCache(),
  };
}

const labelsOf = (indexes: readonly number[]) => indexes.map((i) => subcommitteeKindLabels[SUBCOMMITTEE_KINDS[i]!]);

/** The subcommittees finding of a committee of `kind`. @internal */
export function subcommittees(c: Committee, kind: CommitteeKind, ctx: CommitteeContext): CommitteeFinding {
  const scope = ctx.scope;
  const basis = kind === 'villagers_committee' ? BASIS.villageSubcommittees : BASIS.residentsSubcommittees;
  const reads = readGroup(scope, IDS[kind]!);
  if (!isRead(reads))
    return traced(
      scope,
      makeFinding('committee.subcommittees', LABEL, 'undetermined', missingText(scope, reads), basis, reads),
    );
  const m = derivedFrom(reads, model);
  if (!m.expected)
    return traced(
      scope,
      m.cache.get('na', () =>
        makeFinding('committee.subcommittees', LABEL, 'not_applicable', M.text('subcommittees_na'), basis),
      ),
    );
  const given = c.subcommittees;
  const assigned = c.subcommitteeDutiesAssigned;
  if (given === undefined && assigned === undefined) {
    return missingFinding(
      scope,
      m.cache.get('missing', () =>
        makeFinding('committee.subcommittees', LABEL, 'undetermined', missingText(scope, ['subcommittees']), basis, [
          'subcommittees',
        ]),
      ),
    );
  }
  let mask = 0;
  if (given !== undefined) for (let i = 0; i < given.length; i++) mask |= 1 << SUBCOMMITTEE_KINDS.indexOf(given[i]!);
  const key = mask * 4 + (assigned === undefined ? 0 : assigned ? 1 : 2);
  return traced(scope, m.cache.get(key, subcommitteesFinding, mask, assigned, m, basis));
}

function subcommitteesFinding(
  mask: number,
  assigned: boolean | undefined,
  m: Model,
  basis: typeof BASIS.villageSubcommittees,
): CommitteeFinding {
  const absent = m.required.filter((i) => (mask & (1 << i)) === 0);
  if (absent.length === 0)
    return makeFinding(
      'committee.subcommittees',
      LABEL,
      'pass',
      M.text('subcommittees_pass', { kinds: labelsOf(m.required) }),
      basis,
    );
  if (assigned === true)
    return makeFinding(
      'committee.subcommittees',
      LABEL,
      'pass',
      M.text('subcommittees_assigned', { kinds: labelsOf(absent) }),
      basis,
    );
  return makeFinding(
    'committee.subcommittees',
    LABEL,
    'fail',
    M.text('subcommittees_fail', { kinds: labelsOf(absent) }),
    basis,
  );
}
