/** The bench's result table, plain text with aligned columns. */

export interface BenchRow {
  net: string;
  trainRate: number;
  inferRate: number;
  torchTrainRate?: number;
  torchInferRate?: number;
}

const rate = (value: number | undefined) => (value === undefined ? '–' : Math.round(value).toLocaleString('en-US'));
const ratio = (ours: number, theirs: number | undefined) => (theirs ? `${(ours / theirs).toFixed(2)}×` : '–');

/**
 * Formats the rows as an aligned table; the ratio columns are Convas' rate over PyTorch's.
 *
 * @example
 * console.log(formatTable([{ net: 'lenet', trainRate: 2400, inferRate: 14700, torchTrainRate: 13800, torchInferRate: 36000 }]));
 */
export function formatTable(rows: BenchRow[]): string {
  const header = [
    'net',
    'convas train img/s',
    'convas infer img/s',
    'torch train img/s',
    'torch infer img/s',
    'train ratio',
    'infer ratio',
  ];
  const cells = rows.map(r => [
    r.net,
    rate(r.trainRate),
    rate(r.inferRate),
    rate(r.torchTrainRate),
    rate(r.torchInferRate),
    ratio(r.trainRate, r.torchTrainRate),
    ratio(r.inferRate, r.torchInferRate),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
