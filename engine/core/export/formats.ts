/**
 * The export formats, listed once: name, label and one line for lists in the UI (pure: no Node
 * code). The exporters (engine/export/index.ts) are keyed by these names, so a format without an
 * exporter, or an exporter without a line here, does not compile.
 */
export interface ExportFormatInfo {
  label: string;
  description: string;
}

const FORMAT_INFO = {
  tfjs: {
    label: 'TensorFlow.js',
    description: 'model.json and weights for tf.loadLayersModel (web pages, Node.js, tensorflowjs_converter).',
  },
  onnx: {
    label: 'ONNX',
    description: 'model.onnx (opset 13, NHWC input like tfjs) for onnxruntime, OpenVINO, TensorRT and mobile runtimes.',
  },
  web: {
    label: 'Web page',
    description: 'A folder with index.html that predicts on a dropped image, offline, from disk or any static server.',
  },
  pytorch: {
    label: 'PyTorch',
    description: 'model.py (an nn.Module), weights.safetensors, predict.py and train.py (one GPU or torchrun).',
  },
  keras: { label: 'Keras', description: 'model.py with the Keras 3 functional API and the weights as .npz.' },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof FORMAT_INFO;
/** In the order the UI lists them. */
export const EXPORT_FORMATS = Object.keys(FORMAT_INFO) as [ExportFormat, ...ExportFormat[]];

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(FORMAT_INFO, f);

/** @example exportFormatInfo('web').label // 'Web page' */
export const exportFormatInfo = (format: ExportFormat): ExportFormatInfo => FORMAT_INFO[format];
