import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WORKER_CSP } from './serve.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Header names and values as sent, in order (repeated headers stay apart). */
  rawHeaders: string[];
  body: string;
}

/** Every value sent for `name`, one per header line. */
function headerLines(reply: Reply, name: string): string[] {
  return reply.rawHeaders.filter((_, index) => index % 2 === 1 && reply.rawHeaders[index - 1]?.toLowerCase() === name);
}

/** A raw request: fetch() would normalise `..` away before it reaches the server. */
function get(port: number, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  let dir = '';
  let server: Server | undefined;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
    const root = join(dir, 'dist');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'export {};');
    writeFileSync(join(root, 'assets', 'inspect-worker-def456.js'), 'export {};');
    writeFileSync(join(root, 'assets', 'mod.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(root, 'manifest.webmanifest'), '{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
    ({ server, port } = await startServer({ root, port: 0 }));
  });

  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html for / with the security headers and no-cache', async () => {
    const reply = await get(port, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>app</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('sends the workers\' policy docs/hosting.md gives, as a second policy, with the worker scripts and the rest of assets/', async () => {
    const hosting = readFileSync(join(import.meta.dirname, '..', 'docs', 'hosting.md'), 'utf8');
    expect(hosting).toContain(`| \`Content-Security-Policy\` | \`${WORKER_CSP}\` | \`assets/*\``);
    expect(WORKER_CSP).toContain("connect-src 'none'");
    for (const path of ['/assets/inspect-worker-def456.js', '/assets/index-abc123.js', '/assets/mod.wasm']) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(200);
      expect(headerLines(reply, 'content-security-policy'), path).toEqual(["frame-ancestors 'none'", WORKER_CSP]);
    }
    const revalidated = await get(port, '/assets/inspect-worker-def456.js');
    const notModified = await get(port, '/assets/inspect-worker-def456.js', 'GET', { 'If-None-Match': String(revalidated.headers.etag) });
    expect(notModified.status).toBe(304);
    expect(headerLines(notModified, 'content-security-policy')).toEqual(["frame-ancestors 'none'", WORKER_CSP]);
  });

  it('sends the page only the framing policy: its own policy is the <meta> in index.html', async () => {
    for (const path of ['/', '/index.html', '/manifest.webmanifest']) {
      expect(headerLines(await get(port, path), 'content-security-policy'), path).toEqual(["frame-ancestors 'none'"]);
    }
  });

  it.each([
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/mod.wasm', 'application/wasm'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await get(port, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('caches hashed assets for good', async () => {
    const reply = await get(port, '/assets/index-abc123.js?v=1');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/index.html%00.js'])(
    'does not serve %s from outside the root',
    async (path) => {
      const reply = await get(port, path);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the root');
    },
  );

  it('answers 404 for missing files, 405 for other methods, 304 for a matching ETag', async () => {
    expect((await get(port, '/nope.js')).status).toBe(404);
    const post = await get(port, '/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const first = await get(port, '/');
    const etag = String(first.headers.etag);
    expect((await get(port, '/', 'GET', { 'If-None-Match': etag })).status).toBe(304);
    const head = await get(port, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('moves to the next port when the first is busy', async () => {
    const next = await startServer({ root: join(dir, 'dist'), port });
    try {
      expect(next.port).toBeGreaterThan(port);
      expect(next.url).toBe(`http://127.0.0.1:${next.port}/`);
    } finally {
      next.server.close();
    }
  });
});
