/** Runs the PyTorch peer (torch_reference.py in the shared bench folder beside the repository) with the tuned environment of its NOTES.md. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PYTHON = '/usr/bin/python3';

export interface TorchRate {
  net: string;
  threads: number;
  batch: number;
  train_img_s: number;
  infer_img_s: number;
  torch: string;
}

export type TorchOutcome = { ok: true; rates: TorchRate[] } | { ok: false; reason: string };

/** The reference script: $CONVAS_TORCH_REFERENCE, else ../shared/bench/torch_reference.py beside the repo. */
export function torchReferencePath(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return process.env.CONVAS_TORCH_REFERENCE ?? path.resolve(repoRoot, '../shared/bench/torch_reference.py');
}

/**
 * OpenBLAS single-threaded inside torch's own 2 threads and glibc malloc kept from returning
 * memory to the OS: 3–6× faster on this machine (NOTES.md). The OpenBLAS core/L2 overrides some
 * shells export would mis-tune it, so they are dropped for this command only.
 */
export function tunedEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OPENBLAS_NUM_THREADS: '1',
    MALLOC_MMAP_THRESHOLD_: '33554432',
    MALLOC_TRIM_THRESHOLD_: '68719476736',
  };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

/**
 * Measures the PyTorch peer on the same nets and batch, or says why it cannot.
 *
 * @example
 * const torch = runTorchReference(['lenet', 'cifar'], 64);
 * if (torch.ok) console.log(torch.rates[0].train_img_s);
 */
export function runTorchReference(nets: string[], batch: number): TorchOutcome {
  const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8', timeout: 120_000 });
  if (probe.error || probe.status !== 0) {
    return { ok: false, reason: `PyTorch is not importable by ${PYTHON} (apt-get install -y python3-torch)` };
  }
  const script = torchReferencePath();
  if (!existsSync(script)) return { ok: false, reason: `${script} not found (set CONVAS_TORCH_REFERENCE)` };
  const run = spawnSync(PYTHON, [script, '--nets', nets.join(','), '--batch', String(batch)], {
    encoding: 'utf8',
    env: tunedEnvironment(),
    timeout: 30 * 60_000,
  });
  if (run.error || run.status !== 0) {
    return { ok: false, reason: `${script} failed: ${run.error?.message ?? run.stderr.trim().split('\n').at(-1)}` };
  }
  const rates = run.stdout
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line) as TorchRate);
  return { ok: true, rates };
}
