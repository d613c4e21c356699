import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { webAppHandlers } from './web-app';

describe('webAppHandlers: the built app from the API port', () => {
  let dir: string;
  let app: express.Express;
  const script = `console.log(${JSON.stringify('信访'.repeat(2000))});\n`;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'web-app-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>巨鹿县信访局</title>');
    writeFileSync(join(dir, 'main-ABCD1234.js'), script);
    writeFileSync(join(dir, 'tiny-ABCD1234.css'), 'a{}');
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'media', 'icons.svg'), `<svg>${'<g/>'.repeat(500)}</svg>`);
    app = express();
    app.use(...webAppHandlers(dir));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a hashed script gzip-compressed, cached for a year, to a browser that accepts gzip', async () => {
    const res = await request(app).get('/main-ABCD1234.js').set('Accept-Encoding', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    // superagent gunzips the body: what arrives decompressed must be the file itself.
    expect(res.text).toBe(script);
    expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it('sends the same file uncompressed to a client that does not accept gzip', async () => {
    const res = await request(app).get('/main-ABCD1234.js').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.text).toBe(script);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
  });

  it('compresses assets in subfolders, and leaves files too small to gain to express.static', async () => {
    const svg = await request(app).get('/media/icons.svg').set('Accept-Encoding', 'gzip');
    expect(svg.headers['content-encoding']).toBe('gzip');
    expect(svg.headers['cache-control']).toBe('no-cache');
    const tiny = await request(app).get('/tiny-ABCD1234.css').set('Accept-Encoding', 'gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.text).toBe('a{}');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(app).head('/main-ABCD1234.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual({});
  });

  it('falls back to index.html for client-side routes but not for the API', async () => {
    const page = await request(app).get('/cases/123');
    expect(page.status).toBe(200);
    expect(page.text).toContain('巨鹿县信访局');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await request(app).get('/api/unknown')).status).toBe(404);
  });
});
