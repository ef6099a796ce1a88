/**
 * Reads YAML (or JSON, which YAML 1.2 contains) keeping where every value was written, so an error in a case file
 * can name its line and column. Syntax errors become issues with positions; nothing here throws.
 * @module
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { formatPath, type IssuePath, type PolicyIssue } from '../core/index.js';
import { maskIds } from '../core/errors.js';
import { MAX_NESTING } from '../core/nesting.js';
import { testingMessages } from './messages.js';

/** Syntax errors reported per text (a broken bracket early in a file makes every later line an error). */
const MAX_SYNTAX_ERRORS = 20;

/** A 1-based position in the text. @internal */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Parsed text: the plain data and a way to find where a path was written. @internal */
export interface SourceText {
  readonly data: unknown;
  /** Position of the value at `path`, or of its nearest written ancestor. */
  locate(path: IssuePath): Position | undefined;
  /** The written path `path` and every path below it, with positions, in file order (empty if not written). */
  subtree(path: IssuePath): ReadonlyArray<{ readonly path: IssuePath; readonly position: Position }>;
  /** Syntax errors (empty when the text parsed). */
  readonly errors: readonly PolicyIssue[];
}

/**
 * Parses YAML or JSON text. Dates stay strings (YAML 1.2 core schema), numbers become numbers.
 * @internal
 */
export function readSource(text: string): SourceText {
  const lineCounter = new LineCounter();
  // Not prettyErrors: it builds a context snippet per error, which takes minutes on a text with thousands of errors.
  // Each error is an Error with a stack trace, most of the cost on such a text (80,000 errors: 6 s, 1.6 s without
  // stacks): the parser's errors carry positions, so stacks are switched off while it runs.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const positions = new Map<string, Position>();
  const written: Array<{ path: IssuePath; position: Position }> = [];
  // A subtree's entries are contiguous in `written`: keep each node's [start, end) to slice it without scanning.
  const spans = new Map<string, [number, number]>();
  const visit = (path: IssuePath, node: Node | null, walkChildren: () => void): void => {
    const key = formatPath(path);
    const start = written.length;
    if (node?.range) {
      const position = at(node.range[0]);
      positions.set(key, position);
      written.push({ path, position });
    }
    walkChildren();
    spans.set(key, [start, written.length]);
  };
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // Walk the node tree once; a map entry is located at its key (where a reader looks), a list item at the item.
  const walk = (node: unknown, path: IssuePath): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined) continue;
        const child = [...path, key];
        visit(child, keyNode ?? (pair.value as Node | null), () => walk(pair.value, child));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = [...path, i];
        visit(child, item as Node | null, () => walk(item, child));
      });
    }
    // Scalars and aliases have no children: an alias's own position is the best answer for anything below it.
  };
  const root = doc.contents as Node | null;
  if (root?.range) positions.set('', at(root.range[0]));
  walk(root, []);
  // The first errors are the useful ones: after a broken bracket the rest is noise (and can be thousands).
  const errors = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e, i, shown) => {
    // The YAML parser catches its own stack overflow on text nested thousands deep and reports it as an error.
    if (e.message.includes('Maximum call stack size exceeded')) {
      return testingMessages.issue('yaml_too_deep', [], { maxDepth: MAX_NESTING });
    }
    const pos = e.pos === undefined ? undefined : lineCounter.linePos(e.pos[0]);
    // The position goes to params; the message is its first line, without the text it quotes.
    const firstLine = maskIds((e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''));
    const more = i === shown.length - 1 && doc.errors.length > shown.length ? doc.errors.length - shown.length : 0;
    return testingMessages.issue(
      'yaml_syntax',
      [],
      pos
        ? { detail: firstLine, more, line: pos.line, column: pos.col, yamlCode: e.code }
        : { detail: firstLine, more, yamlCode: e.code },
    );
  });
  let data: unknown;
  try {
    data = errors.length === 0 ? doc.toJS({ maxAliasCount: 1000 }) : undefined;
  } catch (e) {
    // A RangeError is nesting deeper than the converter's recursion can go: report it as such.
    if (e instanceof RangeError) errors.push(testingMessages.issue('yaml_too_deep', [], { maxDepth: MAX_NESTING }));
    // Otherwise toJS throws only for alias bombs and similar abuse; report it like a syntax error.
    else
      errors.push(testingMessages.issue('yaml_unconvertible', [], { detail: maskIds(String((e as Error).message)) }));
  }
  return {
    data,
    errors,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const p = positions.get(formatPath(path.slice(0, n)));
        if (p) return p;
      }
      return undefined;
    },
    subtree(path) {
      const span = spans.get(formatPath(path));
      return span === undefined ? [] : written.slice(span[0], span[1]);
    },
  };
}
