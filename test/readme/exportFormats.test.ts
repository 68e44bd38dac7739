/** The README's table of export formats is the format table itself, rendered: it cannot drift. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormatInfo } from '../../engine/core/export/formats';

/** A Markdown table with padded columns, as a formatter would write it. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map(r => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const exportFormatsTable = (): string =>
  markdownTable(
    ['format', 'what you get', 'checked in the tests by'],
    EXPORT_FORMATS.map(f => [`\`${f}\``, exportFormatInfo(f).writes, exportFormatInfo(f).verifiedBy]),
  );

describe('README', () => {
  it('lists the export formats exactly as engine/core/export/formats.ts does (paste the expected table if this fails)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = exportFormatsTable();
    expect(readme.includes(table), `README.md should contain:\n${table}`).toBe(true);
  });
});
