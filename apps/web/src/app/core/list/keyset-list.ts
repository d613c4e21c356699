import { computed, signal } from '@angular/core';

/** One page of a keyset-paged API list (`nextCursor` null on the last page). */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fetches the page after `cursor` (undefined: the first page). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<KeysetPage<T>>;

/**
 * The list convention of the web app: a keyset-paged API list is shown whole, page after page.
 * `reload()` fetches the first page, `more()` appends the next one; `hasMore` drives the
 * 「加载更多」 button (<app-load-more>). The nz-table showing `items` must not page again
 * in the browser (`[nzFrontPagination]="false"`), so every loaded row stays visible.
 */
export class KeysetList<T> {
  readonly items = signal<T[]>([]);
  readonly loading = signal(false);
  private readonly cursor = signal<string | null>(null);
  readonly hasMore = computed(() => this.cursor() !== null);

  constructor(private readonly fetchPage: PageFetcher<T>) {}

  /** The first page again (after a filter change or a write). */
  async reload(): Promise<void> {
    await this.load(undefined);
  }

  /** The next page, appended; no-op on the last page. */
  async more(): Promise<void> {
    const cursor = this.cursor();
    if (cursor !== null) await this.load(cursor);
  }

  private async load(cursor: string | undefined): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.fetchPage(cursor);
      this.items.update((list) => (cursor === undefined ? page.items : [...list, ...page.items]));
      this.cursor.set(page.nextCursor);
    } finally {
      this.loading.set(false);
    }
  }
}
