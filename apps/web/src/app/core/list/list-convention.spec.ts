import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KeysetList } from './keyset-list';

const APP = join(__dirname, '..', '..');
const CONTRACTS = join(__dirname, '..', '..', '..', '..', '..', '..', 'libs', 'contracts', 'src', 'lib');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ext);
    return ext.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `<nz-table …>` opening tag of the app, in .html templates and inline templates, with its file. */
function nzTableTags(): { file: string; tag: string }[] {
  return files(APP, /\.(html|ts)$/).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<nz-table\b[^>]*>/g)].map((m) => ({ file: relative(APP, file), tag: m[0] })));
}

describe('List convention (issue 17: no row is ever unreachable)', () => {
  it('Issue 17: an nz-table whose pager is hidden does not page in the browser either ([nzFrontPagination]="false")', () => {
    const tags = nzTableTags();
    expect(tags.length).toBeGreaterThan(30);
    const hidingRows = tags.filter(({ tag }) => tag.includes('[nzShowPagination]="false"') && !tag.includes('[nzFrontPagination]="false"'));
    expect(hidingRows.map(({ file, tag }) => `${file}: ${tag}`)).toEqual([]);
  });

  it('Issue 17: every nz-table with a header row is a card list on a phone (appCardList); label/count tables stay tables', () => {
    const tables = files(APP, /\.(html|ts)$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<nz-table\b[^>]*>[\s\S]*?<\/nz-table>/g)].map((m) => ({ file: relative(APP, file), table: m[0] })),
    );
    expect(tables.length).toBeGreaterThan(30);
    const plain = tables.filter(({ table }) => table.includes('<thead') && !/^<nz-table\b[^>]*\bappCardList\b/.test(table));
    expect(plain.map(({ file, table }) => `${file}: ${table.slice(0, 120)}`)).toEqual([]);
  });

  it('Issue 17: an nz-table that pages in the browser shows its pager', () => {
    const hiddenPager = nzTableTags().filter(({ tag }) => !tag.includes('[nzFrontPagination]="false"') && /\[nzShowPagination\]="(?!true)/.test(tag));
    expect(hiddenPager.map(({ file, tag }) => `${file}: ${tag}`)).toEqual([]);
  });

  it('Issue 17: every web API method returning a keyset page can ask for the next page (takes a cursor or a query)', () => {
    const pageTypes = files(CONTRACTS, /\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export interface (\w+) \{[^}]*\bnextCursor\b[^}]*\}/g)].map((m) => m[1]),
    );
    expect(pageTypes).toEqual(expect.arrayContaining(['CaseListResponse', 'ReturnEscortPage', 'DutyRosterPage', 'BacklogListResponse']));
    const firstPageOnly = files(APP, /\.api\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s+(?:async\s+)?(\w+)\(([^)]*)\): Promise<(\w+)>/gm)]
        .filter(([, , params, type]) => pageTypes.includes(type) && !/\b(after|before|cursor)\b|Query\b/.test(params))
        .map(([, name]) => `${relative(APP, file)}: ${name}()`),
    );
    // Typeahead pickers that show the best matches only, never a list of record.
    expect(firstPageOnly).toEqual(['features/workflow/data-access/workflow.api.ts: findCases()']);
  });

  it('Issue 17: KeysetList appends page after page until nextCursor is null, and reload starts over', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: 'c1' },
      c1: { items: [3, 4], nextCursor: 'c2' },
      c2: { items: [5], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const list = new KeysetList<number>(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? 'first'];
    });
    await list.reload();
    expect(list.items()).toEqual([1, 2]);
    expect(list.hasMore()).toBe(true);
    await list.more();
    await list.more();
    expect(list.items()).toEqual([1, 2, 3, 4, 5]);
    expect(list.hasMore()).toBe(false);
    await list.more();
    expect(asked).toEqual([undefined, 'c1', 'c2']);
    await list.reload();
    expect(list.items()).toEqual([1, 2]);
  });
});
