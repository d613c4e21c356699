import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { DeploymentNames as DeploymentNamesBody } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const SYSTEM = '信访事项办理系统';
const GENERIC_BUREAU = '信访局';

/**
 * Whom this deployment serves (巨鹿县, 巨鹿县信访局), read once at start from the org tree
 * (`GET /api/public/deployment`): nothing county-specific is built into the web app, so another
 * county deploys it by importing its own org tree. Until the names arrive, or when they cannot be
 * read, the pages say 信访局 / 信访事项办理系统.
 */
@Injectable({ providedIn: 'root' })
export class DeploymentNames {
  private readonly http = inject(HttpClient);
  readonly county = signal<string | null>(null);
  private readonly bureauName = signal<string | null>(null);
  readonly bureau = computed(() => this.bureauName() ?? GENERIC_BUREAU);
  /** The shell's heading: 巨鹿县信访局 信访事项办理系统. */
  readonly appName = computed(() => (this.bureauName() ? `${this.bureauName()} ${SYSTEM}` : SYSTEM));
  /** After each page's title in the browser tab: 巨鹿县信访事项办理系统. */
  readonly systemTitle = computed(() => `${this.county() ?? ''}${SYSTEM}`);
  readonly shortName = SYSTEM;

  /** Reads the names; a failure leaves the generic ones (the login page must still open). */
  async load(): Promise<void> {
    try {
      const names = await firstValueFrom(this.http.get<DeploymentNamesBody>('/api/public/deployment'));
      this.county.set(names.countyName);
      this.bureauName.set(names.bureauName);
    } catch {
      // Generic names stay: the API being down is reported by the page's own requests.
    }
  }
}
