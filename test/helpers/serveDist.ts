import { preview, type PreviewServer } from 'astro';
import { ROOT } from './buildSite.ts';

/** Serves a built dist/ exactly as `npm start` does, on a free loopback port. */
export async function serveDist(port = 0, root = ROOT): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}
