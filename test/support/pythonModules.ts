/**
 * Tests that need Debian's Python packages skip where they are missing — unless
 * CONVAS_REQUIRE_PYTHON=1 (CI sets it after installing them), where a missing package fails the file
 * instead of hiding a whole family of checks behind a skip.
 */
import { spawnSync } from 'node:child_process';

export const PYTHON = '/usr/bin/python3';

/** Why `modules` cannot be imported by python3 here, or null when they can. */
export function pythonMissing(modules: readonly string[]): string | null {
  const r = spawnSync(PYTHON, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
  const reason = r.error
    ? `${PYTHON} cannot run: ${r.error.message}`
    : r.status === 0
      ? null
      : `${PYTHON} cannot import ${modules.join(', ')}: ${r.stderr.trim().split('\n').at(-1)}`;
  if (reason && process.env.CONVAS_REQUIRE_PYTHON === '1') {
    throw new Error(`${reason} (CONVAS_REQUIRE_PYTHON=1: these tests may not be skipped)`);
  }
  return reason;
}
