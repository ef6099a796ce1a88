/**
 * The worker record the salary engine reads: the community-worker fields of the person entity (post, education and
 * the date it was obtained, start of service, post history, certificate, yearly assessments), picked from
 * `/entities` without renaming, so a person parsed there is a worker here. Unknown fields are ignored (a roster row
 * has other columns); the fast check is generated from the same field table as the JSON Schema.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { fields, type RecordOutput } from '../core/record.js';
import { checkPostHistory } from '../entities/community-worker-post.js';
import { personRecord } from '../entities/person.js';

/**
 * The worker record: `post`, `education` and `serviceStart` are required; `id` may be a string or a number (a roster's
 * own numbering); `name`, `educationObtained`, `postHistory`, `certificate` and `assessments` are optional. Chinese
 * names of values are accepted (正职, 本科, 社会工作师, 优秀, …) and normalised.
 * @category Salary
 */
export const workerRecord = /* @__PURE__ */ personRecord
  .pick('worker', [
    'name',
    'post',
    'education',
    'educationObtained',
    'serviceStart',
    'postHistory',
    'certificate',
    'assessments',
  ])
  .required('worker', ['post', 'education', 'serviceStart'])
  .partial('worker', ['name'])
  .extend(
    'worker',
    { zh: '社区工作者', en: 'Community worker' },
    { id: fields.id().optional().label('编号', 'Id') },
    {
      unknownKeys: 'strip',
      refine: checkPostHistory,
      description: {
        zh: '社区工作者（三岗十八级的输入）。另须满足：岗位经历按任职起始日期排列，最后一项为当前岗位。',
        en: 'A community worker (the input of the three posts and 18 grades). Also checked: the post history is in order of start date and ends with the current post.',
      },
    },
  );

/**
 * A validated worker (output of {@link parseWorker}).
 * @category Salary
 */
export type Worker = RecordOutput<typeof workerRecord>;

/** A post of the three (三岗). @category Salary */
export type Post = Worker['post'];

/** A highest education. @category Salary */
export type Education = Worker['education'];

/** A certificate level. @category Salary */
export type CertificateLevel = NonNullable<Worker['certificate']>['level'];

/**
 * Validates a worker record (e.g. a row of a roster) and normalises Chinese names (正职 → `principal`, 本科 →
 * `bachelor`, 优秀 → `excellent`, …). `null` optional fields count as absent; unknown fields are ignored. Throws a
 * PolicyError listing every problem, each naming the field by its label.
 * @param value - the raw record
 * @param path - where the record sits in a larger input (e.g. `[3]` for the fourth row)
 * @category Salary
 * @example
 * ```ts
 * parseWorker({ post: '正职', education: '本科', serviceStart: '2020-03-15' });
 * // { post: 'principal', education: 'bachelor', serviceStart: '2020-03-15' }
 * parseWorker({ post: 'chief', education: 'bachelor', serviceStart: '2020-03-15' });
 * // throws PolicyError, code 'unknown_enum_value', path ['post']
 * ```
 */
export function parseWorker(value: unknown, path?: IssuePath): Worker {
  return workerRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseWorker}.
 * @param value - the raw record
 * @param path - where the record sits in a larger input
 * @category Salary
 * @example
 * ```ts
 * const r = safeParseWorker({ post: 'staff' });
 * if (!r.success) r.error.issues.map((i) => i.path.join('.')); // ['education', 'serviceStart']
 * ```
 */
export function safeParseWorker(value: unknown, path?: IssuePath): SafeParseResult<Worker> {
  return workerRecord.safeParse(value, path);
}
