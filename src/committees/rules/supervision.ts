/**
 * 村务监督 (村委会组织法 第三十二条): 村应当建立村务监督委员会或者其他形式的村务监督机构 … 其中应有具备财会、管理知识的
 * 人员。村民委员会成员及其近亲属不得担任村务监督机构成员. Three findings: the body is set up; none of its members is a
 * committee member or a near relative of one; at least one has accounting or management knowledge (the least number
 * is a parameter).
 * @module
 * @internal
 */
import { derivedFrom, type ParameterRead } from '../../core/index.js';
import type { Committee } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { countOf, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

const LABELS = {
  body: { zh: '村务监督委员会', en: 'Village affairs supervisory committee' },
  independence: { zh: '监督机构成员回避', en: 'No committee members or relatives on it' },
  expertise: { zh: '监督机构中具备财会、管理知识的人员', en: 'Accounting or management knowledge' },
};
const IDS = ['selfgov.supervisoryExpertMembersMin'] as const;
const B = BASIS.supervisoryBody;

// Findings that depend on no parameter: built once.
const FIXED = new FindingCache();
const BY_RELATED = new FindingCache();
const fixed = (key: 'pass' | 'fail' | 'na-i' | 'na-e'): CommitteeFinding => {
  switch (key) {
    case 'pass':
      return makeFinding('village.supervisoryBody', LABELS.body, 'pass', M.text('supervisory_pass'), B);
    case 'fail':
      return makeFinding('village.supervisoryBody', LABELS.body, 'fail', M.text('supervisory_fail'), B);
    case 'na-i':
      return makeFinding(
        'village.supervisoryIndependence',
        LABELS.independence,
        'not_applicable',
        M.text('supervisory_na'),
        B,
      );
    case 'na-e':
      return makeFinding(
        'village.supervisoryExpertise',
        LABELS.expertise,
        'not_applicable',
        M.text('supervisory_na'),
        B,
      );
  }
};
const relatedFinding = (related: number): CommitteeFinding =>
  related === 0
    ? makeFinding('village.supervisoryIndependence', LABELS.independence, 'pass', M.text('independence_pass'), B)
    : makeFinding(
        'village.supervisoryIndependence',
        LABELS.independence,
        'fail',
        M.text('independence_fail', { n: related }),
        B,
      );
const expertFinding = (expert: number, min: number): CommitteeFinding =>
  expert >= min
    ? makeFinding('village.supervisoryExpertise', LABELS.expertise, 'pass', M.text('expertise_pass', { n: expert }), B)
    : makeFinding(
        'village.supervisoryExpertise',
        LABELS.expertise,
        'fail',
        M.text('expertise_fail', { n: expert, min }),
        B,
      );

const model = (r: readonly ParameterRead[]) => ({ min: countOf(r[0]!), cache: new FindingCache() });

/** The three supervision findings of a villagers' committee, added to `out`. @internal */
export function supervision(c: Committee, ctx: CommitteeContext, out: CommitteeFinding[]): void {
  const scope = ctx.scope;
  const body = c.supervisoryBody;
  if (body === undefined) {
    const f = FIXED.get('missing', () =>
      makeFinding('village.supervisoryBody', LABELS.body, 'undetermined', missingText(scope, ['supervisoryBody']), B, [
        'supervisoryBody',
      ]),
    );
    const g = FIXED.get('missing-i', () =>
      makeFinding(
        'village.supervisoryIndependence',
        LABELS.independence,
        'undetermined',
        missingText(scope, ['supervisoryBody']),
        B,
        ['supervisoryBody'],
      ),
    );
    const h = FIXED.get('missing-e', () =>
      makeFinding(
        'village.supervisoryExpertise',
        LABELS.expertise,
        'undetermined',
        missingText(scope, ['supervisoryBody']),
        B,
        ['supervisoryBody'],
      ),
    );
    out.push(missingFinding(scope, f), traced(scope, g), traced(scope, h));
    return;
  }
  if (!body) {
    out.push(
      traced(scope, FIXED.get('fail', fixed, 'fail')),
      traced(scope, FIXED.get('na-i', fixed, 'na-i')),
      traced(scope, FIXED.get('na-e', fixed, 'na-e')),
    );
    return;
  }
  out.push(traced(scope, FIXED.get('pass', fixed, 'pass')));
  const related = c.supervisoryRelatedMembers;
  if (related === undefined) {
    out.push(
      missingFinding(
        scope,
        FIXED.get('missing-r', () =>
          makeFinding(
            'village.supervisoryIndependence',
            LABELS.independence,
            'undetermined',
            missingText(scope, ['supervisoryRelatedMembers']),
            B,
            ['supervisoryRelatedMembers'],
          ),
        ),
      ),
    );
  } else {
    out.push(traced(scope, BY_RELATED.get(related, relatedFinding, related)));
  }
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    out.push(
      traced(
        scope,
        makeFinding(
          'village.supervisoryExpertise',
          LABELS.expertise,
          'undetermined',
          missingText(scope, reads),
          B,
          reads,
        ),
      ),
    );
    return;
  }
  const m = derivedFrom(reads, model);
  const expert = c.supervisoryExpertMembers;
  if (expert === undefined) {
    out.push(
      missingFinding(
        scope,
        m.cache.get('missing', () =>
          makeFinding(
            'village.supervisoryExpertise',
            LABELS.expertise,
            'undetermined',
            missingText(scope, ['supervisoryExpertMembers']),
            B,
            ['supervisoryExpertMembers'],
          ),
        ),
      ),
    );
  } else {
    out.push(traced(scope, m.cache.get(expert, expertFinding, expert, m.min)));
  }
}
