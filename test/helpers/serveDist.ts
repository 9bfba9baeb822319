import { preview, type PreviewServer } from 'astro';
import { DIST, ROOT, TEST_BASE } from './deployment.ts';

/** Serves a built site exactly as `npm start` does, on a free loopback port: by default the build under test. */
export async function serveDist(port = 0, root = ROOT): Promise<{ server: PreviewServer; origin: string }> {
  const deployment = root === ROOT ? { base: TEST_BASE, outDir: DIST } : {};
  const server = await preview({ root, ...deployment, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}
