/**
 * One way to refuse a code, shared by the validators so their messages stay short and uniform (the validators entry
 * point has a 3 KB gzip budget): a subject (`统一社会信用代码`, `Resident ID 110105********002X`), what is wrong for
 * this error code, and an optional detail; the specifics are also in `params`.
 * @module
 * @internal
 */
import { fail, typeName, type IssuePath } from '../core/errors.js';

/** Text in Chinese and English. @internal */
export type Subject = readonly [zh: string, en: string];

const WHAT: Record<string, Subject> = {
  required: ['缺失', 'is missing'],
  invalid_type: ['应为字符串', 'must be a string'],
  invalid_format: ['格式不正确', 'is malformed'],
  invalid_check_digit: ['校验码错误', 'has a wrong check character'],
  invalid_date: ['含不存在的日期', 'has a date that does not exist'],
  out_of_range: ['出生日期晚于', 'has a birth date after'],
  unknown_code: ['含未知代码', 'has an unknown code'],
};

/** Throws a PolicyError whose messages are `subject + what(code) + detail`. @internal */
export function reject(code: string, path: IssuePath, subject: Subject, detail: Subject = ['', ''], params?: Record<string, unknown>): never {
  const what = WHAT[code]!;
  return fail(code, path, `${subject[0]}${what[0]}${detail[0]}`, `${subject[1]} ${what[1]}${detail[1]}`, params);
}

/** The value as a string, or a `required` / `invalid_type` refusal. @internal */
export function stringInput(value: unknown, path: IssuePath, subject: Subject): string {
  if (typeof value !== 'string') reject(value === undefined ? 'required' : 'invalid_type', path, subject, undefined, { received: typeName(value) });
  return value;
}
