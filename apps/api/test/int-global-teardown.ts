import { dropTemplates } from './int-global-setup';
import { publishTemplateNames, templateNames } from './template-databases';

/** Jest globalTeardown of the integration tier: drops the run's template databases. */
export default async function dropRunTemplates(): Promise<void> {
  const names = templateNames();
  if (!names) return;
  await dropTemplates(names);
  publishTemplateNames(undefined);
}
