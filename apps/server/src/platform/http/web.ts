import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const API_PREFIXES = ['/api/', '/healthz', '/readyz', '/metrics'];

/**
 * Serves the built web app from the same port as the API. Any other GET that asks for HTML gets
 * index.html, so the app's own routes survive a reload. Returns false when there is no build.
 */
export async function registerWebApp(app: FastifyInstance, { distDir }: { distDir: string }): Promise<boolean> {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      // Built assets carry a content hash in their names; index.html must always be revalidated.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  return true;
}

/** Whether a request that found no route should get the web app instead of a 404 problem. */
export function wantsWebApp(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !API_PREFIXES.some((prefix) => request.url.startsWith(prefix)) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export const sendWebApp = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
