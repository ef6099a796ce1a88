/**
 * The association-review profiles shipped with the library, as data.
 * @module
 */
import { ErrorCode, echo, fail, type Profile, type PolicyError } from '../../core/index.js';
import { nationalAssociationProfile } from './national-2015.js';

export { nationalAssociationProfile } from './national-2015.js';

/**
 * Shipped profiles by id.
 * @category Associations
 */
export const associationProfiles: Readonly<Record<string, Profile>> = { 'national-2015': nationalAssociationProfile };

/**
 * A shipped profile by id, or an `unknown_code` `PolicyError`.
 * @category Associations
 * @example
 * ```ts
 * getAssociationProfile('national-2015').parameters['associations.age.limit'];
 * ```
 */
export function getAssociationProfile(id: string): Profile {
  const p = typeof id === 'string' && Object.hasOwn(associationProfiles, id) ? associationProfiles[id] : undefined;
  if (p === undefined) {
    return fail(ErrorCode.UnknownCode, ['profile'], `没有名为 ${echo(id)} 的协会审核配置`, `No association profile named ${echo(id)}`, { known: Object.keys(associationProfiles) });
  }
  return p;
}
