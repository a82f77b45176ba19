import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build -w @kunren/web` puts the single-page app. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const MISSING = `<!doctype html><meta charset="utf-8"><title>kunren</title>
<p>The web app is not built. Run <code>npm run build -w @kunren/web</code>, then reload.</p>`;

/**
 * Serves the web app (packages/web/dist): `/` is its page, `/assets/<file>` its hashed,
 * immutable bundles. The app routes with `#/…`, so no other path is needed.
 */
export function webAppRoutes(app: FastifyInstance, dist = WEB_DIST): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    try {
      const html = await readFile(join(dist, 'index.html'));
      return reply.type(TYPES['.html']!).header('cache-control', 'no-cache').send(html);
    } catch {
      return reply.type(TYPES['.html']!).status(503).send(MISSING);
    }
  });
  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { schema: { hide: true } },
    async (request, reply) => {
      const file = request.params.file;
      if (!/^[A-Za-z0-9._-]{1,200}$/.test(file) || file.startsWith('.'))
        return reply
          .status(404)
          .send({ error: { id: 'route.not-found', message: 'No such asset.' } });
      try {
        const body = await readFile(join(dist, 'assets', file));
        return reply
          .type(TYPES[extname(file)] ?? 'application/octet-stream')
          .header('cache-control', 'public, max-age=31536000, immutable')
          .send(body);
      } catch {
        return reply
          .status(404)
          .send({ error: { id: 'route.not-found', message: `No asset ${file}.` } });
      }
    },
  );
}
