/** Every format's writer, keyed by the format names of formats.ts: adding a format = one line there, one exporter file and one line here. */
import type { ExportFormat } from '../core/export/formats';
import { kerasExporter } from './keras';
import { onnxExporter } from './onnx';
import { pytorchExporter } from './pytorch';
import { tfjsExporter } from './tfjs';
import type { Exporter } from './types';
import { webExporter } from './web';

export { EXPORT_FORMATS, exportFormatInfo, isExportFormat, type ExportFormat } from '../core/export/formats';

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  tfjs: tfjsExporter,
  onnx: onnxExporter,
  web: webExporter,
  pytorch: pytorchExporter,
  keras: kerasExporter,
};
