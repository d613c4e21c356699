import { e2eEnv } from '../support/e2e-env';

describe('health, docs and the web app on one port', () => {
  const { baseUrl } = e2eEnv();

  it('GET /api/health answers 200 with a request id header', async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /api/health/ready reports PostgreSQL and Redis up', async () => {
    const res = await fetch(`${baseUrl}/api/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', checks: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI UI and document', async () => {
    const ui = await fetch(`${baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
    const doc = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/ready', '/api/auth/login', '/api/identity-numbers/check']));
  });

  it('serves the Chinese web app at / and for client-side routes, with security headers', async () => {
    for (const path of ['/', '/login', '/resident-id']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('lang="zh-CN"');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('caches hashed bundles for a year and revalidates index.html', async () => {
    const index = await fetch(`${baseUrl}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const script = /src="([^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toMatch(/-[0-9A-Z]{8,}\.js$/);
    const bundle = await fetch(`${baseUrl}/${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
  });

  it('answers an unknown API path with the JSON error body, not the web app', async () => {
    const res = await fetch(`${baseUrl}/api/does-not-exist`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: res.headers.get('x-request-id') });
  });
});
