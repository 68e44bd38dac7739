/** The electron-builder configuration loads, passes electron-builder's own schema, and names files that exist. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO } from '../service/serviceHarness';

const config = JSON.parse(readFileSync(path.join(REPO, 'build/electron-builder.json'), 'utf8'));

describe('build/electron-builder.json', () => {
  it('is valid for electron-builder (its own schema validation)', async () => {
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, appIdd: 'typo' }, { isEnabled: false, add: () => undefined }),
    ).rejects.toThrow(/appIdd/);
  });

  it('names the app, and packages Linux AppImage and deb, Windows NSIS and macOS dmg', () => {
    expect(config).toMatchObject({ appId: 'org.convas.studio', productName: 'Convas' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('points at files that exist or that `npm run dist` builds first', () => {
    const scripts = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.dist).toMatch(/^npm run build && electron-builder --config build\/electron-builder.json$/);
    expect(scripts.build).toBe('npm run build:renderer && npm run build:electron');
    expect(scripts['build:electron']).toContain('electron/desktop/bundle.ts');
    expect(config.extraMetadata.main).toBe('dist/electron/main.mjs');
    for (const entry of [
      'electron/desktop/main.ts',
      'electron/desktop/preload.ts',
      'templates/lenet5-mnist.convas.json',
      'package.json',
    ]) {
      expect(existsSync(path.join(REPO, entry)), entry).toBe(true);
    }
    const patterns = (config.files as string[]).filter(f => !f.startsWith('!'));
    expect(patterns).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'templates/**', 'package.json']),
    );
    for (const p of patterns.filter(f => !f.startsWith('dist/')))
      expect(existsSync(path.join(REPO, p.replace(/\/\*\*$/, ''))), p).toBe(true);
  });

  it('has a real 512×512 RGBA PNG icon wherever it is named', () => {
    const icons = new Set([config.icon, config.linux.icon, config.win.icon, config.mac.icon]);
    expect([...icons]).toEqual(['build/icon.png']);
    const png = readFileSync(path.join(REPO, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([512, 512, 8, 6]);
    const idat = png.indexOf('IDAT');
    const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(pixels.length).toBe(512 * (512 * 4 + 1));
  });
});
