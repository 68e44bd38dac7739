/** The recent-projects list: a small JSON file in the config folder, written atomically. */
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { ServiceLogger } from './hostErrors';

const MAX_RECENT = 12;
const fileSchema = z.object({ version: z.literal(1), recent: z.array(z.string().min(1)).max(100) });

export interface RecentProjects {
  /** Most recent first; files that no longer exist are left out. */
  list(): Promise<string[]>;
  /** Moves `file` to the front and persists the list. */
  add(file: string): Promise<void>;
}

/**
 * @example
 * const recent = createRecentProjects('/home/ada/.config/convas', console.error);
 * await recent.add('/home/ada/digits.convas.json'); await recent.list(); // ['/home/ada/digits.convas.json']
 */
export function createRecentProjects(configDir: string, log: ServiceLogger): RecentProjects {
  const file = path.join(configDir, 'recent.json');
  // Writes are chained so two quick saves cannot interleave their read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<string[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    try {
      return fileSchema.parse(JSON.parse(text)).recent;
    } catch (e) {
      log(`convas: ignoring a malformed ${file}`, e);
      return [];
    }
  }

  const exists = (p: string) =>
    access(p).then(
      () => true,
      () => false,
    );

  return {
    async list() {
      await queue;
      const all = await read();
      const present = await Promise.all(all.map(exists));
      return all.filter((_, i) => present[i]);
    },
    add(entry) {
      const abs = path.resolve(entry);
      const write = queue.then(async () => {
        const recent = [abs, ...(await read()).filter(p => p !== abs)].slice(0, MAX_RECENT);
        await mkdir(configDir, { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, recent }, null, 2)}\n`);
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
