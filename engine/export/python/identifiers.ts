/** Python identifiers for graph nodes: the tfjs layer name unless Python or the generated code needs it. */

const KEYWORDS = [
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
  'match',
  'case',
  'type',
];
// Names the generated files use themselves, and nn.Module members a submodule attribute would hide.
const TAKEN = [
  'x',
  'self',
  'torch',
  'nn',
  'F',
  'math',
  'np',
  'keras',
  'layers',
  'model',
  'inputs',
  'outputs',
  'json',
  'struct',
  'os',
  'sys',
  'forward',
  'train',
  'eval',
  'training',
  'to',
  'cuda',
  'cpu',
  'float',
  'double',
  'half',
  'apply',
  'parameters',
  'buffers',
  'children',
  'modules',
  'state_dict',
  'load_state_dict',
  'zero_grad',
  'register_buffer',
  'add_module',
  'named_modules',
  'named_parameters',
  'requires_grad_',
  'share_memory',
  'extra_repr',
  'get_parameter',
  'get_submodule',
  'dump_patches',
];
const RESERVED = new Set([...KEYWORDS, ...TAKEN]);

/**
 * One identifier per layer name, unique: a reserved name gets a trailing underscore (PEP 8's way).
 * @example pythonIdentifiers(['conv1', 'in', 'x']) // Map { conv1 → conv1, in → in_, x → x_ }
 */
export function pythonIdentifiers(names: string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    let id = name;
    while (RESERVED.has(id) || used.has(id)) id = `${id}_`;
    used.add(id);
    out.set(name, id);
  }
  return out;
}

/**
 * Text safe inside a Python docstring: no backslash escapes, no closing quotes.
 * @example docText('C:\\nets """v2"""') // "C:/nets '''v2'''"
 */
export const docText = (text: string): string => text.replace(/\\/g, '/').replace(/"""/g, "'''").replace(/"$/, "'");

/**
 * A Keras model name: Keras refuses '/', so anything but letters, digits, '_', '-' and '.' becomes '_'.
 * @example kerasModelName('Age/grade regression') // "Age_grade_regression"
 */
export const kerasModelName = (text: string): string => text.replace(/[^A-Za-z0-9_.-]/g, '_') || 'convas';
