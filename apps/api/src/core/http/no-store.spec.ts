import type { NextFunction, Request, Response } from 'express';
import { noStoreForApi } from './no-store';

describe('noStoreForApi', () => {
  const run = (path: string): string | undefined => {
    const headers: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
    const next = jest.fn() as NextFunction;
    noStoreForApi({ path } as Request, res, next);
    expect(next).toHaveBeenCalled();
    return headers['Cache-Control'];
  };

  it.each(['/api', '/api/petitioners/1/reveal', '/api/cases/abc', '/api/exports/1/file'])('marks %s no-store', (path) => {
    expect(run(path)).toBe('no-store');
  });

  it.each(['/', '/main-ABCDEFGH.js', '/cases/123', '/apiary'])('leaves %s to the web app’s own caching', (path) => {
    expect(run(path)).toBeUndefined();
  });
});
