import { e2eEnv, login } from '../support/e2e-env';

describe('POST /api/identity-numbers/check (the GB 11643 rule from libs/domain, server side)', () => {
  const { baseUrl } = e2eEnv();
  const check = (idNumber: unknown, token?: string): Promise<Response> =>
    fetch(`${baseUrl}/api/identity-numbers/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ idNumber }),
    });

  it('401 without a token', async () => {
    const res = await check('11010519491231002X');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('401 with a forged token', async () => {
    const res = await check('11010519491231002X', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.invalid');
    expect(res.status).toBe(401);
  });

  it('400 with the checksum message for a mistyped number', async () => {
    const res = await check('110105194912310021', await login('reception'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; details: { field: string }[] };
    expect(body.message).toContain('校验位不正确');
    expect(body.details[0].field).toBe('idNumber');
  });

  it('400 for a non-string value', async () => {
    const res = await check(12345, await login('reception'));
    expect(res.status).toBe(400);
  });

  it.each(['admin', 'supervisor', 'reception', 'handler', 'township'])('200 with derived fields for %s', async (user) => {
    const res = await check('11010519491231002x', await login(user));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ normalized: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE', convertedFromLegacy: false });
  });

  it('converts a legacy 15-digit number', async () => {
    const res = await check('110105491231002', await login('reception'));
    expect(await res.json()).toMatchObject({ normalized: '11010519491231002X', convertedFromLegacy: true });
  });
});
