import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { headersForPath, parseHeadersFile } from '../../src/lib/publishing/securityHeaders.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticHost {
  origin: string;
  /** Every request path served, with its status. */
  log: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

/**
 * Serves a built site the way Netlify or Cloudflare Pages would: files under
 * `base`, `index.html` for directory paths, `404.html` for missing ones, and
 * the headers of `dist/_headers` on every response (`headers: false` to
 * serve without them). On 127.0.0.1 and a free port.
 */
export async function serveStatic(dist: string, options: { base?: string; headers?: boolean } = {}): Promise<StaticHost> {
  const base = options.base ?? '/';
  const rules = options.headers === false ? [] : parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const log: StaticHost['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      log.push({ path, status });
      for (const { name, value } of headersForPath(rules, path)) res.setHeader(name, value);
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    let file: string | undefined;
    if (path.startsWith(base)) {
      const rel = path.slice(base.length);
      const candidate = normalize(join(dist, rel, rel === '' || rel.endsWith('/') ? 'index.html' : ''));
      if ((candidate === dist || candidate.startsWith(dist + sep)) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    if (file && !/(^|[/\\])_(headers|redirects)$/.test(file)) return send(200, file);
    return send(404, join(dist, '404.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
