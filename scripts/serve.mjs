// `npm start` (after `vite build`): serves dist/ on 127.0.0.1 with no dependencies.
// Also imported by scripts/bench.mjs. Port: $PORT, else 8080; the next ports are tried if busy.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Headers a <meta> CSP cannot carry. The meta in index.html holds the real policy; a second policy
 * with only `frame-ancestors` adds clickjacking protection without loosening anything.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/**
 * The workers' own policy, which docs/hosting.md gives for `assets/*`. The page's <meta> policy does
 * not reach Web Workers; a worker follows only the policy sent with its own script, and browsers
 * ignore one sent with a module the page imports or a stylesheet, so all of assets/ can carry it.
 */
export const WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'none'";

/**
 * The service worker's own policy, which docs/hosting.md gives for `sw.js`: the page's <meta> policy
 * does not reach it either. It fetches the build's files from this origin to precache them and loads
 * no code (docs/decisions/014).
 */
export const SERVICE_WORKER_CSP = "default-src 'none'; connect-src 'self'";

/** The security headers for `urlPath`: assets/ and sw.js also carry their workers' policy, as a second policy. */
function securityHeaders(urlPath) {
  const own = urlPath.startsWith('/assets/') ? WORKER_CSP : urlPath === '/sw.js' ? SERVICE_WORKER_CSP : null;
  if (own === null) return SECURITY_HEADERS;
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': [SECURITY_HEADERS['Content-Security-Policy'], own] };
}

export function contentType(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Vite's hashed output under assets/ never changes under its name; everything else is revalidated
 * (index.html, and sw.js, whose every change must reach the browser's update check).
 */
function cacheControl(urlPath) {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Maps a request path to a file inside `root`, or null. Rejects encoded NULs and anything that
 * resolves outside root (`..`, encoded `%2e%2e`, backslashes, symlinks pointing out).
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  let file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return { file: real, info };
  } catch {
    return null;
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** A request handler serving the files under `root` (which must already be a real path). */
export function staticHandler(root) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    if (!urlPath.startsWith('/')) {
      send(res, 400, 'Bad Request\n');
      return;
    }
    const found = await resolveFile(root, urlPath);
    if (!found) {
      send(res, 404, 'Not Found\n');
      return;
    }
    const { file, info } = found;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      ...securityHeaders(urlPath),
      'Content-Type': contentType(file),
      'Content-Length': String(info.size),
      'Cache-Control': cacheControl(urlPath),
      'Last-Modified': info.mtime.toUTCString(),
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) {
      delete headers['Content-Length'];
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts serving `root` on `host`, from `port` upwards while ports are busy (`tries` in all;
 * port 0 picks any free port). Resolves with `{ server, port, url }`.
 */
export async function startServer({ root = DIST_DIR, host = '127.0.0.1', port = 8080, tries = 20 } = {}) {
  const realRoot = await realpath(root);
  const server = createServer((req, res) => {
    staticHandler(realRoot)(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  for (let attempt = 0; ; attempt += 1) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await listen(server, candidate, host);
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, port: actualPort, url: `http://${host}:${actualPort}/` };
}

async function main() {
  const requested = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`PORT must be a port number, not ${process.env.PORT}`);
    process.exit(1);
  }
  try {
    await stat(join(DIST_DIR, 'index.html'));
  } catch {
    console.error('dist/index.html is missing: build first with `npx vite build` (npm start does both).');
    process.exit(1);
  }
  const { server, url } = await startServer({ port: requested });
  console.log(`JWT Inspector is running at ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
