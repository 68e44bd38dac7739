/** Every export format, listed once. Adding a format = one exporter file + one line here and in formats.ts. */
import type { ExportFormat } from './formats';
import { kerasExporter } from './keras';
import { onnxExporter } from './onnx';
import { pytorchExporter } from './pytorch';
import { tfjsExporter } from './tfjs';
import type { Exporter } from './types';
import { webExporter } from './web';

export { EXPORT_FORMATS, type ExportFormat } from './formats';

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  tfjs: tfjsExporter,
  onnx: onnxExporter,
  web: webExporter,
  pytorch: pytorchExporter,
  keras: kerasExporter,
};

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(EXPORTERS, f);
