/** The TensorFlow.js browser bundles the web export copies, so its page needs no network. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Classic (UMD) scripts filling `window.tf`, in load order; file:// pages cannot load ES modules. */
export const TFJS_SCRIPTS = [
  { file: 'tf-core.min.js', from: '@tensorflow/tfjs-core/dist/tf-core.min.js' },
  { file: 'tf-backend-cpu.min.js', from: '@tensorflow/tfjs-backend-cpu/dist/tf-backend-cpu.min.js' },
  { file: 'tf-layers.min.js', from: '@tensorflow/tfjs-layers/dist/tf-layers.min.js' },
] as const;

/** @example tfjsScriptPath('@tensorflow/tfjs-core/dist/tf-core.min.js') // '/…/node_modules/@tensorflow/tfjs-core/dist/tf-core.min.js' */
export const tfjsScriptPath = (from: string): string => require.resolve(from);
