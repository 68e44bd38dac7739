/** Turning what was found into report problems: grouped by kind, at most 50 files listed each, with the full count. */
import { isAbsolute, relative } from 'node:path';
import type { SkipKind, SkippedImage } from '../images/types';
import type { ReportProblem, ReportProblemKind } from '../../core/data/report/types';

const MAX_LISTED = 50;
/** Fewer images than this in a class is too few to learn or to measure it. */
export const FEW_IMAGES = 10;
/** Largest class over smallest above this is heavy imbalance. */
export const IMBALANCE_RATIO = 10;

export interface Finding {
  path: string;
  reason: string;
}

const SKIP_MESSAGES: Record<SkipKind, (n: number) => string> = {
  unreadable: n => `${n} file${s(n)} or folder${s(n)} could not be read`,
  corrupt: n => `${n} image${s(n)} ${n === 1 ? 'is' : 'are'} corrupt or truncated`,
  emptyFile: n => `${n} file${s(n)} ${n === 1 ? 'is' : 'are'} empty (0 bytes)`,
  notImage: n =>
    `${n} file${s(n)} ${n === 1 ? 'is not an image' : 'are not images'} Convas can read (JPEG, PNG, WebP, GIF, TIFF, BMP)`,
  tooLarge: n => `${n} image${s(n)} ${n === 1 ? 'is' : 'are'} too large (over 100 megapixels or 1 GB)`,
  emptyClass: n =>
    `${n} class folder${s(n)} ${n === 1 ? 'holds' : 'hold'} no usable images; ${n === 1 ? 'it is' : 'they are'} not a class`,
  badRow: n => `${n} CSV row${s(n)} ${n === 1 ? 'was' : 'were'} skipped`,
  symlinkLoop: n =>
    `${n} linked folder${s(n)} ${n === 1 ? 'was' : 'were'} not followed (a loop, or a folder already read)`,
  strayFile: n => `${n} file${s(n)} or folder${s(n)} outside the class folders ${n === 1 ? 'is' : 'are'} ignored`,
};

const s = (n: number) => (n === 1 ? '' : 's');

/**
 * One problem listing `findings` (absolute paths made relative to `root`), or none when there are none.
 * @example
 * listProblem('corrupt', 'warning', '2 images are corrupt', root, [{ path, reason: 'truncated' }]);
 */
export function listProblem(
  kind: ReportProblemKind,
  severity: ReportProblem['severity'],
  message: string,
  root: string,
  findings: Finding[],
  className?: string,
): ReportProblem[] {
  if (findings.length === 0) return [];
  const listed = findings.slice(0, MAX_LISTED);
  return [
    {
      kind,
      severity,
      message,
      count: findings.length,
      files: listed.map(f => (isAbsolute(f.path) ? relative(root, f.path) || '.' : f.path)),
      reasons: listed.map(f => f.reason),
      ...(className !== undefined && { className }),
    },
  ];
}

/**
 * Skipped files and folders (from indexing and decoding) grouped into one warning per kind.
 * @example
 * skippedProblems(index.skipped, index.root);
 */
export function skippedProblems(skipped: SkippedImage[], root: string): ReportProblem[] {
  const byKind = new Map<SkipKind, Finding[]>();
  for (const item of skipped) {
    const kind = item.kind ?? 'unreadable';
    const findings = byKind.get(kind);
    const finding = { path: item.path, reason: item.reason };
    if (findings) findings.push(finding);
    else byKind.set(kind, [finding]);
  }
  return [...byKind].flatMap(([kind, findings]) =>
    listProblem(kind, 'warning', SKIP_MESSAGES[kind](findings.length), root, findings),
  );
}

/**
 * Problems seen in the class counts: one class (an error: training refuses), few images, heavy imbalance.
 * @example
 * classProblems([{ className: 'cat', total: 120 }, { className: 'dog', total: 4 }]);
 */
export function classProblems(classes: { className: string; total: number }[]): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const present = classes.filter(c => c.total > 0);
  if (present.length === 1) {
    problems.push({
      kind: 'singleClass',
      severity: 'error',
      message: `Only one class, "${present[0]!.className}": a classifier needs at least two`,
      files: [],
      count: 1,
      className: present[0]!.className,
    });
  }
  const few = present.filter(c => c.total < FEW_IMAGES);
  if (few.length) {
    const names =
      few
        .slice(0, 10)
        .map(c => `"${c.className}" (${c.total})`)
        .join(', ') + (few.length > 10 ? `, and ${few.length - 10} more` : '');
    problems.push({
      kind: 'fewImages',
      severity: 'warning',
      message: `${few.length} class${few.length === 1 ? ' has' : 'es have'} fewer than ${FEW_IMAGES} images: ${names}`,
      files: [],
      count: few.length,
      ...(few.length === 1 && { className: few[0]!.className }),
    });
  }
  if (present.length >= 2) {
    const largest = present.reduce((a, b) => (b.total > a.total ? b : a));
    const smallest = present.reduce((a, b) => (b.total < a.total ? b : a));
    const ratio = largest.total / smallest.total;
    if (ratio > IMBALANCE_RATIO) {
      problems.push({
        kind: 'imbalance',
        severity: 'warning',
        files: [],
        count: 1,
        className: smallest.className,
        message: `Heavy class imbalance: "${largest.className}" has ${largest.total} images, "${smallest.className}" ${smallest.total} (${ratio.toFixed(0)}×); accuracy will favour the large class`,
      });
    }
  }
  return problems;
}
