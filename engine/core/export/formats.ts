/**
 * The export formats, listed once (pure: no Node code): the UI's list, the CLI's --format help and
 * the README's table (test/readme) read it. The exporters (engine/export/index.ts) are keyed by these
 * names, so a format without an exporter, or an exporter without an entry here, does not compile.
 */
export interface ExportFormatInfo {
  label: string;
  /** One line for lists in the UI. */
  description: string;
  /** The files written (Markdown, for the README). */
  writes: string;
  /** How the tests check an export by loading it back in its runtime (Markdown, for the README). */
  verifiedBy: string;
}

const FORMAT_INFO = {
  tfjs: {
    label: 'TensorFlow.js',
    description: 'model.json and weights for tf.loadLayersModel (web pages, Node.js, tensorflowjs_converter).',
    writes: 'TensorFlow.js LayersModel: `model.json` + weights',
    verifiedBy: '`tf.loadLayersModel`, same predictions',
  },
  onnx: {
    label: 'ONNX',
    description: 'model.onnx (opset 13, NHWC input like tfjs) for onnxruntime, OpenVINO, TensorRT and mobile runtimes.',
    writes: '`model.onnx` (opset 13, NHWC input) + `labels.json`',
    verifiedBy: 'onnxruntime-node on 100 inputs, every template and an every-kind graph: max diff < 1e-4',
  },
  web: {
    label: 'Web page',
    description: 'A folder with index.html that predicts on a dropped image, offline, from disk or any static server.',
    writes: 'an offline page: drop an image, see the probabilities',
    verifiedBy: 'headless Chromium from `file://`, no network, same numbers as tfjs',
  },
  pytorch: {
    label: 'PyTorch',
    description: 'model.py (an nn.Module), weights.safetensors, predict.py and train.py (one GPU or torchrun).',
    writes: '`model.py` (`nn.Module`), `weights.safetensors`, `predict.py`, `train.py` (one process or `torchrun` DDP)',
    verifiedBy:
      "Debian's `python3-torch`: predictions < 1e-4 of tfjs; `train.py` one epoch; `torchrun --nproc_per_node 2`",
  },
  keras: {
    label: 'Keras',
    description: 'model.py with the Keras 3 functional API and the weights as .npz.',
    writes: '`model.py` (Keras 3 functional API) + `weights.npz`',
    verifiedBy: '`py_compile` and a recording stand-in for Keras (TensorFlow is not installable here)',
  },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof FORMAT_INFO;
/** In the order the UI lists them. */
export const EXPORT_FORMATS = Object.keys(FORMAT_INFO) as [ExportFormat, ...ExportFormat[]];

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(FORMAT_INFO, f);

/** @example exportFormatInfo('web').label // 'Web page' */
export const exportFormatInfo = (format: ExportFormat): ExportFormatInfo => FORMAT_INFO[format];
