import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Text assets worth compressing; images and fonts (woff2) are compressed already. */
const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=UTF-8',
  '.mjs': 'text/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
};
/** Below this a gzip header costs about what it saves. */
const MIN_BYTES = 1024;

interface CompressedAsset {
  body: Buffer;
  type: string;
  immutable: boolean;
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * Serves the built app's scripts and stylesheets gzip-compressed to browsers that accept it.
 * `npm start` has no reverse proxy in front of the API, and the initial bundle is ≈1 MB raw
 * against ≈0.2 MB compressed. The build's files never change while the process runs, so each is
 * compressed once at boot (level 9, ≈0.2 s for the whole app) and kept in memory; everything
 * else falls through to express.static. `isImmutable` says which names are content-hashed.
 */
export function precompressedAssets(root: string, isImmutable: (path: string) => boolean) {
  const assets = new Map<string, CompressedAsset>();
  for (const path of filesUnder(root)) {
    const type = COMPRESSIBLE[extname(path).toLowerCase()];
    if (!type) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    assets.set(urlPath, { body: gzipSync(raw, { level: 9 }), type, immutable: isImmutable(path) });
  }
  return (req: Request, res: Response, next: NextFunction): void => {
    const asset = (req.method === 'GET' || req.method === 'HEAD') && assets.get(req.path);
    if (!asset) {
      next();
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      next();
      return;
    }
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', String(asset.body.length));
    res.setHeader('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  };
}
