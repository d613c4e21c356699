import { e2eEnv, login, tableRowCounts } from '../support/e2e-env';

describe('bad input gets a clear 4xx and leaves no trace', () => {
  const { baseUrl } = e2eEnv();

  it('a POST with an unknown field answers 400 naming the field', async () => {
    const before = await tableRowCounts();
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'whatever', isAdmin: true }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; message: string; details: { field: string }[]; requestId: string };
    expect(body.code).toBe('UNKNOWN_FIELD');
    expect(body.message).toContain('isAdmin');
    expect(body.details.map((d) => d.field)).toContain('isAdmin');
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
    expect(await tableRowCounts()).toEqual(before);
  });

  it('a 2 MB body answers 413 with the JSON error body', async () => {
    const token = await login('reception'); // a login writes its own audit and session rows
    const before = await tableRowCounts();
    const res = await fetch(`${baseUrl}/api/identity-numbers/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ idNumber: '1'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await tableRowCounts()).toEqual(before);
  });

  it('a missing field is named in Chinese', async () => {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; message: string };
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(body.message).toContain('password');
    expect(body.message).toContain('请输入密码');
  });
});
