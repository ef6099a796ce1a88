/**
 * One way to refuse a code, shared by the validators so their messages stay short and uniform (the validators entry
 * point has a 3 KB gzip budget): a subject (`统一社会信用代码`, `Resident ID 110105********002X`), what is wrong for
 * this error code, and an optional detail; the specifics are also in `params`.
 * @module
 * @internal
 */
import { PolicyError, type IssuePath } from '../core/errors.js';

/** Text in Chinese and English. @internal */
export type Subject = readonly [zh: string, en: string];

const WHAT: Record<string, Subject> = {
  required: ['缺失', 'is missing'],
  invalid_type: ['类型错误', 'has the wrong type'],
  invalid_format: ['格式不正确', 'is malformed'],
  invalid_check_digit: ['校验码错误', 'fails its check'],
  invalid_date: ['日期不存在', 'has an impossible date'],
  out_of_range: ['出生日期晚于', 'has a birth date after'],
  unknown_code: ['含未知代码', 'has an unknown code'],
};

/** Throws a PolicyError whose messages are `subject + what(code) + detail`. @internal */
export function reject(
  code: string,
  path: IssuePath,
  subject: Subject,
  detail: Subject = ['', ''],
  params?: Record<string, unknown>,
): never {
  const what = WHAT[code]!;
  throw new PolicyError([
    { code, path, zh: `${subject[0]}${what[0]}${detail[0]}`, en: `${subject[1]} ${what[1]}${detail[1]}`, params },
  ]);
}

/** The value as a string (matching `re` when given), or a `required` / `invalid_type` / `invalid_format` refusal. @internal */
export function stringInput(value: unknown, path: IssuePath, subject: Subject, re?: RegExp): string {
  if (typeof value !== 'string') reject(value === undefined ? 'required' : 'invalid_type', path, subject);
  if (re && !re.test(value)) reject('invalid_format', path, subject);
  return value;
}
