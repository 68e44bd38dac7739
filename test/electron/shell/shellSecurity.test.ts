/** The browser shell's defences: loopback only, the token everywhere, exact origins, no traversal, CSP. */
import { symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { encodeWire } from '../../../electron/contract/wireProtocol';
import { template } from '../service/serviceHarness';
import { nextFrame, nextMessage, openSocket, rawGet, startTestShell } from './shellHarness';

const connects = (host: string, port: number) =>
  new Promise<boolean>(resolve => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('browser shell security', () => {
  it('binds 127.0.0.1 only and prints a URL with a long random token', async () => {
    const shell = await startTestShell();
    expect(shell.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/\\?token=[A-Za-z0-9_-]{43}$`));
    expect((await startTestShell()).token).not.toBe(shell.token);
    // Another loopback address (and any LAN address) reaches a 0.0.0.0 listener, not ours.
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter(i => i && i.family === 'IPv4' && !i.internal)
      .map(i => i!.address);
    for (const address of ['127.0.0.2', ...lan]) expect(await connects(address, shell.port), address).toBe(false);
    expect(await connects('127.0.0.1', shell.port)).toBe(true);
  });

  it('answers 403 without the token or with a wrong one, and serves the page with it', async () => {
    const shell = await startTestShell();
    expect((await rawGet(shell.port, '/')).status).toBe(403);
    expect((await rawGet(shell.port, '/?token=wrong')).status).toBe(403);
    expect((await rawGet(shell.port, '/assets/app.js')).status).toBe(403);
    const page = await rawGet(shell.port, `/?token=${shell.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    // The page's own requests carry the token in an HttpOnly, SameSite cookie.
    const cookie = page.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const script = await rawGet(shell.port, '/assets/app.js', { cookie: cookie.split(';')[0]! });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(shell.port, `/assets/style.css?token=${shell.token}`)).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const shell = await startTestShell();
    expect((await rawGet(shell.port, `/?token=${shell.token}`, { host: `evil.example:${shell.port}` })).status).toBe(
      403,
    );
  });

  it('sends a strict CSP, nosniff and no-referrer on every response', async () => {
    const shell = await startTestShell();
    for (const res of [await rawGet(shell.port, `/?token=${shell.token}`), await rawGet(shell.port, '/')]) {
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${shell.port}`);
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
  ])('refuses path traversal %s', async p => {
    const shell = await startTestShell();
    const res = await rawGet(shell.port, `${p}?token=${shell.token}`);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('do not serve me');
  });

  it('refuses a link inside the renderer folder that leads out of it', async () => {
    const shell = await startTestShell();
    await symlink(
      path.join(shell.rendererDir, '..', 'secret.txt'),
      path.join(shell.rendererDir, 'assets', 'linked.txt'),
    );
    const res = await rawGet(shell.port, `/assets/linked.txt?token=${shell.token}`);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('do not serve me');
  });

  it('says why there is no UI when dist/renderer is missing (outside a source checkout: reinstall)', async () => {
    const shell = await startTestShell({ withRenderer: false });
    const res = await rawGet(shell.port, `/?token=${shell.token}`);
    expect(res.status).toBe(503);
    expect(res.body).toContain(`The Convas UI is missing (${shell.rendererDir}): this installation is incomplete.`);
    expect(res.body).toContain('Reinstall Convas.');
    expect(res.body).not.toContain('npm run');
  });

  it('refuses WebSocket upgrades from a foreign or missing Origin, or without the token', async () => {
    const shell = await startTestShell();
    const url = `ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`;
    expect(await openSocket(url, 'http://evil.example')).toBe(403);
    expect(await openSocket(url, `http://127.0.0.1:${shell.port + 1}`)).toBe(403);
    expect(await openSocket(url, `https://127.0.0.1:${shell.port}`)).toBe(403);
    expect(await openSocket(url, undefined)).toBe(403);
    expect(await openSocket(`ws://127.0.0.1:${shell.port}/rpc`, `http://127.0.0.1:${shell.port}`)).toBe(403);
    expect(await openSocket(`ws://127.0.0.1:${shell.port}/rpc?token=nope`, `http://127.0.0.1:${shell.port}`)).toBe(403);
  });

  it('accepts the right token and origin, and answers malformed messages with BAD_REQUEST without dying', async () => {
    const shell = await startTestShell();
    for (const origin of [`http://127.0.0.1:${shell.port}`, `http://localhost:${shell.port}`]) {
      const ws = (await openSocket(`ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`, origin)) as WebSocket;
      expect(typeof ws).toBe('object');
      for (const bad of ['not json', '[1,2]', '{"method":"getInfo"}', '{"id":1}', '{"id":{},"method":"x"}']) {
        const reply = nextMessage(ws);
        ws.send(bad);
        expect(await reply).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      }
      const binary = nextMessage(ws);
      ws.send(Buffer.from('{"id":1,"method":"getInfo"}'), { binary: true });
      expect(await binary).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: expect.stringContaining('binary') },
      });
      const unknown = nextMessage(ws);
      ws.send(JSON.stringify({ id: 7, method: 'rm -rf', params: {} }));
      expect(await unknown).toMatchObject({ id: 7, ok: false, error: { code: 'BAD_REQUEST' } });
      const good = nextMessage(ws);
      ws.send(JSON.stringify({ id: 8, method: 'listDirectory', params: { path: shell.rendererDir } }));
      expect(await good).toMatchObject({ id: 8, ok: true, result: { path: shell.rendererDir } });
      ws.close();
    }
  });

  it('takes binary frames only on an authenticated socket, validates their payload, and answers bytes as bytes', async () => {
    const shell = await startTestShell();
    const origin = `http://127.0.0.1:${shell.port}`;
    // Binary frames ride the same upgrade as text: without the token there is no socket to send them on.
    expect(await openSocket(`ws://127.0.0.1:${shell.port}/rpc`, origin)).toBe(403);
    const ws = (await openSocket(`ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`, origin)) as WebSocket;
    // Bytes where the contract wants a path: the service's zod schema refuses them, naming the field.
    const refused = nextMessage(ws);
    ws.send(encodeWire({ id: 3, method: 'openProject', params: { path: new Uint8Array([47, 120]) } }));
    expect(await refused).toMatchObject({
      id: 3,
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('openProject: path') },
    });
    // A reply with an image and feature maps comes back as one binary frame of raw bytes.
    const probed = nextFrame(ws);
    ws.send(encodeWire({ id: 4, method: 'probeGraph', params: { project: await template('lenet5-mnist') } }));
    const { binary, message } = await probed;
    expect(binary).toBe(true);
    const result = message.result as { image: Uint8Array; maps: { data: Float32Array }[] };
    expect(result.image).toBeInstanceOf(Uint8Array);
    expect(result.image).toHaveLength(28 * 28);
    expect(result.maps[0]!.data).toBeInstanceOf(Float32Array);
    ws.close();
  });

  it('closes a socket that sends more than the size limit, and keeps serving others', async () => {
    const shell = await startTestShell();
    const url = `ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`;
    const origin = `http://127.0.0.1:${shell.port}`;
    const big = (await openSocket(url, origin)) as WebSocket;
    const closed = new Promise<number>(resolve => big.once('close', code => resolve(code)));
    big.send(JSON.stringify({ id: 1, method: 'getInfo', params: { pad: 'x'.repeat(9 << 20) } }));
    expect(await closed).toBe(1009);
    // The same limit holds for binary frames.
    const bigBinary = (await openSocket(url, origin)) as WebSocket;
    const closedToo = new Promise<number>(resolve => bigBinary.once('close', code => resolve(code)));
    bigBinary.send(encodeWire({ id: 1, method: 'getInfo', params: { pad: new Uint8Array(9 << 20) } }));
    expect(await closedToo).toBe(1009);
    const next = (await openSocket(url, origin)) as WebSocket;
    const reply = nextMessage(next);
    next.send(JSON.stringify({ id: 2, method: 'recentProjects', params: {} }));
    expect(await reply).toMatchObject({ id: 2, ok: true, result: [] });
    next.close();
  });
});
