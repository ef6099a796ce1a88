/**
 * What every workforce rule shares about a worker: whether they are in service on the date, and the labels of their
 * fields (for `missing` and messages).
 * @module
 * @internal
 */
import type { Bilingual, CalendarDate } from '../core/index.js';
import { workforceMessages as M } from './messages.js';
import { workforceWorkerRecord, type WorkforceWorker } from './records.js';

/** The domain name in results. @internal */
export const DOMAIN = 'workforce';

const EXTRA: Readonly<Record<string, Bilingual>> = {
  'certificate.obtained': { zh: '取得证书日期', en: 'Date the certificate was obtained' },
  calendar: { zh: '期限所在年份的放假安排', en: 'The holiday calendar of the deadline\u2019s year' },
};

/** The label of an input field (`certificate.obtained`, `assessments.2024` included). @internal */
export function fieldLabel(name: string): Bilingual {
  const def = workforceWorkerRecord.fields[name];
  if (def !== undefined) return def.label;
  const extra = EXTRA[name];
  if (extra !== undefined) return extra;
  const year = /^assessments\.(\d{4})$/.exec(name);
  if (year !== null) return M.text('assessment_of_year', { year: Number(year[1]) });
  return { zh: '输入项', en: name };
}

/**
 * Whether the worker is in service on `asOf`: started (本岗位任职起始日期, else 参加社区工作时间) on or before it and not
 * left before it. A worker with neither date is taken as on the roster, as the roster says.
 * @internal
 */
export function inService(w: WorkforceWorker, asOf: CalendarDate): boolean {
  const from = w.employedFrom ?? w.serviceStart;
  return (from === undefined || from <= asOf) && (w.employedUntil === undefined || w.employedUntil >= asOf);
}

/** Why a worker is not in service on the date. @internal */
export function notInService(w: WorkforceWorker, asOf: CalendarDate): Bilingual {
  return w.employedUntil !== undefined && w.employedUntil < asOf
    ? M.text('left_before', { until: w.employedUntil, asOf })
    : M.text('not_started', { from: (w.employedFrom ?? w.serviceStart)!, asOf });
}
