// A small static file server for dist/, bound to 127.0.0.1 only. Used by `scripts/serve.sh` to
// host the site and by the browser tests. Serves .wasm as application/wasm (needed for
// streaming compilation) and never lists directories.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts serving `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the server and URL. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// `node e2e/server.mjs DIR [PORT]` serves until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const want = Number(process.argv[3] ?? 8080);
  let started;
  for (let port = want; port < want + 20 && !started; port++) {
    started = await serve(dir, port).catch((e) => (e.code === 'EADDRINUSE' ? null : Promise.reject(e)));
  }
  if (!started) started = await serve(dir, 0);
  console.log(`canarylab is being served at ${started.url}  (Ctrl-C to stop)`);
}
