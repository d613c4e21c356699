import type { Pool } from 'pg';
import { DEMO_PASSWORD } from './fault-system';

export interface Reply {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/** A JSON request; a refused or broken connection answers status 0 instead of throwing. */
export async function send(base: string, method: string, path: string, token: string | null, body?: unknown, idempotencyKey?: string): Promise<Reply> {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, retryAfter: res.headers.get('retry-after') };
  } catch (error) {
    return { status: 0, body: String(error), retryAfter: null };
  }
}

export async function login(base: string, username: string): Promise<string> {
  const reply = await send(base, 'POST', '/api/auth/login', null, { username, password: DEMO_PASSWORD });
  if (reply.status !== 200 && reply.status !== 201) throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { accessToken: string }).accessToken;
}

export async function townshipId(sql: Pool, name = '巨鹿镇'): Promise<string> {
  return (await sql.query<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [name])).rows[0].id;
}

/** The body of a petitioner registration (信访人登记). */
export const petitionerBody = (name: string, township: string): Record<string, unknown> => ({ name, idType: 'OTHER', townshipId: township });

/** The body of a phone-in case registration (登记) for one primary petitioner. */
export const caseBody = (title: string, township: string, petitionerId: string): Record<string, unknown> => ({
  channel: 'PHONE',
  source: 'DIRECT',
  matterType: 'APPEAL',
  categoryCode: '03',
  title,
  mainRequest: '请求依法处理',
  townshipId: township,
  peopleCount: 1,
  petitioners: [{ petitionerId, role: 'PRIMARY' }],
});

export async function createPetitioner(base: string, token: string, name: string, township: string): Promise<string> {
  const reply = await send(base, 'POST', '/api/petitioners', token, petitionerBody(name, township));
  if (reply.status !== 201) throw new Error(`petitioner: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { id: string }).id;
}

/** Keeps `concurrency` clients each sending `one(n)` back to back until `running()` turns false. */
export async function keepSending<T>(concurrency: number, running: () => boolean, one: (n: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (running()) results.push(await one(next++));
    }),
  );
  return results;
}
