/**
 * TensorFlow.js LayersModel files on disk (model.json + weights .bin), the same format
 * `tf.loadLayersModel('file://…')` and tensorflowjs_converter read. Writes are crash-safe: the
 * weights go to a new file first, then model.json is replaced atomically, so the folder always
 * holds one complete model.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { ConvasError } from '../core/errors';
import { registerAugmentationClasses } from './augment';
import { withDepthMultipliers } from './separableConfig';

const weightsFileName = /^weights(-[0-9a-f]+)?\.bin$/;

const modelJsonSchema = z
  .object({
    modelTopology: z.record(z.string(), z.unknown()),
    format: z.string().optional(),
    generatedBy: z.string().optional(),
    convertedBy: z.string().nullable().optional(),
    weightsManifest: z.array(
      z.object({
        paths: z.array(z.string().regex(/^[^/\\]+$/, 'weight paths must be plain file names in the model folder')),
        weights: z.array(
          z
            .object({
              name: z.string(),
              shape: z.array(z.number().int().min(0)),
              dtype: z.enum(['float32', 'int32', 'bool']),
            })
            .passthrough(),
        ),
      }),
    ),
    userDefinedMetadata: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();

function concat(data: ArrayBuffer | ArrayBuffer[]): Uint8Array {
  const parts = Array.isArray(data) ? data : [data];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return out;
}

/** Saves a model into `dir` (created if needed); extra metadata goes to userDefinedMetadata. */
export async function saveModel(
  model: tfl.LayersModel,
  dir: string,
  metadata: Record<string, unknown> = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async artifacts => {
      const weightsFile = `weights-${randomBytes(4).toString('hex')}.bin`;
      const weights = concat(artifacts.weightData ?? new ArrayBuffer(0));
      await writeFileAtomic(
        path.join(dir, weightsFile),
        Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
      );
      const json = {
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: 'Convas',
        modelTopology: withDepthMultipliers(artifacts.modelTopology, model),
        weightsManifest: [{ paths: [weightsFile], weights: artifacts.weightSpecs ?? [] }],
        userDefinedMetadata: metadata,
      };
      await writeFileAtomic(path.join(dir, 'model.json'), JSON.stringify(json));
      for (const f of await readdir(dir)) {
        if (weightsFileName.test(f) && f !== weightsFile) await unlink(path.join(dir, f)).catch(() => undefined);
      }
      return {
        modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength },
      };
    }),
  );
}

/** Reads and checks model.json and its weights from `dir` (or a model.json path). */
async function readModelArtifacts(location: string): Promise<tf.io.ModelArtifacts> {
  const file = location.endsWith('.json') ? path.resolve(location) : path.resolve(location, 'model.json');
  const dir = path.dirname(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${file}: no model.json there`,
      'Point --weights at the folder `convas train` wrote (it holds model.json).',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ConvasError('FILE_NOT_JSON', `${file}: ${(e as Error).message}`);
  }
  const result = modelJsonSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConvasError('FILE_SCHEMA', `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const json = result.data;
  const buffers: Uint8Array[] = [];
  for (const p of json.weightsManifest.flatMap(g => g.paths)) {
    try {
      buffers.push(await readFile(path.join(dir, p)));
    } catch {
      throw new ConvasError('FILE_UNREADABLE', `${path.join(dir, p)}: weights file named in model.json is missing`);
    }
  }
  const weightData = concat(buffers.map(b => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer))
    .buffer as ArrayBuffer;
  const weightSpecs = json.weightsManifest.flatMap(g => g.weights) as tf.io.WeightsManifestEntry[];
  const expected = weightSpecs.reduce((n, w) => n + 4 * w.shape.reduce((a, b) => a * b, 1), 0);
  if (expected !== weightData.byteLength) {
    throw new ConvasError(
      'FILE_SCHEMA',
      `${dir}: weights hold ${weightData.byteLength} bytes but model.json describes ${expected}`,
    );
  }
  return { modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'], weightSpecs, weightData };
}

/** Loads a saved LayersModel with its weights. */
export async function loadModel(location: string): Promise<tfl.LayersModel> {
  // Checkpoints of graphs with augmentation hold Convas' own layer classes.
  registerAugmentationClasses();
  return tfl.loadLayersModel(tf.io.fromMemory(await readModelArtifacts(location)));
}
