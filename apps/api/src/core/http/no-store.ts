import type { NextFunction, Request, Response } from 'express';

/**
 * Every API response may carry personal data (petitioners, revealed values, case details with
 * their petitioners, visits, exports), so none may be kept by the browser, a proxy or the back
 * button: `Cache-Control: no-store` on everything under /api, errors included. The built web app
 * outside /api keeps its own caching (web-app.ts: hashed assets a year, index.html no-cache).
 */
export function noStoreForApi(req: Request, res: Response, next: NextFunction): void {
  if (req.path === '/api' || req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
  next();
}
