/** A browser shell on a temporary renderer folder, and raw HTTP / WebSocket clients to poke it. */
import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { decodeWire } from '../../../electron/contract/wireProtocol';
import { startShell, type RunningShell } from '../../../electron/shell/startShell';
import { createHarness, tempDir } from '../service/serviceHarness';

const running: RunningShell[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(s => s.close()));
});

export async function startTestShell(
  options: { withRenderer?: boolean } = {},
): Promise<RunningShell & { rendererDir: string }> {
  const root = await tempDir('convas-shell-');
  const rendererDir = path.join(root, 'renderer');
  if (options.withRenderer !== false) {
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Convas</title><script type="module" src="/assets/app.js"></script>',
    );
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("convas");');
    await writeFile(path.join(rendererDir, 'assets', 'style.css'), 'body{}');
  }
  await writeFile(path.join(root, 'secret.txt'), 'do not serve me');
  const { service } = await createHarness();
  const shell = await startShell({ port: 0, rendererDir, service });
  running.push(shell);
  return { ...shell, rendererDir };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly this path and these headers (fetch would normalise `..` away). */
export function rawGet(port: number, requestPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: requestPath, headers: { host: `127.0.0.1:${port}`, ...headers } },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Opens a socket; resolves with it when open, or with the HTTP status the upgrade was refused with. */
export function openSocket(url: string, origin: string | undefined): Promise<WebSocket | number> {
  return new Promise(resolve => {
    const ws = new WebSocket(url, origin === undefined ? {} : { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', () => resolve(-1));
  });
}

/** The next message, and whether it came as a binary frame (one that carries typed arrays). */
export function nextFrame(ws: WebSocket): Promise<{ binary: boolean; message: Record<string, unknown> }> {
  return new Promise(resolve =>
    ws.once('message', (data, binary) =>
      resolve({ binary, message: decodeWire(binary ? (data as Buffer) : data.toString()) as Record<string, unknown> }),
    ),
  );
}

export const nextMessage = (ws: WebSocket): Promise<Record<string, unknown>> => nextFrame(ws).then(f => f.message);
