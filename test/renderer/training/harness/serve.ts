/**
 * Serves the training panels on a fake host for screenshots and performance checks:
 *   npx tsx test/renderer/training/harness/serve.ts [port] [--prod]
 * --prod builds first and serves the bundle (production React), as the app ships.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, createServer, preview, type InlineConfig, type Plugin } from 'vite';
import { readMnistDigits } from '../../../../engine/data/mnistDigits';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
const DIGITS = '\0virtual:harness-digits';

function harness(): Plugin {
  return {
    name: 'convas-training-harness',
    enforce: 'pre',
    resolveId(source) {
      return source === 'virtual:harness-digits' ? DIGITS : null;
    },
    async load(id) {
      if (id !== DIGITS) return null;
      const digits = await readMnistDigits();
      const perClass = new Map<number, number[]>();
      for (let i = 0; i < digits.count; i++) {
        const list = perClass.get(digits.labels[i]!) ?? [];
        if (list.length < 4) perClass.set(digits.labels[i]!, [...list, i]);
      }
      const samples = [...perClass.entries()]
        .sort((a, b) => a[0] - b[0])
        .flatMap(([label, indices]) =>
          indices.map(i => ({
            label,
            index: i,
            pixels: Buffer.from(digits.pixels.subarray(i * 784, (i + 1) * 784)).toString('base64'),
          })),
        );
      return `export const samples = ${JSON.stringify(samples)};`;
    },
  };
}

const port = Number(process.argv.find(a => /^\d+$/.test(a)) ?? 5199);
const config: InlineConfig = {
  root: here,
  configFile: false,
  plugins: [harness(), react()],
  server: { port, host: '127.0.0.1', fs: { allow: [repo] } },
  preview: { port, host: '127.0.0.1' },
  build: { outDir: '/tmp/convas-training-harness', emptyOutDir: true, minify: !process.argv.includes('--no-minify') },
  logLevel: 'warn',
};
if (process.argv.includes('--prod')) {
  await build(config);
  await preview(config);
} else {
  await (await createServer(config)).listen();
}
console.log(`harness: http://127.0.0.1:${port}/`);
