/**
 * A name and one line per export format, for lists in the UI (pure: no Node code). Formats still
 * missing here show their bare name; test/engine/export/formatInfo.test.ts flags them.
 */
import type { ExportFormat } from './formats';

export interface ExportFormatInfo { label: string; description: string }

const INFO: Record<string, ExportFormatInfo> = {
  tfjs: { label: 'TensorFlow.js', description: 'model.json and weights for tf.loadLayersModel (web pages, Node.js, tensorflowjs_converter).' },
  onnx: { label: 'ONNX', description: 'model.onnx for onnxruntime, OpenVINO, TensorRT and mobile runtimes.' },
  pytorch: { label: 'PyTorch', description: 'model.py (an nn.Module), weights.safetensors, predict.py and train.py (one GPU or torchrun).' },
  keras: { label: 'Keras', description: 'model.py with the Keras functional API and the weights as .npz.' },
  web: { label: 'Web page', description: 'A folder with index.html that predicts on a dropped image, offline, from disk or any static server.' },
};

/** @example exportFormatInfo('web').label // 'Web page' */
export const exportFormatInfo = (format: ExportFormat | string): ExportFormatInfo =>
  (Object.hasOwn(INFO, format) ? INFO[format] : undefined) ?? { label: format, description: '' };

export const hasExportFormatInfo = (format: string): boolean => Object.hasOwn(INFO, format);
