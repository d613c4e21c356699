import { existsSync } from 'node:fs';

export const CHROMIUM_HINT =
  'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: ' +
  '`sudo apt-get install chromium fonts-noto-cjk`) or set CHROMIUM_PATH to a Chromium/Chrome binary. ' +
  'These tests are never skipped.';

/** Debian's Chromium (playwright cannot download browsers here), or CHROMIUM_PATH. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
