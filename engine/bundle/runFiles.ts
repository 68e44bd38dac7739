/** Checks one run folder of a bundle: run.json, and model.json with exactly the weights it names. */
import { z } from 'zod';
import { ConvasError } from '../core/errors';
import { parseProject } from '../core/project/parse';

const modelJsonSchema = z
  .object({
    modelTopology: z.record(z.string(), z.unknown()),
    weightsManifest: z.array(
      z.object({
        paths: z.array(z.string()),
        weights: z.array(
          z
            .object({ name: z.string(), shape: z.array(z.number().int().min(0)), dtype: z.enum(['float32', 'int32']) })
            .passthrough(),
        ),
      }),
    ),
  })
  .passthrough();

const runJsonSchema = z.object({ convas: z.literal('run'), project: z.unknown() }).passthrough();

function json(where: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new ConvasError('BUNDLE_CONTENT', `${where} is not valid JSON: ${(e as Error).message}`);
  }
}

function schemaIssue(where: string, error: z.ZodError): ConvasError {
  const issue = error.issues[0]!;
  return new ConvasError('BUNDLE_CONTENT', `${where}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

/**
 * @example checkRunFiles('runs/lenet', new Map([['run.json', bytes], ['model.json', …], ['weights-ab12.bin', …]]))
 */
export function checkRunFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  const record = files.get('run.json');
  if (!record) throw new ConvasError('BUNDLE_CONTENT', `${dir} has no run.json`);
  const run = runJsonSchema.safeParse(json(`${dir}/run.json`, record));
  if (!run.success) throw schemaIssue(`${dir}/run.json`, run.error);
  try {
    parseProject(run.data.project);
  } catch (e) {
    if (e instanceof ConvasError) throw new ConvasError('BUNDLE_CONTENT', `${dir}/run.json: project: ${e.message}`);
    throw e;
  }
  const modelBytes = files.get('model.json');
  const weightFiles = [...files.keys()].filter(f => f.endsWith('.bin'));
  if (!modelBytes) {
    if (weightFiles.length) throw new ConvasError('BUNDLE_CONTENT', `${dir} holds weights but no model.json`);
    return;
  }
  const model = modelJsonSchema.safeParse(json(`${dir}/model.json`, modelBytes));
  if (!model.success) throw schemaIssue(`${dir}/model.json`, model.error);
  const named = model.data.weightsManifest.flatMap(g => g.paths);
  const missing = named.find(p => !files.has(p) || !p.endsWith('.bin'));
  if (missing !== undefined)
    throw new ConvasError(
      'BUNDLE_CONTENT',
      `${dir}/model.json names the weights file ${JSON.stringify(missing)}, which the bundle does not hold`,
    );
  const extra = weightFiles.find(f => !named.includes(f));
  if (extra) throw new ConvasError('BUNDLE_CONTENT', `${dir}/${extra} is not named in model.json`);
  const expected = model.data.weightsManifest
    .flatMap(g => g.weights)
    .reduce((n, w) => n + 4 * w.shape.reduce((a, b) => a * b, 1), 0);
  const actual = named.reduce((n, p) => n + files.get(p)!.byteLength, 0);
  if (expected !== actual)
    throw new ConvasError(
      'BUNDLE_CONTENT',
      `${dir}: the weights hold ${actual} bytes but model.json describes ${expected}`,
    );
}
