import { type AppConfig, ConfigValidationError, loadConfig } from './app-config';

/** Loads the config for an entrypoint; on a bad environment prints the bad keys and exits 1. */
export function bootConfig(processName: string): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`[${processName}] refusing to start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
