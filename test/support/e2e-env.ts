import { Client } from 'pg';

/** Values the test runner passes to the end-to-end tiers. */
export function e2eEnv(): { baseUrl: string; demoPassword: string; databaseUrl: string } {
  const baseUrl = process.env['E2E_BASE_URL'];
  const demoPassword = process.env['E2E_DEMO_PASSWORD'];
  const databaseUrl = process.env['E2E_DATABASE_URL'];
  if (!baseUrl || !demoPassword || !databaseUrl) {
    throw new Error('E2E_BASE_URL, E2E_DEMO_PASSWORD and E2E_DATABASE_URL are not set: run these tests through `npm test`');
  }
  return { baseUrl, demoPassword, databaseUrl };
}

export async function login(username: string): Promise<string> {
  const { baseUrl, demoPassword } = e2eEnv();
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed with ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Row counts of every table in the public schema: a fingerprint to prove a request wrote nothing. */
export async function tableRowCounts(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: e2eEnv().databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables.rows) {
      const r = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`);
      counts[table_name] = r.rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
