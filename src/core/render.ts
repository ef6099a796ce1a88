/**
 * One renderer for every result type: `explain(result, { lang })` turns any result of this package (a pay result, a
 * roster, a coverage rate, a review, a deadline list…) into readable lines, entirely in Chinese or entirely in
 * English. It reads only the envelope and the explanation, so a new domain needs no renderer of its own.
 * @module
 */
import { coreMessages } from './core-messages.js';
import { formatPath, isPolicyError, maskIds, typeName, type PolicyError } from './errors.js';
import type { Explanation } from './explanation.js';
import { readOptions, langOption } from './options.js';
import { pick, type Bilingual, type Lang } from './messages.js';
import type { ParameterRead, Source } from './parameters.js';
import type { RowOutcome } from './result.js';

const OUTCOME_LABELS: Readonly<Record<RowOutcome, Bilingual>> = {
  computed: { zh: '已计算', en: 'computed' },
  pass: { zh: '符合', en: 'pass' },
  fail: { zh: '不符合', en: 'fail' },
  undetermined: { zh: '无法判定（缺少信息）', en: 'undetermined (information missing)' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  error: { zh: '输入有误', en: 'input refused' },
};

/**
 * The label of an outcome.
 * @category Explanations
 * @example
 * ```ts
 * outcomeLabel('undetermined', 'zh'); // '无法判定（缺少信息）'
 * ```
 */
export function outcomeLabel(outcome: RowOutcome, lang: Lang): string {
  const l =
    typeof outcome === 'string' && Object.prototype.hasOwnProperty.call(OUTCOME_LABELS, outcome)
      ? OUTCOME_LABELS[outcome]
      : undefined;
  if (l === undefined)
    coreMessages.fail('unknown_enum_value', ['outcome'], {
      allowed: Object.keys(OUTCOME_LABELS),
      received: typeof outcome === 'string' ? maskIds(String(outcome).slice(0, 40)) : typeName(outcome),
    });
  return pick(l, lang);
}

const CONFIDENCE: Readonly<Record<string, Bilingual>> = {
  H: { zh: '可信度高', en: 'confidence high' },
  M: { zh: '可信度中', en: 'confidence medium' },
  L: { zh: '可信度低', en: 'confidence low' },
};

/**
 * A source as one citation: title, number, article (and the key of the sources table in English).
 * @category Explanations
 * @example
 * ```ts
 * citation({ key: 'U2', title: '《信访工作条例》', article: '第二十二条' }, 'zh'); // '《信访工作条例》第二十二条'
 * ```
 */
export function citation(source: Source, lang: Lang): string {
  checkSource(source, ['source']);
  if (lang !== 'zh' && lang !== 'en') langOption(lang, ['lang']);
  const number = source.number === undefined ? '' : lang === 'zh' ? `（${source.number}）` : ` (${source.number})`;
  const article = source.article === undefined ? '' : lang === 'zh' ? source.article : `, ${source.article}`;
  const key = lang === 'en' && source.key !== undefined ? ` [${source.key}]` : '';
  return `${source.title}${number}${article}${key}`;
}

/** A parameter's value for display: scalars as written, tables by reference (the rules say what was used). */
function valueText(r: ParameterRead, lang: Lang): string {
  const v = r.value;
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : String(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    // Identifiers (`half-up`, `allowance`) are not Chinese text: show them as quoted codes.
    return /^[\x20-\x7e]*$/.test(v) && /[A-Za-z]/.test(v) ? `「${v}」` : v;
  }
  return lang === 'zh' ? '（表，见配置）' : '(a table; see the profile)';
}

function parameterLine(r: ParameterRead, lang: Lang): string {
  const zh = lang === 'zh';
  const when =
    r.effectiveFrom === null
      ? zh
        ? '生效日期不详'
        : 'date of effect unknown'
      : zh
        ? `自 ${r.effectiveFrom} 起`
        : `from ${r.effectiveFrom}`;
  const trust = r.override
    ? zh
      ? '使用方覆盖值'
      : 'host override'
    : r.confidence === null
      ? zh
        ? '使用方提供'
        : 'supplied by the host'
      : pick(CONFIDENCE[r.confidence]!, lang);
  const flags = [
    trust,
    ...(r.provisional ? [zh ? '暂定' : 'provisional'] : []),
    ...(r.lastReviewed === undefined ? [] : [zh ? `${r.lastReviewed} 核对` : `checked ${r.lastReviewed}`]),
  ];
  const sep = zh ? '；' : '; ';
  const note = r.note === undefined ? '' : zh ? `。${r.note.zh}` : `. ${r.note.en}`;
  return zh
    ? `  - ${r.label.zh}：${valueText(r, lang)}（${when}${sep}${citation(r.source, lang)}${sep}${flags.join(sep)}）${note}`
    : `  - ${r.label.en}: ${valueText(r, lang)} (${when}${sep}${citation(r.source, lang)}${sep}${flags.join(sep)})${note}`;
}

/** The lines of an explanation (without the header), indented by `indent`. */
function explanationLines(e: Explanation, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (e.rules.length > 0) lines.push(zh ? '规则：' : 'Rules:');
  for (const r of e.rules) {
    const when = r.effectiveFrom === undefined ? '' : zh ? `（${r.effectiveFrom} 起）` : ` (from ${r.effectiveFrom})`;
    const verdict =
      r.outcome === undefined
        ? ''
        : zh
          ? `【${outcomeLabel(r.outcome, lang)}】`
          : `[${outcomeLabel(r.outcome, lang)}] `;
    const basis =
      r.source === undefined
        ? ''
        : zh
          ? `（依据：${citation(r.source, lang)}）`
          : ` (basis: ${citation(r.source, lang)})`;
    lines.push(`  - ${verdict}${pick(r.text, lang)}${when}${basis}`);
  }
  if (e.intermediates.length > 0) lines.push(zh ? '中间结果：' : 'Intermediate values:');
  for (const i of e.intermediates) lines.push(zh ? `  - ${i.label.zh}：${i.value}` : `  - ${i.label.en}: ${i.value}`);
  if (e.parameters.length > 0) lines.push(zh ? '参数：' : 'Parameters:');
  for (const p of e.parameters) lines.push(parameterLine(p, lang));
  if (e.missing.length > 0) lines.push(zh ? '缺少：' : 'Missing:');
  for (const m of e.missing)
    lines.push(
      `  - ${pick(m.label, lang)}${m.reason === undefined ? '' : zh ? `（${m.reason.zh}）` : ` (${m.reason.en})`}`,
    );
  if (e.warnings.length > 0) lines.push(zh ? '提示：' : 'Warnings:');
  for (const w of e.warnings) lines.push(`  - ${pick(w, lang)}`);
  return lines;
}

interface RenderableRow {
  readonly index?: number;
  readonly outcome?: RowOutcome;
  readonly explanation?: Explanation;
  readonly error?: unknown;
}

/** @internal */
export interface Renderable extends RenderableRow {
  readonly kind?: string;
  readonly asOf?: string;
  readonly profile?: { readonly id: string; readonly version: string };
  readonly engine?: { readonly version: string };
  readonly warnings?: readonly { readonly zh: string; readonly en: string }[];
  readonly rows?: readonly RenderableRow[];
  readonly counts?: Readonly<Record<string, number>>;
}

function header(r: Renderable, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (r.explanation !== undefined) out.push(pick(r.explanation.summary, lang));
  if (r.outcome !== undefined)
    out.push(zh ? `结论：${outcomeLabel(r.outcome, lang)}` : `Outcome: ${outcomeLabel(r.outcome, lang)}`);
  const meta: string[] = [];
  if (r.asOf !== undefined) meta.push(zh ? `参数日期 ${r.asOf}` : `parameters as of ${r.asOf}`);
  if (r.profile !== undefined)
    meta.push(zh ? `配置版本 ${r.profile.version}` : `profile ${r.profile.id} ${r.profile.version}`);
  if (r.engine !== undefined) meta.push(zh ? `程序版本 ${r.engine.version}` : `engine ${r.engine.version}`);
  if (meta.length > 0) out.push(meta.join(zh ? '，' : ', '));
  return out;
}

function rowLines(row: RenderableRow, lang: Lang): string[] {
  const zh = lang === 'zh';
  const at = row.index === undefined ? '' : zh ? `第 ${row.index + 1} 项：` : `Item ${row.index + 1}: `;
  if (row.outcome === 'error' && isPolicyError(row.error)) {
    return row.error.issues.map((i) => `${at}${zh ? i.zh : `${i.en} (at ${formatPath(i.path)})`}`);
  }
  const head = `${at}${row.explanation === undefined ? outcomeLabel(row.outcome ?? 'computed', lang) : pick(row.explanation.summary, lang)}`;
  if (row.explanation === undefined) return [head];
  return [head, ...explanationLines(row.explanation, lang).map((l) => `  ${l}`)];
}

/**
 * The most lines explain() renders as one text: a result that would need more (a batch of some 80,000 explained rows)
 * is refused with `too_large` before anything is built; explain its rows one by one.
 * @internal
 */
export const MAX_EXPLAIN_LINES = 1_000_000;

/**
 * The most characters explain() renders as one text (a JavaScript string holds at most 2^29 − 24): a backstop for
 * lines of very long host text, refused with `too_large` as well.
 * @internal
 */
export const MAX_EXPLAIN_CHARS = 200_000_000;

/** A batch's error row passed to explain() by itself (not a batch): its issues are its explanation. */
const refusedAlone = (r: Renderable): boolean =>
  !Array.isArray(r.rows) && r.outcome === 'error' && isPolicyError(r.error);

/** Lines of a list block: its heading and one line per item, none when it is empty. */
const block = (n: number): number => (n > 0 ? n + 1 : 0);

/** How many lines explanationLines gives (kept next to it: the two must agree). */
function explanationLineCount(e: Explanation): number {
  return (
    block(e.rules.length) +
    block(e.intermediates.length) +
    block(e.parameters.length) +
    block(e.missing.length) +
    block(e.warnings.length)
  );
}

/**
 * How many lines explain() renders for a result already checked by checkRenderable (a text holding a line break
 * counts as one line), computed without building any text.
 * @internal
 */
export function explainLineCount(r: Renderable): number {
  let n = r.explanation === undefined ? 0 : 1;
  if (r.outcome !== undefined) n++;
  if (r.asOf !== undefined || r.profile !== undefined || r.engine !== undefined) n++;
  if (r.counts !== undefined) n++;
  if (refusedAlone(r)) n += (r.error as PolicyError).issues.length;
  if (r.explanation !== undefined) n += explanationLineCount(r.explanation);
  else if (r.warnings !== undefined) n += block(r.warnings.length);
  if (Array.isArray(r.rows))
    for (const row of r.rows)
      n +=
        row.outcome === 'error' && isPolicyError(row.error)
          ? row.error.issues.length
          : 1 + (row.explanation === undefined ? 0 : explanationLineCount(row.explanation));
  return n;
}

/**
 * Renders any result of this package as text, entirely in one language: the summary and outcome, the date, profile
 * and engine versions, then the rules applied, intermediate values, parameters (value, date of effect, source,
 * confidence), what is missing and the warnings. A batch result renders its counts and each row (rows without an
 * explanation in one line; refused rows with their reasons). A result that would render more than
 * 1,000,000 lines (or 200,000,000 characters) is refused before anything is built (PolicyError `too_large`, naming the count of
 * lines): explain a large batch's rows one by one.
 * @param result - a result from any engine of this package
 * @param options - `lang`: `'zh'` (default) or `'en'`
 * @category Explanations
 * @example
 * ```ts
 * const worker = { post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' };
 * console.log(explain(computeSalary(worker, { asOf: '2026-01-01' }), { lang: 'en' }));
 * ```
 */
export function explain(result: unknown, options?: { lang?: Lang }): string {
  const { lang } = readOptions(options, { lang: langOption });
  if (typeof result !== 'object' || result === null || !('outcome' in result || 'rows' in result)) {
    coreMessages.fail('not_a_result', ['result'], { received: typeName(result) });
  }
  checkRenderable(result as Record<string, unknown>);
  const r = result as Renderable;
  // Refused before anything is built, from the count of lines alone (a million explained rows are some 12 million
  // lines, more than one string can hold): the same result is always refused or always rendered.
  const total = explainLineCount(r);
  const tooLarge = (): never =>
    coreMessages.fail('too_large', [], {
      lines: total,
      maxLines: MAX_EXPLAIN_LINES,
      maxChars: MAX_EXPLAIN_CHARS,
      batch: Array.isArray(r.rows),
    });
  if (total > MAX_EXPLAIN_LINES) tooLarge();
  const lines = header(r, lang);
  if (r.counts !== undefined) {
    const parts = Object.entries(r.counts)
      .filter(([k, n]) => k !== 'total' && n > 0)
      .map(([k, n]) => `${outcomeLabel(k as RowOutcome, lang)} ${n}`);
    lines.push(
      lang === 'zh'
        ? `共 ${r.counts.total ?? 0} 项：${parts.join('，')}`
        : `${r.counts.total ?? 0} items: ${parts.join(', ')}`,
    );
  }
  // A refused row explained on its own says why, as it does inside its batch.
  if (refusedAlone(r)) for (const l of rowLines({ outcome: 'error', error: r.error }, lang)) lines.push(l);
  // Appended one by one: a batch's explanation may list a million missing items (spread arguments overflow the stack).
  if (r.explanation !== undefined) for (const l of explanationLines(r.explanation, lang)) lines.push(l);
  else if (r.warnings !== undefined && r.warnings.length > 0) {
    lines.push(lang === 'zh' ? '提示：' : 'Warnings:');
    for (const w of r.warnings) lines.push(`  - ${pick(w, lang)}`);
  }
  // A backstop for lines of host text so long that fewer lines than the limit would not fit in one string.
  let chars = 0;
  for (const l of lines) chars += l.length + 1;
  if (chars > MAX_EXPLAIN_CHARS) tooLarge();
  if (Array.isArray(r.rows))
    for (const row of r.rows)
      for (const l of rowLines(row, lang)) {
        chars += l.length + 1;
        if (chars > MAX_EXPLAIN_CHARS) tooLarge();
        lines.push(l);
      }
  // Text for display: no resident ID shows, whatever a profile or a host wrote into a result.
  return maskIds(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// What the renderer reads is checked before it reads it: a result changed by the host (a field dropped or replaced)
// is a PolicyError naming the field, never a TypeError or "undefined" in the text.

type Path = readonly (string | number)[];

function bad(path: Path, expected: string, value: unknown): never {
  return coreMessages.fail('invalid_type', path, { expected, received: typeName(value) });
}
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function text(v: unknown, path: Path): void {
  if (typeof v !== 'string') bad(path, 'string', v);
}
function optionalText(v: unknown, path: Path): void {
  if (v !== undefined) text(v, path);
}
function bilingual(v: unknown, path: Path): void {
  if (!isObject(v)) bad(path, 'object', v);
  text(v.zh, [...path, 'zh']);
  text(v.en, [...path, 'en']);
}
function list(v: unknown, path: Path, item: (x: unknown, p: Path) => void): void {
  if (!Array.isArray(v)) bad(path, 'array', v);
  for (let i = 0; i < v.length; i++) item(v[i], [...path, i]);
}
function outcome(v: unknown, path: Path): void {
  if (v !== undefined && !(typeof v === 'string' && Object.prototype.hasOwnProperty.call(OUTCOME_LABELS, v))) {
    coreMessages.fail('unknown_enum_value', path, {
      allowed: Object.keys(OUTCOME_LABELS),
      received: typeof v === 'string' ? maskIds(v.slice(0, 40)) : typeName(v),
    });
  }
}
function checkSource(v: unknown, path: Path): void {
  if (!isObject(v)) bad(path, 'object', v);
  text(v.title, [...path, 'title']);
  optionalText(v.number, [...path, 'number']);
  optionalText(v.article, [...path, 'article']);
  optionalText(v.key, [...path, 'key']);
}
function checkRead(v: unknown, path: Path): void {
  if (!isObject(v)) bad(path, 'object', v);
  bilingual(v.label, [...path, 'label']);
  if (v.effectiveFrom !== null) text(v.effectiveFrom, [...path, 'effectiveFrom']);
  checkSource(v.source, [...path, 'source']);
  if (
    v.confidence !== null &&
    !(typeof v.confidence === 'string' && Object.prototype.hasOwnProperty.call(CONFIDENCE, v.confidence))
  )
    bad([...path, 'confidence'], 'string', v.confidence);
  optionalText(v.lastReviewed, [...path, 'lastReviewed']);
  if (v.note !== undefined) bilingual(v.note, [...path, 'note']);
  const value = v.value;
  if (typeof value === 'number' && !Number.isFinite(value)) bad([...path, 'value'], 'number', value);
  if (value === undefined || typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function')
    bad([...path, 'value'], 'string', value);
}
/**
 * Refuses an explanation the renderer could not read (a PolicyError naming the field): what {@link explain} checks of
 * a result's explanation, for a host's explanation given to `envelope`. @internal
 */
export function checkExplanation(v: unknown, path: Path): void {
  if (!isObject(v)) bad(path, 'object', v);
  bilingual(v.summary, [...path, 'summary']);
  list(v.rules, [...path, 'rules'], (r, p) => {
    if (!isObject(r)) bad(p, 'object', r);
    bilingual(r.text, [...p, 'text']);
    optionalText(r.effectiveFrom, [...p, 'effectiveFrom']);
    outcome(r.outcome, [...p, 'outcome']);
    if (r.source !== undefined) checkSource(r.source, [...p, 'source']);
  });
  list(v.intermediates, [...path, 'intermediates'], (x, p) => {
    if (!isObject(x)) bad(p, 'object', x);
    bilingual(x.label, [...p, 'label']);
    text(x.value, [...p, 'value']);
  });
  list(v.parameters, [...path, 'parameters'], checkRead);
  list(v.missing, [...path, 'missing'], (m, p) => {
    if (!isObject(m)) bad(p, 'object', m);
    bilingual(m.label, [...p, 'label']);
    if (m.reason !== undefined) bilingual(m.reason, [...p, 'reason']);
  });
  list(v.warnings, [...path, 'warnings'], bilingual);
}
function checkRow(v: unknown, path: Path): void {
  if (!isObject(v)) bad(path, 'object', v);
  if (v.index !== undefined && !(typeof v.index === 'number' && Number.isSafeInteger(v.index) && v.index >= 0))
    bad([...path, 'index'], 'integer', v.index);
  outcome(v.outcome, [...path, 'outcome']);
  if (v.explanation !== undefined) checkExplanation(v.explanation, [...path, 'explanation']);
  if (v.outcome === 'error' && v.error !== undefined && !isPolicyError(v.error))
    bad([...path, 'error'], 'PolicyError', v.error);
}

/** Refuses a result whose fields the renderer reads are not what an engine of this package returns. */
function checkRenderable(r: Record<string, unknown>): void {
  const at: Path = ['result'];
  checkRow(r, at);
  optionalText(r.asOf, [...at, 'asOf']);
  if (r.profile !== undefined) {
    if (!isObject(r.profile)) bad([...at, 'profile'], 'object', r.profile);
    text(r.profile.id, [...at, 'profile', 'id']);
    text(r.profile.version, [...at, 'profile', 'version']);
  }
  if (r.engine !== undefined) {
    if (!isObject(r.engine)) bad([...at, 'engine'], 'object', r.engine);
    text(r.engine.version, [...at, 'engine', 'version']);
  }
  if (r.warnings !== undefined) list(r.warnings, [...at, 'warnings'], bilingual);
  if (r.counts !== undefined) {
    if (!isObject(r.counts)) bad([...at, 'counts'], 'object', r.counts);
    for (const [k, n] of Object.entries(r.counts)) {
      if (!(typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) bad([...at, 'counts', k], 'integer', n);
      if (k !== 'total') outcome(k, [...at, 'counts', k]);
    }
  }
  if (r.rows !== undefined) list(r.rows, [...at, 'rows'], checkRow);
}
