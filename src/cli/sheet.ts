/**
 * Reading a sheet (CSV) as rows: bytes → incremental decoding → incremental CSV parsing → chunks of at most
 * `chunkSize` rows, each with the row number the spreadsheet shows (the header is row 1; a quoted cell with a line
 * break does not add a row, as in Excel). Blank rows and totals rows (合计 …, see /sheets' `totalsText`) are skipped
 * and counted, so that the counts always reconcile.
 *
 * A cell may hold line breaks only in the columns the user names (`--multiline`). Anywhere else a quoted cell over
 * several lines is almost always a stray quote that swallowed the rows after it, and the file is refused with the
 * row, column and number of lines, rather than read with rows silently missing.
 * @module
 */
import { issue, isPolicyError, type PolicyIssue } from '../core/index.js';
import { cellText, type SheetCell } from '../sheets/cells.js';
import { normaliseHeader } from '../sheets/columns.js';
import {
  CsvError,
  CsvReader,
  DEFAULT_FIELD_LINES,
  DEFAULT_RECORD_CHARS,
  isBlankRow,
  sniffDelimiter,
  type MultilineField,
} from '../sheets/csv.js';
import { StreamDecoder, type InputEncoding } from '../sheets/encoding.js';
import { isXlsx, readXlsx } from '../sheets/xlsx.js';
import { HeaderSearch, totalsText, type TitleRow } from '../sheets/sheet-rows.js';
import { UsageError, type Lang } from './args.js';
import { encodingProblem, fileError } from './common.js';
import type { CliIO } from './io.js';
import { count, preview, msgPair, msg } from './messages.js';

/** How to read a sheet. */
export interface SheetOptions {
  /** The file's name, for messages. */
  readonly file: string;
  /** The language of notes on stderr (title rows looked past); default Chinese. */
  readonly lang?: Lang;
  /** Headers of the columns whose cells may hold line breaks (compared as headers are: spaces, case, width ignored). */
  readonly multiline?: readonly string[];
  /** Most physical lines one cell may take (default 50); this also bounds the memory a stray quote can take. */
  readonly multilineLimit?: number;
  /** The delimiter; by default sniffed from the first line (comma, tab or semicolon). */
  readonly delimiter?: ',' | '\t' | ';';
}

/** One data row of a sheet. */
export interface SheetRow {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  /** The cells (text from a CSV; text, numbers, booleans or date cells from a workbook). */
  readonly cells: readonly SheetCell[];
  /** What is wrong with the row as a row (cut short, cells beyond the header): it is then not computed. */
  readonly issues?: readonly PolicyIssue[];
}

/** What was read, for a summary that adds up: `rows` = rows computed + rows with errors + `blank` + `totals`. */
export interface SheetCounts {
  /** Rows after the header, blank and totals ones included. */
  rows: number;
  /** Blank rows after the header (skipped). */
  blank: number;
  /** Totals rows (合计, 小计, Total … as the first filled cell; skipped, not computed). */
  totals: number;
  /** Records of the file: the header, data and blank rows (a cell with line breaks does not add one). */
  records: number;
  /** Physical lines of the file (more than `records` when cells hold line breaks). */
  lines: number;
}

/** A chunk of rows; the first chunk also carries the header. */
export interface SheetChunk {
  /** The header row (the first non-blank row). */
  readonly header: readonly string[];
  /** Data rows of this chunk. */
  readonly rows: readonly SheetRow[];
  /** Counts so far (final once the last chunk is read). */
  readonly counts: Readonly<SheetCounts>;
  /** A workbook that counts dates from 1904. */
  readonly date1904?: boolean;
  /** For a workbook: the sheet read and the others (a refused header then names them). */
  readonly workbook?: WorkbookSheets;
  /** Title rows above the header (a title merged across the columns), not read. */
  readonly titles?: readonly TitleRow[];
  /** Totals rows so far (合计 …), skipped. */
  readonly totals?: readonly TitleRow[];
}

/** Which sheet of a workbook was read, and what else it holds. */
export interface WorkbookSheets {
  /** The sheet read. */
  readonly sheet: string;
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly string[];
  /** True when `--sheet` named it (rather than it being the first). */
  readonly named: boolean;
}

/** Turns decoded text into data rows, checking cells with line breaks against the columns allowed to hold them. */
export class SheetParser {
  /** The header row, once read. */
  header: readonly string[] | undefined;
  /** Counts so far. */
  readonly counts: SheetCounts = { rows: 0, blank: 0, totals: 0, records: 0, lines: 0 };
  private csv: CsvReader | undefined;
  private start = '';
  private readonly limit: number;
  private readonly allowed = new Set<number>();
  private headerRecord = 0;
  private readonly search = new HeaderSearch<{ readonly row: number; readonly cells: readonly string[] }>();

  /** Title rows above the header (one filled cell each), not read. */
  get titles(): readonly TitleRow[] {
    return this.header === undefined ? [] : this.search.titles;
  }

  /** Totals rows after the header (合计 …), skipped. */
  readonly totals: TitleRow[] = [];

  /** @param options - see {@link SheetOptions} */
  constructor(private readonly options: SheetOptions) {
    this.limit = options.multilineLimit ?? DEFAULT_FIELD_LINES;
    this.delimiter = options.delimiter;
    if (options.delimiter !== undefined)
      this.csv = new CsvReader({ maxFieldLines: this.limit, delimiter: options.delimiter });
  }

  /** The delimiter in use (once known). */
  delimiter: string | undefined;

  /** The reader, once the first line has shown the delimiter. */
  private reader(text: string, final: boolean): CsvReader | undefined {
    if (this.csv !== undefined) return this.csv;
    this.start += text;
    if (!final && !/[\r\n]/.test(this.start.replace(/^[\r\n]+/, '')) && this.start.length < DEFAULT_RECORD_CHARS)
      return undefined;
    this.delimiter = sniffDelimiter(this.start.replace(/^[\r\n\s]+/, ''));
    this.csv = new CsvReader({ maxFieldLines: this.limit, delimiter: this.delimiter });
    return this.csv;
  }

  /**
   * Reads the next piece of text.
   * @param text - next decoded chunk
   * @returns the data rows it completed
   */
  push(text: string): SheetRow[] {
    const csv = this.reader(text, false);
    if (csv === undefined) return [];
    const all = this.start === '' ? text : this.start;
    this.start = '';
    return this.take(() => csv.push(all), false);
  }

  /** Reads what is left at the end of the text. */
  end(): SheetRow[] {
    const csv = this.reader('', true);
    const rest = this.start;
    this.start = '';
    const first = rest === '' ? [] : this.take(() => csv!.push(rest), false);
    return [...first, ...this.take(() => csv!.end(), true)];
  }

  private take(read: () => string[][], final: boolean): SheetRow[] {
    let records: string[][];
    try {
      records = read();
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      // The rows before the error come first: the header among them names the column, an earlier error wins.
      this.accept(e.before, false);
      throw this.csvError(e);
    }
    return this.accept(records, final);
  }

  private accept(records: readonly string[][], final: boolean): SheetRow[] {
    const spans = this.csv!.multiline;
    let k = 0;
    const out: SheetRow[] = [];
    for (let n = 0; n < records.length; n++) {
      const cells = records[n]!;
      const row = ++this.counts.records;
      const before = this.header === undefined;
      if (before && !isBlankRow(cells)) {
        const released = this.search.push({ row, cells });
        if (this.search.header !== undefined) this.settle(out, released);
      }
      // A title's cell may run over several lines; a data row's only in the columns --multiline names.
      for (; k < spans.length && spans[k]!.record === row; k++)
        if (!before && !this.allowed.has(spans[k]!.field)) throw this.multilineError(spans[k]!);
      if (before) continue;
      const cut = final && n === records.length - 1 && this.csv!.unterminated;
      this.data(out, cells, row, cut);
    }
    // A sheet of one-cell rows only: its first row is the header after all.
    if (final && this.header === undefined) this.settle(out, this.search.end());
    spans.splice(0, k);
    this.counts.lines = this.csv!.lines;
    return out;
  }

  /** The header is found: rows held while looking for it that are data after all are read as data. */
  private settle(out: SheetRow[], released: readonly { row: number; cells: readonly string[] }[]): void {
    const h = this.search.header;
    if (h === undefined) return;
    this.setHeader(h.cells, h.row);
    for (const r of released) this.data(out, r.cells, r.row, false);
  }

  private data(out: SheetRow[], cells: readonly string[], row: number, cut: boolean): void {
    this.counts.rows++;
    if (isBlankRow(cells)) {
      this.counts.blank++;
      return;
    }
    const total = totalsText(cells);
    if (total !== undefined) {
      this.counts.totals++;
      this.totals.push({ row, text: total });
      return;
    }
    // Only a row cut short or wider than the header can have problems as a row.
    const issues = cut || cells.length > this.header!.length ? this.rowIssues(cells, cut) : [];
    out.push(issues.length === 0 ? { row, cells } : { row, cells, issues });
  }

  private setHeader(cells: readonly string[], row: number): void {
    this.header = cells;
    this.headerRecord = row;
    const names = cells.map(normaliseHeader);
    for (const wanted of this.options.multiline ?? []) {
      const norm = normaliseHeader(wanted);
      const found = names.flatMap((h, i) => (h === norm && norm !== '' ? [i] : []));
      if (found.length === 0)
        throw new UsageError('multiline_names_column_header', {
          option: '--multiline',
          wanted,
          file: this.options.file,
          value: preview(cells.join(',')),
        });
      for (const i of found) this.allowed.add(i);
    }
  }

  /** Problems of a row as a row: cells beyond the header, or a last row cut short. */
  private rowIssues(cells: readonly SheetCell[], cut: boolean): PolicyIssue[] {
    const width = this.header!.length;
    const issues: PolicyIssue[] = [];
    if (cut && cells.length < width)
      issues.push(
        issue(
          'truncated_row',
          [],
          `这一行只有 ${cells.length} 列（表头有 ${width} 列），而且文件在这一行中间结束：文件可能不完整（被截断），这一行不予计算`,
          `this row has only ${cells.length} of the header's ${width} columns and the file ends inside it: the file may have been cut short; the row is not computed`,
        ),
      );
    const extra = (cells as readonly string[]).slice(width).find((c) => c.trim() !== '');
    if (extra !== undefined)
      issues.push(
        issue(
          'extra_cells',
          [],
          `这一行有 ${cells.length} 列，比表头多 ${cells.length - width} 列（多出的内容「${preview(extra, 40)}」）：可能有没加引号的逗号，这一行不予计算`,
          `this row has ${cells.length} columns, ${cells.length - width} more than the header (extra: "${preview(extra, 40)}"): perhaps a comma without quotes; the row is not computed`,
        ),
      );
    return issues;
  }

  /** Where a field is, in words: row (and physical line when it differs), column. */
  private where(at: MultilineField): { zh: string; en: string } {
    const name = this.header?.[at.field];
    const isHeader = this.header === undefined || at.record === this.headerRecord;
    const col =
      name !== undefined && name.trim() !== '' && !isHeader
        ? msgPair('column', { name: preview(name, 40) })
        : msgPair('column_number', {
            index: at.field + 1,
            header: isHeader && this.header !== undefined,
          });
    const line = at.line === at.record ? msgPair('empty') : msgPair('physical_line', { line: count(at.line) });
    return msgPair('row', { file: this.options.file, record: count(at.record), line, col });
  }

  private multilineError(at: MultilineField): UsageError {
    const w = this.where(at);
    const name = this.header?.[at.field];
    const flag = name !== undefined && name.trim() !== '' ? `--multiline ${preview(name, 40)}` : '--multiline <列名>';
    return new UsageError('quoted_cell_spans_physical', {
      w,
      lines: at.lines,
      flag,
      value: flag.replace('<列名>', '<column>'),
    });
  }

  private csvError(e: CsvError): UsageError {
    const w = this.where(e.at);
    switch (e.kind) {
      case 'unclosed':
        return new UsageError('quoted_cell_closing_quote', { w, lines: count(e.at.lines) });
      case 'too_many_lines':
        return new UsageError('quoted_cell_runs_over', {
          option: '--multiline',
          option2: '--multiline-limit',
          w,
          limit: count(this.limit),
        });
      case 'too_long':
        return new UsageError('row_runs_over_characters', { w, DEFAULT_RECORD_CHARS: count(DEFAULT_RECORD_CHARS) });
    }
  }
}

/**
 * Streams a CSV file as chunks of rows.
 * @param source - the file's bytes, chunk by chunk
 * @param encoding - forced encoding or `auto`
 * @param chunkSize - rows per chunk
 * @param options - file name and the columns whose cells may hold line breaks
 */
export async function* readSheet(
  source: AsyncIterable<Uint8Array>,
  encoding: InputEncoding,
  chunkSize: number,
  options: SheetOptions,
): AsyncGenerator<SheetChunk> {
  const decoder = new StreamDecoder(encoding);
  const sheet = new SheetParser(options);
  let pending: SheetRow[] = [];
  const add = (rows: SheetRow[]) => {
    for (const r of rows) pending.push(r);
  };
  for await (const bytes of source) {
    add(sheet.push(decoder.write(bytes)));
    while (pending.length >= chunkSize) {
      const rows = pending.slice(0, chunkSize);
      pending = pending.slice(chunkSize);
      yield { header: sheet.header!, rows, counts: sheet.counts, titles: sheet.titles, totals: sheet.totals };
    }
  }
  add(sheet.push(decoder.end()));
  add(sheet.end());
  if (sheet.header === undefined) return;
  for (let i = 0; i < pending.length || i === 0; i += chunkSize)
    yield {
      header: sheet.header,
      rows: pending.slice(i, i + chunkSize),
      counts: sheet.counts,
      titles: sheet.titles,
      totals: sheet.totals,
    };
}

/**
 * Reads a whole CSV text (a coverage collection).
 * @param text - the decoded file
 * @param options - file name and the columns whose cells may hold line breaks
 */
export function parseSheet(text: string, options: SheetOptions): TextSheet {
  const sheet = new SheetParser(options);
  const rows = sheet.push(text);
  for (const r of sheet.end()) rows.push(r);
  return {
    header: sheet.header ?? [],
    rows: rows as TextSheetRow[],
    counts: sheet.counts,
    titles: sheet.titles,
    totals: sheet.totals,
  };
}

/** A data row whose cells are text (a CSV's, or a workbook's cells as text). */
export interface TextSheetRow extends SheetRow {
  /** The cells as text. */
  readonly cells: readonly string[];
}

/** A whole sheet as text. */
export interface TextSheet {
  /** The header row. */
  readonly header: readonly string[];
  /** The data rows. */
  readonly rows: TextSheetRow[];
  /** What was read. */
  readonly counts: SheetCounts;
  /** Title rows above the header, not read. */
  readonly titles?: readonly TitleRow[] | undefined;
  /** Totals rows (合计 …), skipped. */
  readonly totals?: readonly TitleRow[] | undefined;
  /** For a workbook: the sheet read and the others. */
  readonly workbook?: WorkbookSheets | undefined;
}

/**
 * Reads a whole sheet file as text: a CSV (any encoding, any delimiter) or a workbook's sheet, whose cells are given
 * as text (a date cell as its date, a number without exponent). For the commands that read a whole small file
 * (registry collections, 台账, registers, committees).
 * @param io - the outside world
 * @param file - the file
 * @param options - encoding, `--sheet`, multiline columns
 */
export async function readWholeSheet(
  io: CliIO,
  file: string,
  options: Omit<SheetFileOptions, 'chunkSize'>,
): Promise<TextSheet> {
  let header: readonly string[] = [];
  const rows: TextSheetRow[] = [];
  let counts: SheetCounts = { rows: 0, blank: 0, totals: 0, records: 0, lines: 0 };
  let workbook: WorkbookSheets | undefined;
  let titles: readonly TitleRow[] | undefined;
  let totals: readonly TitleRow[] | undefined;
  try {
    for await (const chunk of readSheetFile(io, file, { ...options, chunkSize: 10_000 })) {
      header = chunk.header;
      counts = chunk.counts;
      workbook = chunk.workbook;
      titles = chunk.titles;
      totals = chunk.totals;
      for (const r of chunk.rows)
        rows.push(
          r.cells.every((c) => typeof c === 'string')
            ? (r as TextSheetRow)
            : { ...r, cells: r.cells.map((c) => cellText(c)) },
        );
    }
  } catch (e) {
    // A file not found, a directory, an unreadable file, or text in another encoding: a usage error naming the file.
    const problem = encodingProblem(e, file);
    if (problem !== e) throw problem;
    throw fileError(e, file);
  }
  return { header, rows, counts, workbook, titles, totals };
}

/** How to read a sheet file: CSV (any encoding, any of the three delimiters) or a workbook's sheet. */
export interface SheetFileOptions extends SheetOptions {
  /** Forced text encoding, or `auto`. */
  readonly encoding: InputEncoding;
  /** Rows per chunk. */
  readonly chunkSize: number;
  /** The workbook's sheet (`--sheet`); default the first. */
  readonly sheet?: string | undefined;
  /** Reports progress (rows and bytes read so far). */
  readonly progress?: Progress | undefined;
}

/** True when a file name is a workbook's. */
export const isXlsxName = (file: string): boolean => /\.xlsx$/i.test(file);

/**
 * Reads a sheet file chunk by chunk: a CSV or delimited text streamed (encoding detected, delimiter sniffed), or the
 * first (or `--sheet`) sheet of an .xlsx (told by its name or its first bytes). The one reading layer every command
 * uses.
 * @param io - the outside world
 * @param file - the file (`-` for standard input)
 * @param options - see {@link SheetFileOptions}
 */
export async function* readSheetFile(io: CliIO, file: string, options: SheetFileOptions): AsyncGenerator<SheetChunk> {
  let first = true;
  let totals: readonly TitleRow[] = [];
  for await (const chunk of sheetChunks(io, file, options)) {
    // Rows looked past are reported, not silently dropped: once, before the first rows are computed.
    if (first && chunk.titles !== undefined && chunk.titles.length > 0)
      await io.stderr.write(
        msg(options.lang ?? 'zh', 'note_title_rows', {
          file,
          rows: chunk.titles.map((t) => ({ row: t.row, text: preview(t.text, 40) })),
        }),
      );
    first = false;
    totals = chunk.totals ?? totals;
    yield chunk;
  }
  // Totals rows come last in a sheet: named once the whole sheet is read, before the summary counts them (on a line of
  // its own, not after a terminal's progress line).
  if (totals.length > 0) {
    await options.progress?.clear();
    await io.stderr.write(
      msg(options.lang ?? 'zh', 'note_totals_rows', {
        file,
        rows: totals.slice(0, TOTALS_LISTED).map((t) => t.row),
        count: totals.length,
      }),
    );
  }
}

/** How many totals rows a note names by number (a sheet of subtotals per township may have hundreds). */
const TOTALS_LISTED = 20;

/** {@link readSheetFile} without its note: the chunks of a CSV or of a workbook's sheet. */
async function* sheetChunks(io: CliIO, file: string, options: SheetFileOptions): AsyncGenerator<SheetChunk> {
  const progress = options.progress;
  if (!isXlsxName(file)) {
    // A CSV, unless its first bytes say it is a workbook.
    const source = io.openRead(file);
    const it = source[Symbol.asyncIterator]();
    const first = await it.next();
    const head = first.done === true ? new Uint8Array(0) : first.value;
    if (!isXlsx(head)) {
      const again: AsyncIterable<Uint8Array> = {
        async *[Symbol.asyncIterator]() {
          if (first.done !== true) {
            progress?.bytes(head.length);
            yield head;
          }
          for (let r = await it.next(); r.done !== true; r = await it.next()) {
            progress?.bytes(r.value.length);
            yield r.value;
          }
        },
      };
      for await (const chunk of readSheet(again, options.encoding, options.chunkSize, options)) {
        progress?.rows(chunk.counts.rows);
        yield chunk;
      }
      return;
    }
    await it.return?.();
  } else if (file === '-') throw new UsageError('workbook_xlsx_cannot_read');
  const bytes = await io.readFile(file);
  let sheet;
  try {
    sheet = await readXlsx(bytes, {
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      chunkRows: options.chunkSize,
    });
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    const i = e.issues[0]!;
    throw new UsageError('file_issue', { file, i });
  }
  const counts: SheetCounts = { rows: 0, blank: 0, totals: 0, records: 0, lines: 0 };
  const workbook: WorkbookSheets = { sheet: sheet.name, sheets: sheet.sheets, named: options.sheet !== undefined };
  const search = new HeaderSearch<{ readonly row: number; readonly cells: readonly SheetCell[] }>();
  let header: readonly string[] | undefined;
  let titles: readonly TitleRow[] = [];
  const totals: TitleRow[] = [];
  let pending: SheetRow[] = [];
  let sent = false;
  const data = (r: { readonly row: number; readonly cells: readonly SheetCell[] }, blank: boolean) => {
    counts.rows++;
    if (blank) {
      counts.blank++;
      return;
    }
    const total = totalsText(r.cells);
    if (total === undefined) pending.push({ row: r.row, cells: r.cells });
    else {
      counts.totals++;
      totals.push({ row: r.row, text: total });
    }
  };
  const settle = (released: readonly { row: number; cells: readonly SheetCell[] }[]) => {
    header = search.header!.cells.map((c) => cellText(c));
    titles = search.titles;
    for (const d of released) data(d, false);
  };
  for (const chunk of sheet.chunks) {
    for (const r of chunk) {
      // A workbook stores no row element for an empty row: the rows skipped between two stored ones are blank rows,
      // counted as the CSV export of the same sheet counts its empty lines (rows read = computed + errors + blank +
      // totals).
      const gap = header === undefined ? 0 : Math.max(0, r.row - counts.records - 1);
      counts.rows += gap;
      counts.blank += gap;
      counts.records = r.row;
      counts.lines = r.row;
      const blank = r.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
      if (header === undefined) {
        // Title rows above the header (a merged title) are looked past, by the rule the library's readers follow.
        if (!blank) {
          const released = search.push(r);
          if (search.header !== undefined) settle(released);
        }
        continue;
      }
      data(r, blank);
    }
    progress?.rows(counts.rows);
    if (header !== undefined && pending.length >= options.chunkSize) {
      yield { header, rows: pending, counts, date1904: sheet.date1904, workbook, titles, totals };
      sent = true;
      pending = [];
    }
  }
  progress?.bytes(bytes.length);
  if (header === undefined) {
    const released = search.end();
    if (search.header !== undefined) settle(released);
  }
  if (header === undefined) return;
  if (pending.length > 0 || !sent)
    yield { header, rows: pending, counts, date1904: sheet.date1904, workbook, titles, totals };
}

/**
 * Progress of a long run on stderr: on a terminal one line that updates in place; otherwise (a log, a pipe) a line
 * every few seconds, with rows, percent of bytes and the time left. Silent with `--quiet` and for short runs.
 */
export class Progress {
  private read = 0;
  private rowCount = 0;
  private last: number;
  private readonly started: number;
  private shown = false;
  /** A terminal line is showing (not yet cleared or overwritten by other stderr output). */
  private onScreen = false;

  /**
   * @param io - stderr, the clock and whether stderr is a terminal
   * @param lang - output language
   * @param total - the input's size in bytes, when known
   * @param every - milliseconds between lines when stderr is not a terminal (default 5,000)
   */
  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
    private readonly total: number | undefined,
    private readonly every = 5000,
  ) {
    this.started = io.now();
    this.last = this.started;
  }

  /** Counts bytes read. */
  bytes(n: number): void {
    this.read += n;
  }

  /** Sets the rows read so far, and prints a line when it is time. */
  rows(n: number): void {
    this.rowCount = n;
    const now = this.io.now();
    const tty = this.io.stderrIsTTY;
    if (now - this.last < (tty ? 250 : this.every) || now - this.started < (tty ? 1000 : this.every)) return;
    this.last = now;
    this.shown = true;
    this.onScreen = tty;
    void this.io.stderr.write((tty ? '\r\x1b[K' : '') + this.line(now) + (tty ? '' : '\n'));
  }

  private line(now: number): string {
    const rows = count(this.rowCount);
    if (this.total === undefined || this.total === 0 || this.read === 0) return msg(this.lang, 'rows_read', { rows });
    const share = Math.min(1, this.read / this.total);
    const pct = `${Math.floor(share * 100)}%`;
    const left = share > 0 ? Math.round((((now - this.started) / share) * (1 - share)) / 1000) : undefined;
    const eta = left === undefined ? '' : msg(this.lang, 'progress_eta', { left });
    return msg(this.lang, 'progress', { rows, pct, eta });
  }

  /** Clears the updating line on a terminal, so that what stderr writes next starts a line of its own. */
  async clear(): Promise<void> {
    if (!this.onScreen) return;
    this.onScreen = false;
    await this.io.stderr.write('\r\x1b[K');
  }

  /** Clears the updating line on a terminal at the end of the run. */
  async done(): Promise<void> {
    await this.clear();
  }
}
