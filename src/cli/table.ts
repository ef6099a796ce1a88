/**
 * Plain-text tables for the terminal, aligned for Chinese text (a CJK character takes two columns).
 * @module
 */

/**
 * Display width of a string in a terminal: 2 for East Asian wide and full-width characters, 1 otherwise.
 * @param text - the text
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

/**
 * Renders rows as an aligned table; columns listed in `right` are right-aligned (numbers, amounts).
 * @param header - column titles
 * @param rows - cell texts
 * @param right - indexes of right-aligned columns
 * @example
 * ```ts
 * renderTable(['岗位', '人数'], [['正职', '12']], [1]);
 * // '岗位  人数\n----  ----\n正职    12\n'
 * ```
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const widths = header.map((h) => displayWidth(h));
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const pad = (cell: string, i: number) => {
    const gap = ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell)));
    return right.includes(i) ? gap + cell : cell + gap;
  };
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd() + '\n';
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}
