import type { CaseListQuery } from '@julu/contracts';

const STORAGE_PREFIX = 'julu.caseViews.';

export interface SavedView {
  name: string;
  query: CaseListQuery;
}

/** Saved filter sets of the case list, per user, kept in this browser (localStorage). */
export class SavedViews {
  constructor(
    private readonly userId: string,
    private readonly storage: Storage = localStorage,
  ) {}

  list(): SavedView[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key()) ?? '[]');
      return Array.isArray(parsed) ? (parsed as SavedView[]).filter((v) => typeof v?.name === 'string' && typeof v.query === 'object') : [];
    } catch {
      return [];
    }
  }

  /** Saves (or replaces, by name) a view; paging fields are never saved. */
  save(name: string, query: CaseListQuery): SavedView[] {
    const filters: CaseListQuery = { ...query };
    delete filters.after;
    delete filters.limit;
    const views = [...this.list().filter((v) => v.name !== name), { name, query: filters }];
    this.storage.setItem(this.key(), JSON.stringify(views));
    return views;
  }

  remove(name: string): SavedView[] {
    const views = this.list().filter((v) => v.name !== name);
    this.storage.setItem(this.key(), JSON.stringify(views));
    return views;
  }

  private key(): string {
    return `${STORAGE_PREFIX}${this.userId}`;
  }
}
