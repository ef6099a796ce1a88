/**
 * Reading case files and the profile files they name, in Node. The filesystem is reached through
 * `process.getBuiltinModule` (Node >= 20.16) rather than an `import`, so the /testing entry still bundles for any
 * platform; in a browser these functions refuse with a clear error and the pure parsers remain usable.
 * @module
 */
import { PolicyError, isPolicyError, parseProfile, type PolicyIssue, type Profile } from '../core/index.js';
import { typeName } from '../core/errors.js';
import { maskIds } from '../core/errors.js';
import { argumentParsers, checkOptions } from './arguments.js';
import type { CaseFile, PolicyCase } from './case.js';
import { CaseErrorCode, parseCaseFile, type CaseFileOptions } from './load.js';
import { testingMessages } from './messages.js';

type Fs = typeof import('node:fs');
type Path = typeof import('node:path');
type Url = typeof import('node:url');

interface NodeApi {
  readonly fs: Fs;
  readonly path: Path;
  readonly url: Url;
}

function nodeApi(): NodeApi {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const get = proc?.getBuiltinModule;
  if (typeof get !== 'function') {
    throw new Error(
      'Reading case files needs Node.js >= 20.16 (process.getBuiltinModule); use parseCaseFile with the text instead',
    );
  }
  return {
    fs: get.call(proc, 'node:fs') as Fs,
    path: get.call(proc, 'node:path') as Path,
    url: get.call(proc, 'node:url') as Url,
  };
}

function unreadable(path: string, error: unknown, extra: Record<string, unknown> = {}): PolicyIssue {
  // A file name may hold a resident ID (a roster named after a person): shown masked.
  const file = maskIds(path);
  const reason = (error as { code?: unknown })?.code ?? (error as Error)?.message ?? String(error);
  return testingMessages.issue('unreadable_file', [], { file, reason: String(reason), ...extra });
}

/** True when a case's `profile` value names a file rather than a profile id. */
function looksLikePath(ref: string): boolean {
  return /\.json$/i.test(ref) || /[\\/]/.test(ref);
}

function readText(api: NodeApi, absolute: string): string {
  const text = api.fs.readFileSync(absolute, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The case file's folder and the real path of a profile file it names, or why it may not be read: a profile file
 * must be inside the case file's folder (after resolving `..` and symbolic links), so a case cannot read any file
 * the process can.
 */
function confinedProfile(api: NodeApi, caseFile: string, ref: string): { path: string } | { outside: true } {
  const folder = api.path.dirname(caseFile);
  const inside = (dir: string, target: string): boolean => {
    const rel = api.path.relative(dir, target);
    return rel !== '' && !rel.startsWith('..') && !api.path.isAbsolute(rel);
  };
  const target = api.path.resolve(folder, ref);
  if (!inside(folder, target)) return { outside: true };
  let real: string;
  let realFolder: string;
  try {
    real = api.fs.realpathSync(target);
    realFolder = api.fs.realpathSync(folder);
  } catch {
    // A missing file: reading it reports that.
    return { path: target };
  }
  return inside(realFolder, real) ? { path: real } : { outside: true };
}

/**
 * Reads and validates a case file (YAML or JSON) in Node. A case whose `profile` is a path (ending in `.json` or
 * containing a slash) gets that JSON profile, resolved relative to the case file and validated with `parseProfile`;
 * the profile file must be inside the case file's folder (`..`, absolute paths and symbolic links leading out of
 * it are refused with `unknown_profile`), and errors never quote a file's contents.
 * Throws a {@link PolicyError} whose issues carry `file`, `line`, `column` and `case` (see {@link formatCaseFileError}).
 * @category Testing
 * @example
 * ```ts
 * const file = loadCaseFile('docs/cases/salary-grade.yaml');
 * const results = runPolicyCases(file.cases);
 * ```
 */
export function loadCaseFile(file: string | URL, options: Omit<CaseFileOptions, 'file'> = {}): CaseFile {
  const api = nodeApi();
  if (typeof file !== 'string' && !(file instanceof URL && file.protocol === 'file:')) {
    testingMessages.fail('file_arg_type', ['file'], { received: typeName(file), scheme: 'file:' });
  }
  checkOptions(argumentParsers().runOptions, options);
  if (typeof options === 'object' && options !== null && 'file' in options)
    testingMessages.fail('options_with_file', ['options', 'file'], { key: 'file' });
  let absolute: string;
  try {
    absolute = typeof file === 'string' ? api.path.resolve(file) : api.url.fileURLToPath(file);
  } catch (error) {
    throw new PolicyError([unreadable(String(file).slice(0, 200), error)]);
  }
  // As given (relative to the working folder for a URL), with any resident ID-like digit run masked.
  const shown = maskIds(
    typeof file === 'string' ? file : api.path.relative(api.path.resolve('.'), absolute) || absolute,
  );
  let text: string;
  try {
    text = readText(api, absolute);
  } catch (error) {
    throw new PolicyError([unreadable(shown, error)]);
  }
  const parsed = parseCaseFile(text, { ...options, file: shown });
  const issues: PolicyIssue[] = [];
  const loaded = new Map<string, Profile>();
  const cases = parsed.cases.map((c): PolicyCase => {
    if (typeof c.profile !== 'string' || !looksLikePath(c.profile)) return c;
    const at = { case: c.name, line: c.origin?.lines?.profile ?? c.origin?.line };
    const where = confinedProfile(api, absolute, c.profile);
    if ('outside' in where) {
      issues.push(
        testingMessages.issue('profile_outside_folder', ['profile'], { profile: c.profile, file: shown, ...at }),
      );
      return c;
    }
    const target = where.path;
    let profile = loaded.get(target);
    if (profile === undefined) {
      try {
        profile = parseProfile(JSON.parse(readText(api, target)) as unknown);
        loaded.set(target, profile);
      } catch (error) {
        if (isPolicyError(error)) {
          for (const i of error.issues) {
            // The profile's own issue (its code, path and params), said to be in that file.
            const t = testingMessages.text('profile_file_issue', { profile: c.profile, reason: i });
            issues.push({ ...i, params: { ...i.params, file: shown, ...at, profileFile: c.profile }, ...t });
          }
        } else if (error instanceof SyntaxError) {
          // Not error.message: V8 quotes the start of the text, and the file may not be a profile at all.
          issues.push(
            testingMessages.issue('profile_not_json', ['profile'], { profile: c.profile, file: shown, ...at }),
          );
        } else {
          const u = unreadable(c.profile, error);
          issues.push({
            ...u,
            code: CaseErrorCode.UnknownProfile,
            path: ['profile'],
            params: { ...u.params, file: shown, ...at },
          });
        }
        return c;
      }
    }
    return { ...c, profile };
  });
  if (issues.length > 0) throw new PolicyError(issues);
  return { ...parsed, cases };
}

// In a directory, JSON files are case files only when named *.cases.json: other JSON there is usually a profile.
const CASE_FILE = /(\.ya?ml|\.cases\.json)$/i;

/**
 * The case files named by `paths`: files as given, directories expanded to the `.yaml`, `.yml` and `.cases.json`
 * files below them (sorted, recursively; other JSON files are left out, as they are usually profiles). A path
 * that does not exist is returned as is, so loading it reports the error.
 * @category Testing
 * @example
 * ```ts
 * expandCasePaths(['docs/cases', 'extra.cases.json']);
 * // ['docs/cases/coverage.yaml', …, 'docs/cases/salary-pay.yaml', 'extra.cases.json']
 * ```
 */
export function expandCasePaths(paths: readonly string[]): string[] {
  const api = nodeApi();
  argumentParsers().argv.parse(paths, ['paths']);
  const out: string[] = [];
  // Real paths of the folders already listed: a symbolic link back up the tree must not loop.
  const listed = new Set<string>();
  const visit = (p: string): void => {
    let isDir = false;
    try {
      isDir = api.fs.statSync(p).isDirectory();
    } catch {
      out.push(p);
      return;
    }
    if (!isDir) {
      out.push(p);
      return;
    }
    let real: string;
    try {
      real = api.fs.realpathSync(p);
    } catch {
      return;
    }
    if (listed.has(real)) return;
    listed.add(real);
    for (const name of api.fs.readdirSync(p).sort()) {
      const child = api.path.join(p, name);
      let childIsDir = false;
      try {
        childIsDir = api.fs.statSync(child).isDirectory();
      } catch {
        continue;
      }
      if (childIsDir) visit(child);
      else if (CASE_FILE.test(name)) out.push(child);
    }
  };
  for (const p of paths) visit(p);
  return out;
}
