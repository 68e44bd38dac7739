#!/usr/bin/env node
// The convas command. Sources are TypeScript, loaded through tsx's ESM hooks.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
