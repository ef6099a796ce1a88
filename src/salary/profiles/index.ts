/**
 * The salary profiles shipped with the library.
 * @module
 */
import { ErrorCode, echo, fail } from '../../core/errors.js';
import type { Profile } from '../../core/profile.js';
import { beijingOrQuanjiaoSalaryProfile } from './beijing-or-quanjiao.js';
import { huaianSalaryProfile } from './huaian.js';
import { nanjing2018SalaryProfile } from './nanjing-2018.js';

export { beijingOrQuanjiaoSalaryProfile, huaianSalaryProfile, nanjing2018SalaryProfile };

/**
 * The shipped salary profiles by id: `huaian` (default), `nanjing-2018`, `beijing-or-quanjiao`.
 * @category Salary profiles
 */
export const salaryProfiles: Readonly<Record<string, Profile>> = {
  huaian: huaianSalaryProfile,
  'nanjing-2018': nanjing2018SalaryProfile,
  'beijing-or-quanjiao': beijingOrQuanjiaoSalaryProfile,
};

/**
 * A shipped salary profile by id; `unknown_code` (listing the ids) for any other value.
 * @category Salary profiles
 * @example
 * ```ts
 * getSalaryProfile('nanjing-2018').label.en; // 'Nanjing 2018 community worker pay floors (reference)'
 * ```
 */
export function getSalaryProfile(id: string): Profile {
  const p = typeof id === 'string' && Object.hasOwn(salaryProfiles, id) ? salaryProfiles[id] : undefined;
  if (p === undefined) {
    const ids = Object.keys(salaryProfiles);
    return fail(ErrorCode.UnknownCode, ['profile'], `未知的薪酬配置：${echo(id)}（可选：${ids.join('、')}）`, `Unknown salary profile: ${echo(id)} (one of: ${ids.join(', ')})`, {
      allowed: ids,
    });
  }
  return p;
}
