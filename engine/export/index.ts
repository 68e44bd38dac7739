/** Every export format, listed once. Adding a format = one exporter file + one line here and in formats.ts. */
import type { ExportFormat } from './formats';
import { tfjsExporter } from './tfjs';
import type { Exporter } from './types';

export { EXPORT_FORMATS, type ExportFormat } from './formats';

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  tfjs: tfjsExporter,
};

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(EXPORTERS, f);
