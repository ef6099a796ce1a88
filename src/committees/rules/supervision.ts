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

const model = (r: readonly ParameterRead[]) => ({ min: countOf(r[0]!), cache: new FindingCache() });

/** The three supervision findings of a villagers' committee. @internal */
export function supervision(c: Committee, ctx: CommitteeContext): CommitteeFinding[] {
  const scope = ctx.scope;
  const body = c.supervisoryBody;
  if (body === undefined) {
    const f = FIXED.get('missing', () => makeFinding('village.supervisoryBody', LABELS.body, 'undetermined', missingText(scope, ['supervisoryBody']), B, ['supervisoryBody']));
    const g = FIXED.get('missing-i', () => makeFinding('village.supervisoryIndependence', LABELS.independence, 'undetermined', missingText(scope, ['supervisoryBody']), B, ['supervisoryBody']));
    const h = FIXED.get('missing-e', () => makeFinding('village.supervisoryExpertise', LABELS.expertise, 'undetermined', missingText(scope, ['supervisoryBody']), B, ['supervisoryBody']));
    return [missingFinding(scope, f), traced(scope, g), traced(scope, h)];
  }
  if (!body) {
    return [
      traced(scope, FIXED.get('fail', () => makeFinding('village.supervisoryBody', LABELS.body, 'fail', M.text('supervisory_fail'), B))),
      traced(scope, FIXED.get('na-i', () => makeFinding('village.supervisoryIndependence', LABELS.independence, 'not_applicable', M.text('supervisory_na'), B))),
      traced(scope, FIXED.get('na-e', () => makeFinding('village.supervisoryExpertise', LABELS.expertise, 'not_applicable', M.text('supervisory_na'), B))),
    ];
  }
  const out = [traced(scope, FIXED.get('pass', () => makeFinding('village.supervisoryBody', LABELS.body, 'pass', M.text('supervisory_pass'), B)))];
  const related = c.supervisoryRelatedMembers;
  if (related === undefined) {
    out.push(missingFinding(scope, FIXED.get('missing-r', () => makeFinding('village.supervisoryIndependence', LABELS.independence, 'undetermined', missingText(scope, ['supervisoryRelatedMembers']), B, ['supervisoryRelatedMembers']))));
  } else {
    out.push(
      traced(
        scope,
        FIXED.get(`r${related}`, () =>
          related === 0
            ? makeFinding('village.supervisoryIndependence', LABELS.independence, 'pass', M.text('independence_pass'), B)
            : makeFinding('village.supervisoryIndependence', LABELS.independence, 'fail', M.text('independence_fail', { n: related }), B),
        ),
      ),
    );
  }
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    out.push(traced(scope, makeFinding('village.supervisoryExpertise', LABELS.expertise, 'undetermined', missingText(scope, reads), B, reads)));
    return out;
  }
  const m = derivedFrom(reads, model);
  const expert = c.supervisoryExpertMembers;
  if (expert === undefined) {
    out.push(missingFinding(scope, m.cache.get('missing', () => makeFinding('village.supervisoryExpertise', LABELS.expertise, 'undetermined', missingText(scope, ['supervisoryExpertMembers']), B, ['supervisoryExpertMembers']))));
  } else {
    out.push(
      traced(
        scope,
        m.cache.get(expert, () =>
          expert >= m.min
            ? makeFinding('village.supervisoryExpertise', LABELS.expertise, 'pass', M.text('expertise_pass', { n: expert }), B)
            : makeFinding('village.supervisoryExpertise', LABELS.expertise, 'fail', M.text('expertise_fail', { n: expert, min: m.min }), B),
        ),
      ),
    );
  }
  return out;
}
