/**
 * Profile registries: each domain declares its shipped profiles once (`defineProfiles`), and every public function
 * of the domain takes the same `profile` option: a shipped id, a {@link Profile}, or profile JSON, validated once and
 * cached by object identity. Shipped profiles are JSON files, parsed and validated on first use.
 * @module
 */
import type { IssuePath } from './errors.js';
import { typeName } from './errors.js';
import { coreMessages } from './core-messages.js';
import { functionArg, objectArg, stringArg } from './args.js';
import { suggest, type OptionReader } from './options.js';
import { isParsedProfile, parseProfile, type Profile } from './profile.js';
import { sourceLookup, type SourceEntry } from './sources.js';

/**
 * A domain's shipped profiles.
 * @category Profiles
 */
export interface ProfileRegistry {
  /** The domain (`'salary'`, …). */
  readonly domain: string;
  /** Ids of the shipped profiles, default first. */
  readonly ids: readonly string[];
  /** Id of the default profile. */
  readonly defaultId: string;
  /** The shipped profile with this id (validated on first use); `unknown_profile` with a suggestion otherwise. */
  get(id: string): Profile;
  /**
   * The profile an option names: `undefined` → the default; a string → a shipped id; a {@link Profile} or profile
   * JSON → validated once per object. Refuses a profile of another domain and a profile written with renamed ids.
   */
  resolve(option: unknown, path?: IssuePath): Profile;
  /** {@link ProfileRegistry.resolve} as an option reader. */
  readonly option: OptionReader<Profile>;
}

/**
 * Declares a domain's shipped profiles.
 * @param domain - the domain name (every profile's `domain` must match)
 * @param loaders - profile id → a function returning its JSON (import the JSON file; it is parsed on first use)
 * @param settings - `default`: the default id; `sources`: the domain's shipped sources (its `profiles/sources.json`,
 *   generated from the package's table), against which source keys in its profiles and in host profiles resolve;
 *   `renamed`: parameter ids renamed since an earlier version (old → new), so a host profile still using an old id is
 *   refused with the list of changes to make
 * @category Profiles
 * @example
 * ```ts
 * import huaian from './profiles/huaian.json';
 * export const salaryProfiles = defineProfiles('salary', { huaian: () => huaian }, { default: 'huaian' });
 * salaryProfiles.resolve(undefined).id; // 'huaian'
 * ```
 */
export function defineProfiles(
  domain: string,
  loaders: Readonly<Record<string, () => unknown>>,
  settings: {
    readonly default: string;
    readonly sources?: Readonly<Record<string, SourceEntry>>;
    readonly renamed?: Readonly<Record<string, string>>;
  },
): ProfileRegistry {
  checkRegistryArgs(domain, loaders, settings);
  const ids = [settings.default, ...Object.keys(loaders).filter((id) => id !== settings.default)];
  const loaded = new Map<string, Profile>();
  const byObject = new WeakMap<object, Profile>();
  const renamed = settings.renamed ?? {};
  const sources = settings.sources === undefined ? undefined : sourceLookup(settings.sources);
  const parseOptions = sources === undefined ? {} : { sources };

  const checkDomain = (p: Profile, path: IssuePath): Profile => {
    if (p.domain !== undefined && p.domain !== domain)
      coreMessages.fail('wrong_profile_domain', path, { expected: domain, received: p.domain });
    const changes = Object.keys(p.parameters)
      .filter((id) => Object.prototype.hasOwnProperty.call(renamed, id))
      .map((id) => ({ from: id, to: renamed[id]! }));
    if (changes.length > 0) coreMessages.fail('profile_outdated', path, { changes });
    return p;
  };

  const get = (id: string, path: IssuePath = ['profile']): Profile => {
    let p = loaded.get(id);
    if (p !== undefined) return p;
    const load = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;
    if (load === undefined) {
      // The id is the caller's text: quoted short, a resident ID in it masked (the message is an issue).
      const text = typeof id === 'string' ? id : typeName(id);
      return coreMessages.fail('unknown_profile', path, {
        domain,
        id: text.slice(0, 64),
        known: ids,
        suggestion: suggest(text, ids),
      });
    }
    p = checkDomain(parseProfile(load(), ['profiles', id], parseOptions), ['profiles', id]);
    loaded.set(id, p);
    return p;
  };

  const resolve = (option: unknown, path: IssuePath = ['profile']): Profile => {
    if (option === undefined) return get(settings.default, path);
    if (typeof option === 'string') return get(option, path);
    if (typeof option !== 'object' || option === null || Array.isArray(option)) {
      return coreMessages.fail('invalid_profile_option', path, { received: typeName(option) });
    }
    if (isParsedProfile(option)) return checkDomain(option, path);
    let p = byObject.get(option);
    if (p === undefined) {
      p = checkDomain(parseProfile(option, path, parseOptions), path);
      byObject.set(option, p);
    }
    return p;
  };

  return {
    domain,
    ids,
    defaultId: settings.default,
    get: (id) => get(id),
    resolve,
    option: (value, path) => resolve(value, path),
  };
}

/** Refuses arguments of defineProfiles that would only fail on the first profile asked for. */
function checkRegistryArgs(domain: unknown, loaders: unknown, settings: unknown): void {
  stringArg(domain, 'domain');
  objectArg(loaders, 'loaders');
  for (const id of Object.keys(loaders)) functionArg((loaders as Record<string, unknown>)[id], 'loaders');
  objectArg(settings, 'settings');
  const s = settings as { default?: unknown; sources?: unknown; renamed?: unknown };
  if (typeof s.default !== 'string' || !Object.prototype.hasOwnProperty.call(loaders, s.default)) {
    coreMessages.fail('unknown_enum_value', ['settings', 'default'], {
      allowed: Object.keys(loaders),
      received: typeof s.default === 'string' ? s.default.slice(0, 40) : typeName(s.default),
    });
  }
  if (s.sources !== undefined) objectArg(s.sources, 'sources');
  if (s.renamed !== undefined) {
    objectArg(s.renamed, 'renamed');
    for (const k of Object.keys(s.renamed)) stringArg((s.renamed as Record<string, unknown>)[k], 'renamed');
  }
}
