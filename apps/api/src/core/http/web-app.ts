import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { precompressedAssets } from './precompressed-assets';

/** Angular's output names carry a content hash: such files never change under their name. */
const isHashed = (path: string): boolean => /[-.][0-9a-z]{8,}\.(js|css|woff2?)$/i.test(path);

/**
 * Serves the built Angular app from the API's port: hashed assets are cached for a year,
 * index.html never, and any non-API GET falls back to index.html for client-side routes. Scripts
 * and stylesheets go out gzip-compressed when the browser accepts it.
 */
export function webAppHandlers(dir: string): express.RequestHandler[] {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`WEB_DIST_DIR ${root} has no index.html; build the web app first (npx nx build web)`);
  }
  const statics = express.static(root, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', isHashed(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fallback = (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [precompressedAssets(root, isHashed), statics, fallback];
}
