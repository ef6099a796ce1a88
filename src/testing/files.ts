/**
 * Reading case files and the profile files they name, in Node. The filesystem is reached through
 * `process.getBuiltinModule` (Node >= 20.16) rather than an `import`, so the /testing entry still bundles for any
 * platform; in a browser these functions refuse with a clear error and the pure parsers remain usable.
 * @module
 */
import { ErrorCode, PolicyError, issue, isPolicyError, parseProfile, type PolicyIssue, type Profile } from '../core/index.js';
import type { CaseFile, PolicyCase } from './case.js';
import { CaseErrorCode, parseCaseFile, type CaseFileOptions } from './load.js';

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
    throw new Error('Reading case files needs Node.js >= 20.16 (process.getBuiltinModule); use parseCaseFile with the text instead');
  }
  return { fs: get.call(proc, 'node:fs') as Fs, path: get.call(proc, 'node:path') as Path, url: get.call(proc, 'node:url') as Url };
}

function unreadable(file: string, error: unknown, extra: Record<string, unknown> = {}): PolicyIssue {
  const reason = (error as { code?: unknown })?.code ?? (error as Error)?.message ?? String(error);
  return issue(CaseErrorCode.UnreadableFile, [], `无法读取文件 ${file}（${String(reason)}）`, `Cannot read file ${file} (${String(reason)})`, { file, ...extra });
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
 * Reads and validates a case file (YAML or JSON) in Node. A case whose `profile` is a path (ending in `.json` or
 * containing a slash) gets that JSON profile, resolved relative to the case file and validated with `parseProfile`.
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
  const absolute = typeof file === 'string' ? api.path.resolve(file) : api.url.fileURLToPath(file);
  const shown = typeof file === 'string' ? file : api.path.relative(api.path.resolve('.'), absolute) || absolute;
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
    const target = api.path.resolve(api.path.dirname(absolute), c.profile);
    const at = { case: c.name, line: c.origin?.lines?.profile ?? c.origin?.line };
    let profile = loaded.get(target);
    if (profile === undefined) {
      try {
        profile = parseProfile(JSON.parse(readText(api, target)) as unknown);
        loaded.set(target, profile);
      } catch (error) {
        if (isPolicyError(error)) {
          for (const i of error.issues) {
            issues.push({ ...i, params: { ...i.params, file: shown, ...at, profileFile: c.profile }, zh: `配置文件 ${c.profile}：${i.zh}`, en: `Profile file ${c.profile}: ${i.en}` });
          }
        } else if (error instanceof SyntaxError) {
          issues.push(issue(ErrorCode.InvalidFormat, ['profile'], `配置文件 ${c.profile} 不是有效的 JSON：${error.message}`, `Profile file ${c.profile} is not valid JSON: ${error.message}`, { file: shown, ...at }));
        } else {
          const u = unreadable(c.profile, error);
          issues.push({ ...u, code: CaseErrorCode.UnknownProfile, path: ['profile'], params: { ...u.params, file: shown, ...at } });
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
  const out: string[] = [];
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
