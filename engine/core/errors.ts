/**
 * The one catalogue of problems users can see. Codes are stable (tests, docs and the UI key on
 * them); each has a default fix hint that a specific message may sharpen.
 */
export const ERROR_CATALOGUE = {
  // project file
  FILE_UNREADABLE: 'Check the path and that the file is readable.',
  FILE_NOT_JSON: 'The file must be JSON; fix the syntax error at the position given.',
  FILE_SCHEMA: 'Fix the field named; see templates/ for valid project files.',
  FILE_VERSION: 'This file was written by a newer Convas; update Convas to open it.',
  // graph structure
  UNKNOWN_KIND: 'Use one of the layer kinds in the palette (engine/layers).',
  DUPLICATE_ID: 'Give every node a unique id.',
  EDGE_DANGLING: 'Remove the edge or add the node it names.',
  EDGE_DUPLICATE: 'Remove the repeated connection; to use a tensor twice in a merge, route it through an extra layer.',
  GRAPH_CYCLE: 'Remove one of the edges in the loop: data must flow one way, from input to output.',
  NO_INPUT_NODE: 'Add an Input node and connect it to the first layer.',
  NO_OUTPUT_NODE: 'Add an Output node after the last layer.',
  MULTIPLE_INPUT_NODES: 'Keep one Input node; a dataset feeds one image tensor.',
  MULTIPLE_OUTPUT_NODES: 'Keep one Output node.',
  INPUT_MISSING: 'Connect a layer into this node.',
  TOO_MANY_INPUTS: 'This layer takes one input; merge branches first with Add or Concatenate.',
  MERGE_TOO_FEW_INPUTS: 'Connect at least two branches into this merge node.',
  UNREACHABLE: 'Connect this node between the input and the output, or delete it.',
  // shapes
  MERGE_SHAPE_MISMATCH: 'Make the branches produce the same shape (match filters, strides and padding).',
  NEEDS_FLAT: 'Add Flatten or GlobalAveragePooling2D before this layer.',
  NEEDS_IMAGE: 'This layer needs an image tensor (height × width × channels); move it before Flatten/Dense.',
  WINDOW_TOO_LARGE: "Use a smaller window, 'same' padding, or remove a pooling layer before it.",
  SHAPE_EMPTY: "A dimension shrank to zero: use 'same' padding, smaller strides or fewer pooling layers.",
  CROP_TOO_LARGE: 'Make the crop no larger than the image reaching this node (see the Input shape).',
  // augmentation
  AUGMENTATION_PLACEMENT:
    'Connect augmentation layers straight after the Input node (chains of them are fine): they change the images themselves and pass no gradient back.',
  NOT_AUGMENTATION: 'Pick an augmentation node (Random Flip, Random Crop, …) to preview.',
  // params
  PARAM_UNKNOWN: 'Remove the param or correct its name.',
  PARAM_TYPE: 'Give the param a value of the type shown.',
  PARAM_RANGE: 'Choose a value inside the range shown.',
  // dataset fit
  OUTPUT_UNITS_MISMATCH: "Set the Output node's units to 'auto' or to the dataset's class count.",
  OUTPUT_UNITS_UNKNOWN: "Choose a dataset so 'auto' units can be resolved, or set units to a number.",
  OUTPUT_TASK_MISMATCH:
    "Set the Output node's task to the dataset's (a CSV dataset's task decides it: classification for class names, regression for numbers).",
  INPUT_SHAPE_MISMATCH: "Set the Input node's shape to the dataset's image shape.",
  // datasets
  DATASET_MISSING: 'Check the dataset paths; they are relative to the project file.',
  DATASET_FORMAT: 'The file is not valid for this dataset kind; re-download or re-export it.',
  DATASET_MISMATCH: 'Images and labels must come from the same set; check you paired the right files.',
  DATASET_EMPTY:
    'Put the images in one subfolder per class (or in train/, val/ and test/ folders that hold the class folders).',
  DATASET_ONE_CLASS:
    'A classifier needs at least two classes: add a folder (or CSV label) of images for another class.',
  DATASET_COLUMN: 'Use one of the column names in the CSV header row (names are case-sensitive).',
  // training
  TRAINING_CONFIG: 'Fix the training setting named.',
  TRAIN_NAN: 'The loss became NaN or infinite: lower the learning rate (try 10× smaller) or add BatchNormalization.',
  WEIGHTS_MISMATCH: 'Export with the weights that were trained on this very graph.',
  RUN_NOT_FOUND: 'Choose one of the runs listed for this project, or train it first.',
  RUN_NO_MODEL:
    'The run was stopped before its first epoch ended, so it saved no model: choose another run or train again.',
  EXPORT_UNSUPPORTED: 'Remove or replace the layer named, or choose another format.',
  EXPORT_FOLDER_IN_USE:
    'Choose a new or empty folder for the export: Convas replaces a folder only when it holds an earlier export of the same format.',
  // import
  IMPORT_UNSUPPORTED:
    'Convas has no layer for the classes named: rebuild those parts in Convas, or export a model without them.',
  IMPORT_FORMAT:
    'The model file or its weights are damaged or not in a format Convas reads (a TensorFlow.js LayersModel: model.json + .bin weights, or an ONNX model); re-export it, e.g. with tensorflowjs_converter.',
  // project bundles (*.convas)
  BUNDLE_CORRUPT: 'The .convas file is damaged or is not a Convas bundle; ask for a fresh copy.',
  BUNDLE_UNSAFE:
    'The bundle names a file outside its own folder; Convas refuses to open it. Ask for a bundle saved by Convas.',
  BUNDLE_TOO_LARGE: 'The bundle is larger than Convas opens; leave out some runs when saving it.',
  BUNDLE_CONTENT: 'The bundle holds a file Convas does not expect or cannot read; save the bundle again with Convas.',
  // the app itself
  UI_NOT_BUILT: 'Run `npm install` and then `npm run build` in the Convas folder, then start again.',
  INTERNAL: 'This is a bug in Convas; please report it with the project file.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** A problem a user can see and fix; `nodeId`/`field` point at the place. */
export interface Problem {
  code: ErrorCode;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
  nodeId?: string;
  field?: string;
}

export function problem(
  code: ErrorCode,
  message: string,
  extra: Partial<Omit<Problem, 'code' | 'message'>> = {},
): Problem {
  return { code, message, hint: ERROR_CATALOGUE[code], severity: 'error', ...extra };
}

/** An error for bad user input (exit code 2 in the CLI, a message in the UI). */
export class ConvasError extends Error {
  override readonly name = 'ConvasError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string = ERROR_CATALOGUE[code],
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}
