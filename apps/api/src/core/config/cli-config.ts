/** The two keys the CLI reads; validated here so the CLI needs no JWT secret or port. */
export function loadConfigForCli(env: NodeJS.ProcessEnv = process.env): { databaseUrl: string; demoPassword?: string } {
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl || !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    throw new Error('Invalid environment configuration: DATABASE_URL must be a postgres:// connection URL');
  }
  const demoPassword = env['SEED_DEMO_PASSWORD'] || undefined;
  if (demoPassword !== undefined && demoPassword.length < 8) {
    throw new Error('Invalid environment configuration: SEED_DEMO_PASSWORD must be at least 8 characters');
  }
  return { databaseUrl, demoPassword };
}
