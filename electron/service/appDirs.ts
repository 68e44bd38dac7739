/** Where Convas keeps its own files: settings (recent projects) and data (training runs). */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppDirs {
  /** Small settings files such as recent.json. */
  config: string;
  /** Training runs (`runs/<project>-<time>`). */
  data: string;
}

/**
 * CONVAS_CONFIG_DIR (tests, portable installs) puts everything in one folder; otherwise the
 * XDG folders, which Linux desktops expect and which also work on macOS and Windows homes.
 * @example
 * appDirs({ HOME: '/home/ada' }); // { config: '/home/ada/.config/convas', data: '/home/ada/.local/share/convas' }
 */
export function appDirs(env: NodeJS.ProcessEnv = process.env): AppDirs {
  if (env.CONVAS_CONFIG_DIR) {
    const dir = path.resolve(env.CONVAS_CONFIG_DIR);
    return { config: dir, data: dir };
  }
  const home = env.HOME || env.USERPROFILE || os.homedir();
  return {
    config: path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'convas'),
    data: path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'convas'),
  };
}

/**
 * The folder holding templates/, dist/ and package.json. This module sits two folders below it
 * both as source (electron/service/) and bundled into the desktop app (dist/electron/).
 */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
