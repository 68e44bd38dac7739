/**
 * Training and inference throughput of Convas on the selected backend, next to PyTorch's on the
 * same nets (torch_reference.py) when it is installed. Prints a table of images per second and
 * ratios; never asserts (see DESIGN.md: benchmarks print ratios).
 *
 * usage: tsx test/bench/trainBench.ts [--nets lenet,cifar] [--batch 64] [--steps N] [--backend wasm] [--no-torch]
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { selectBackend, type BackendName } from '../../engine/tf/backend';
import type { ChosenTrainStep } from '../../engine/train/selectTrainStep';
import { medianRate } from './measure';
import { benchTrainStep, buildBenchNet, type BenchNetName } from './nets';
import { formatTable, type BenchRow } from './table';
import { runTorchReference } from './torchReference';

/** Steps per timed repeat: each repeat takes ~2–10 s at the target rates. */
const DEFAULT_STEPS: Record<BenchNetName, number> = { lenet: 60, cifar: 15 };
const REPEATS = 3;

const { values: flags } = parseArgs({
  options: {
    nets: { type: 'string', default: 'lenet,cifar' },
    batch: { type: 'string', default: '64' },
    steps: { type: 'string' },
    backend: { type: 'string' },
    'no-torch': { type: 'boolean', default: false },
  },
});

const progress = (line: string) => process.stderr.write(`${line}\n`);
// wasm runs on one thread: other busy processes on this 2-core machine lower the figures.
const load = () => loadavg()[0]!.toFixed(2);
/** How each net's training step ran, printed under the table. */
const stepNotes: string[] = [];
const howTrained = (chosen: ChosenTrainStep) => chosen.detail.replace(/^, /, '') || 'one thread';

async function benchNet(name: BenchNetName, batch: number, steps: number, backend: BackendName): Promise<BenchRow> {
  const net = buildBenchNet(name);
  const { model, imageShape } = net;
  const x = tf.randomNormal([batch, ...imageShape]);
  const labels = tf.randomUniform([batch], 0, 10, 'int32') as tf.Tensor1D;
  const y = tf.oneHot(labels, 10);
  // The trainer's own choice of step, so the figures are what a training run gets.
  const chosen = await benchTrainStep(net, tf.train.adam(1e-3), backend, batch);
  const step = chosen.step;
  const images = steps * batch;
  const report = (phase: string) => (rate: number, i: number) =>
    progress(`  ${name} ${phase} ${i + 1}/${REPEATS}: ${Math.round(rate).toLocaleString('en-US')} img/s`);

  progress(`${name}: warm-up, then ${REPEATS} × ${steps} training steps of ${batch} (${howTrained(chosen)})`);
  let trainRate: number;
  try {
    trainRate = medianRate(
      () => {
        for (let i = 0; i < steps; i++) step(x, y);
      },
      images,
      { warmUps: 1, repeats: REPEATS, onRepeat: report('train') },
    );
  } finally {
    await chosen.close();
  }
  const inferRate = medianRate(
    () => {
      for (let i = 0; i < steps; i++) tf.tidy(() => (model.apply(x, { training: false }) as tf.Tensor).dataSync());
    },
    images,
    { warmUps: 1, repeats: REPEATS, onRepeat: report('infer') },
  );

  tf.dispose([x, labels, y]);
  model.dispose();
  stepNotes.push(`${name}: ${howTrained(chosen)}`);
  return { net: name, trainRate, inferRate };
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${flag} must be a positive integer, not "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const nets = flags.nets!.split(',').map(n => n.trim()) as BenchNetName[];
  const unknown = nets.filter(n => !(n in DEFAULT_STEPS));
  if (unknown.length)
    throw new Error(`unknown net(s) ${unknown.join(', ')}; choose from ${Object.keys(DEFAULT_STEPS).join(', ')}`);
  const batch = positiveInteger('batch', flags.batch!);
  const steps = flags.steps === undefined ? undefined : positiveInteger('steps', flags.steps);
  const backend = await selectBackend(flags.backend);
  const loadBefore = load();
  progress(`Backend: ${backend.name} (${backend.detail}); tfjs ${tf.version_core}, Node ${process.version}`);

  const rows: BenchRow[] = [];
  for (const name of nets) rows.push(await benchNet(name, batch, steps ?? DEFAULT_STEPS[name], backend.name));

  if (!flags['no-torch']) {
    progress('PyTorch reference (torch_reference.py, tuned OpenBLAS/malloc environment)…');
    const torch = runTorchReference(nets, batch);
    if (torch.ok) {
      for (const row of rows) {
        const peer = torch.rates.find(r => r.net === row.net);
        row.torchTrainRate = peer?.train_img_s;
        row.torchInferRate = peer?.infer_img_s;
      }
      const first = torch.rates[0];
      if (first) progress(`PyTorch ${first.torch}, ${first.threads} threads`);
    } else {
      console.log(`PyTorch reference skipped: ${torch.reason}.`);
    }
  }
  console.log(
    `\nbatch ${batch}, ${backend.name}; img/s are medians of ${REPEATS} timed repeats after a warm-up;` +
      ` load average ${loadBefore} before, ${load()} after`,
  );
  console.log(formatTable(rows));
  console.log(stepNotes.join('; '));
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
