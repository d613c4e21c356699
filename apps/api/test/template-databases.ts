/**
 * The integration tier's template databases: built once per jest run by int-global-setup.ts (every
 * migration, then the demo seed), copied by each test file with CREATE DATABASE … TEMPLATE instead
 * of migrating and seeding again, dropped by int-global-teardown.ts. Their names travel to the test
 * files (and jest workers) in the environment. Without them (a jest config without the global
 * setup) every file migrates and seeds its own database, as it did before templates.
 */
export interface TemplateNames {
  migrated: string;
  seeded: string;
}

const MIGRATED_ENV = 'JULU_TEST_TEMPLATE_MIGRATED';
const SEEDED_ENV = 'JULU_TEST_TEMPLATE_SEEDED';
const NAME = /^julu_tpl_[a-z0-9_]+$/;

export function templateNames(): TemplateNames | undefined {
  const migrated = process.env[MIGRATED_ENV];
  const seeded = process.env[SEEDED_ENV];
  if (!migrated || !seeded) return undefined;
  if (!NAME.test(migrated) || !NAME.test(seeded)) throw new Error(`${MIGRATED_ENV}/${SEEDED_ENV} must name julu_tpl_ databases`);
  return { migrated, seeded };
}

export function publishTemplateNames(names: TemplateNames | undefined): void {
  if (names) {
    process.env[MIGRATED_ENV] = names.migrated;
    process.env[SEEDED_ENV] = names.seeded;
  } else {
    delete process.env[MIGRATED_ENV];
    delete process.env[SEEDED_ENV];
  }
}
