/**
 * 第三十三条: an organization whose grade was lowered or cancelled returns the certificate and plaque "在收到通知书之日起
 * 15日内" (the profile's number, counted under the deadline convention: 民法典 arts. 201–203 by analogy, a last day on a
 * rest day moving to the next working day); "拒不退回（换）的，由民政部门公告作废". One finding per decision taken by
 * the date: in time, pending (days left), returned late or overdue; the day the notice was received is needed.
 * @module
 * @internal
 */
import { daysBetween, tryPeriodEnd } from '../../core/index.js';
import { ratingSanctionLabels } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { conventionOf, countParam, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';

const LABEL = { zh: '退回评估等级证书、牌匾', en: 'Return of the certificate and plaque' };
const RULE = 'ratings.certificateReturn';

/** One finding per sanction decided by the date. @internal */
export function certificateReturn(o: RatingOrganization, ctx: RatingContext): RatingFinding[] {
  const scope = ctx.scope;
  const list = o.ratingSanctions ?? [];
  const out: RatingFinding[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.decidedOn > scope.asOf) continue;
    const kind = ratingSanctionLabels[s.kind];
    const days = countParam(ctx, 'ratings.certificateReturnDays');
    const conv = scope.param('ratings.counting.deadline');
    if (days === undefined || conv === undefined) {
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          'undetermined',
          M.text('certificate_missing', { kind, fields: [] }),
          BASIS.certificateReturn,
          null,
          [
            ...(days === undefined ? ['parameter:ratings.certificateReturnDays'] : []),
            ...(conv === undefined ? ['parameter:ratings.counting.deadline'] : []),
          ],
        ),
      );
      continue;
    }
    if (s.noticeReceivedOn === undefined || s.noticeReceivedOn > scope.asOf) {
      if (s.noticeReceivedOn !== undefined) continue; // not yet received on the date: nothing is due
      const label = { zh: `${kind.zh}的收到通知书日期`, en: `${kind.en}: date the notice was received` };
      const name = `ratingSanctions.${i}.noticeReceivedOn`;
      scope.need(name, label);
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          'undetermined',
          M.text('certificate_missing', { kind, fields: [label] }),
          BASIS.certificateReturn,
          null,
          [name],
        ),
      );
      continue;
    }
    const r = tryPeriodEnd(
      s.noticeReceivedOn,
      { days },
      ctx.calendar === undefined
        ? { convention: conventionOf(conv) }
        : { convention: conventionOf(conv), calendar: ctx.calendar },
    );
    if (!r.determined) {
      const name = `calendar:${r.missingYear}`;
      scope.need(name, { zh: `${r.missingYear}年放假安排`, en: `Holiday calendar of ${r.missingYear}` });
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          'undetermined',
          M.text('certificate_missing', {
            kind,
            fields: [{ zh: `${r.missingYear}年放假安排`, en: `Holiday calendar of ${r.missingYear}` }],
          }),
          BASIS.certificateReturn,
          null,
          [name],
        ),
      );
      continue;
    }
    const due = r.value.end;
    const roll =
      r.value.rolledFrom === undefined
        ? undefined
        : M.text(
            'certificate_rolled',
            r.value.holiday === undefined
              ? { plain: r.value.rolledFrom }
              : { plain: r.value.rolledFrom, holiday: r.value.holiday },
          );
    const withRoll = (t: { zh: string; en: string }) =>
      roll === undefined ? t : { zh: `${t.zh}（${roll.zh}）`, en: `${t.en} (${roll.en})` };
    const p = { kind, received: s.noticeReceivedOn, due };
    if (s.returnedOn !== undefined && s.returnedOn <= scope.asOf) {
      const late = s.returnedOn > due;
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          late ? 'fail' : 'pass',
          withRoll(M.text('certificate_returned', { ...p, returned: s.returnedOn, late })),
          BASIS.certificateReturn,
          due,
        ),
      );
    } else if (scope.asOf > due)
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          'fail',
          withRoll(M.text('certificate_overdue', { ...p, asOf: scope.asOf })),
          BASIS.certificateReturn,
          due,
        ),
      );
    else
      out.push(
        finding(
          scope,
          RULE,
          LABEL,
          'pass',
          withRoll(M.text('certificate_pending', { ...p, days: daysBetween(scope.asOf, due) })),
          BASIS.certificateReturn,
          due,
        ),
      );
  }
  return out;
}
