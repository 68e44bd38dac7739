import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Committed screenshots (written only with CONVAS_SCREENSHOTS=1). */
export const SCREENSHOT_DIR = path.join(REPO, 'test', 'e2e', 'screenshots');

export const tempDir = (prefix: string) => mkdtemp(path.join(os.tmpdir(), prefix));
