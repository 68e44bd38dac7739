/**
 * CSV datasets: a header row, one image path per row (relative to the CSV's folder) and class
 * names or numeric targets. Bad rows are skipped and listed, never fatal; a missing column is.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ConvasError } from '../../core/errors';
import type { CsvDatasetSpec } from '../../core/project/schema';
import { mapLimit } from './concurrency';
import { byCodePoint, isImageName } from './names';
import type { ScannedImages, SkippedImage } from './types';

const STAT_CONCURRENCY = 32;
/** Labels are stored as uint16. */
const MAX_CLASSES = 65_535;

interface CsvRow {
  line: number;
  image: string;
  /** Class name (classification) or the target cells (regression). */
  label: string;
  targets: number[];
}

/**
 * Reads a CSV dataset's rows and checks each image path exists, without opening any image.
 * @example
 * const scanned = await scanCsvDataset({ kind: 'csv', path: 'faces.csv', imageColumn: 'file',
 *   labelColumn: 'age', task: 'regression', resize: 'stretch' }, projectDir);
 */
export async function scanCsvDataset(spec: CsvDatasetSpec, baseDir: string): Promise<ScannedImages> {
  const file = resolve(baseDir, spec.path);
  const root = dirname(file);
  const skipped: SkippedImage[] = [];
  const records = parseCsv(await readCsv(file), file, skipped);
  const header = records.shift()?.record.map(cell => cell.trim());
  if (!header || header.every(cell => cell === ''))
    throw new ConvasError('DATASET_FORMAT', `${file} is empty; it needs a header row naming its columns`);
  const targetNames = Array.isArray(spec.labelColumn) ? spec.labelColumn : [spec.labelColumn];
  const imageAt = columnIndex(header, spec.imageColumn, file);
  const labelAt = targetNames.map(name => columnIndex(header, name, file));
  const regression = spec.task === 'regression';
  if (!regression && targetNames.length > 1) {
    throw new ConvasError(
      'DATASET_COLUMN',
      `A classification CSV takes one label column, got ${targetNames.length} (${targetNames.join(', ')})`,
      "Give one labelColumn, or set task: 'regression' for several numeric targets.",
    );
  }
  const badRow = (line: number, reason: string) =>
    skipped.push({ path: `${file}:${line}`, kind: 'badRow', reason: `line ${line}: ${reason}` });
  const rows = readRows(records, header.length, { image: imageAt, labels: labelAt }, spec, badRow);
  const usable = await checkImages(rows, root, skipped, badRow);
  const classNames = regression ? [] : [...new Set(usable.map(r => r.label))].sort(byCodePoint);
  if (classNames.length > MAX_CLASSES) {
    throw new ConvasError(
      'DATASET_FORMAT',
      `${file} has ${classNames.length} different labels in ${spec.labelColumn}; at most ${MAX_CLASSES} classes are supported`,
      "If the labels are numbers to predict, set task: 'regression'.",
    );
  }
  const classIndex = new Map(classNames.map((name, i) => [name, i]));
  const paths = usable.map(r => r.path);
  const all = regression
    ? { paths, targets: Float32Array.from(usable.flatMap(r => r.targets)), count: paths.length }
    : { paths, labels: Uint16Array.from(usable, r => classIndex.get(r.label)!), count: paths.length };
  const name = `${basename(root)}/${basename(file)}`;
  return {
    name,
    root,
    task: spec.task,
    classNames,
    targetNames: regression ? targetNames : [],
    pool: { all },
    skipped,
  };
}

/** The rows with an image path and usable labels; the others become bad-row entries. */
function readRows(
  records: { record: string[]; info: { lines: number } }[],
  width: number,
  at: { image: number; labels: number[] },
  spec: CsvDatasetSpec,
  badRow: (line: number, reason: string) => void,
): CsvRow[] {
  const names = Array.isArray(spec.labelColumn) ? spec.labelColumn : [spec.labelColumn];
  const rows: CsvRow[] = [];
  for (const {
    record,
    info: { lines: line },
  } of records) {
    if (record.length !== width) {
      badRow(line, `${record.length} fields, the header has ${width}`);
      continue;
    }
    const image = record[at.image]!.trim();
    const cells = at.labels.map(i => record[i]!.trim());
    if (!image) {
      badRow(line, `no image path in column ${spec.imageColumn}`);
      continue;
    }
    const missing = cells.indexOf('');
    if (missing >= 0) {
      badRow(line, `no value in column ${names[missing]}`);
      continue;
    }
    const targets = spec.task === 'regression' ? cells.map(Number) : [];
    const nonNumeric = targets.findIndex(t => !Number.isFinite(t));
    if (nonNumeric >= 0) {
      badRow(line, `target "${cells[nonNumeric]}" in column ${names[nonNumeric]} is not a number`);
      continue;
    }
    rows.push({ line, image, label: cells[0]!.normalize('NFC'), targets });
  }
  return rows;
}

async function readCsv(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConvasError('DATASET_MISSING', `CSV file not found: ${file}`);
    if (code === 'EISDIR')
      throw new ConvasError(
        'DATASET_FORMAT',
        `${file} is a folder, not a CSV file`,
        "For a folder of class subfolders use { kind: 'folder', path }.",
      );
    throw new ConvasError('DATASET_MISSING', `Cannot read CSV file ${file}: ${code ?? String(e)}`);
  }
}

function parseCsv(text: string, file: string, skipped: SkippedImage[]) {
  return parse(text, {
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: err => {
      skipped.push({
        path: `${file}:${err?.lines ?? '?'}`,
        kind: 'badRow',
        reason: `line ${err?.lines ?? '?'}: ${err?.message ?? 'unreadable row'}`,
      });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
}

function columnIndex(header: string[], name: string, file: string): number {
  const at = header.indexOf(name);
  if (at < 0) {
    throw new ConvasError(
      'DATASET_COLUMN',
      `${file} has no column "${name}"; its columns are: ${header.map(h => `"${h}"`).join(', ')}`,
    );
  }
  return at;
}

/** Resolves each row's image and keeps the rows whose image is a non-empty file with an image extension. */
async function checkImages(
  rows: CsvRow[],
  root: string,
  skipped: SkippedImage[],
  badRow: (line: number, reason: string) => void,
) {
  const checked = await mapLimit(rows, STAT_CONCURRENCY, async row => {
    // CSVs written on Windows use backslashes; on POSIX they would be part of the file name.
    const path = resolve(root, sep === '/' ? row.image.replaceAll('\\', '/') : row.image);
    if (!isImageName(path)) {
      skipped.push({ path, kind: 'notImage', reason: `line ${row.line}: not an image file name` });
      return undefined;
    }
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        badRow(row.line, `${row.image} is not a file`);
        return undefined;
      }
      if (info.size === 0) {
        skipped.push({ path, kind: 'emptyFile', reason: 'empty file (0 bytes)' });
        return undefined;
      }
      return { ...row, path };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      badRow(row.line, code === 'ENOENT' ? `image not found: ${row.image}` : `cannot read ${row.image} (${code})`);
      return undefined;
    }
  });
  return checked.filter(r => r !== undefined);
}
