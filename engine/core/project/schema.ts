/**
 * The project file (`*.convas.json`): zod schemas are the source of truth, types are inferred.
 * Params are kept as raw values here; each kind's param specs check them (engine/graph/params.ts)
 * so that one bad param shows as a problem on its node instead of making the file unloadable.
 */
import { z } from 'zod';

export const CURRENT_VERSION = 2;

/** The longest project name a file holds. */
export const PROJECT_NAME_MAX = 200;

/** A project's stable id: a UUID from Convas, or any short path-safe name a person wrote. */
export const projectIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'an id is 1–100 letters, digits, - or _');

const finite = z.number().finite();

export const positionSchema = z.object({ x: finite, y: finite });

export const nodeSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.string().min(1),
    params: z.record(z.string(), z.unknown()).default({}),
    position: positionSchema.default({ x: 0, y: 0 }),
    /** false freezes the node's weights while training (fine-tuning an imported model). */
    trainable: z.boolean().optional(),
  })
  .strict();

export const edgeSchema = z
  .object({
    source: z.string().min(1),
    target: z.string().min(1),
  })
  .strict();

export const builtinDatasetSchema = z
  .object({
    kind: z.literal('builtin'),
    name: z.enum(['mnist']),
  })
  .strict();

export const idxDatasetSchema = z
  .object({
    kind: z.literal('idx'),
    /** Paths relative to the project file; `.gz` files are decompressed on the fly. */
    trainImages: z.string().min(1),
    trainLabels: z.string().min(1),
    testImages: z.string().min(1).optional(),
    testLabels: z.string().min(1).optional(),
    classNames: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine(d => (d.testImages === undefined) === (d.testLabels === undefined), {
    message: 'testImages and testLabels go together: give both or neither',
    path: ['testLabels'],
  });

/** How an image of another size is fitted to the Input node's height × width. */
export const RESIZE_MODES = ['stretch', 'centerCrop', 'letterbox'] as const;

export const folderDatasetSchema = z
  .object({
    kind: z.literal('folder'),
    /**
     * Relative to the project file unless absolute. Either one subfolder per class (names become
     * the class labels, sorted by code point) or train/, val/, test/ subfolders holding class folders.
     */
    path: z.string().min(1),
    resize: z.enum(RESIZE_MODES).default('stretch'),
  })
  .strict();

export const csvDatasetSchema = z
  .object({
    kind: z.literal('csv'),
    /** The CSV file; image paths in it are relative to the CSV's folder. */
    path: z.string().min(1),
    imageColumn: z.string().min(1),
    /** Class names (classification) or numbers (regression); several columns = several regression targets. */
    labelColumn: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(64)]),
    task: z.enum(['classification', 'regression']).default('classification'),
    resize: z.enum(RESIZE_MODES).default('stretch'),
  })
  .strict();

export const datasetSchema = z.discriminatedUnion('kind', [
  builtinDatasetSchema,
  idxDatasetSchema,
  folderDatasetSchema,
  csvDatasetSchema,
]);

export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad'] as const;

export const trainingSchema = z
  .object({
    epochs: z.number().int().min(1).max(10_000).default(5),
    batchSize: z.number().int().min(1).max(4096).default(64),
    optimizer: z.enum(OPTIMIZERS).default('adam'),
    learningRate: z.number().positive().max(10).default(0.001),
    /** SGD only. */
    momentum: z.number().min(0).max(0.999).default(0.9),
    validationSplit: z.number().min(0).max(0.5).default(0.1),
    /** Share held out for testing when the dataset has no test split of its own (folder and CSV datasets). */
    testSplit: z.number().min(0).max(0.5).default(0.1),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(42),
    earlyStopping: z
      .object({
        patience: z.number().int().min(1).max(1000),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const projectSchema = z
  .object({
    version: z.literal(CURRENT_VERSION),
    /** Every run records it; the app lists a project's runs by it. New, Save As and templates get a new one. */
    id: projectIdSchema,
    name: z.string().min(1).max(PROJECT_NAME_MAX),
    description: z.string().max(2000).optional(),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
    dataset: datasetSchema,
    training: trainingSchema.default(trainingSchema.parse({})),
  })
  .strict();

export type Project = z.infer<typeof projectSchema>;
export type ProjectNode = z.infer<typeof nodeSchema>;
export type ProjectEdge = z.infer<typeof edgeSchema>;
export type DatasetSpec = z.infer<typeof datasetSchema>;
export type IdxDatasetSpec = z.infer<typeof idxDatasetSchema>;
export type FolderDatasetSpec = z.infer<typeof folderDatasetSchema>;
export type CsvDatasetSpec = z.infer<typeof csvDatasetSchema>;
export type ResizeMode = (typeof RESIZE_MODES)[number];
export type TrainingConfig = z.infer<typeof trainingSchema>;
export type OptimizerName = (typeof OPTIMIZERS)[number];
/** The graph part of a project: what shape inference, validation and compile read. */
export type Graph = Pick<Project, 'nodes' | 'edges'>;
