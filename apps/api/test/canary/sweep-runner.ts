import type { CanaryHttp } from './canary-http';
import type { CanaryWorld } from './canary-seed';
import { COUNTY_VIEWERS, VIEWERS, type Viewer } from './canary-tokens';
import { bodyText, bytes, isZip } from './body-text';
import { type FilterValues, queryVariants, withQuery } from './query-variants';
import type { GetRoute } from './route-catalog';

export interface Answer {
  route: string;
  url: string;
  viewer: Viewer;
  /** Path parameter values of the call. */
  params: Record<string, string>;
  status: number;
  json: unknown;
  text: string;
  /** The body was an Office file (.xlsx, .docx) whose text was extracted. */
  file: boolean;
}

interface Call {
  route: GetRoute;
  viewer: Viewer;
  params: Record<string, string>;
}

const IN_FLIGHT = 8;
/** Ids taken from a viewer's own lists per detail route (the canaries' ids are always added). */
const FROM_LISTS = 8;
/** Detail routes whose ids come from another route than the list at their prefix. */
const SOURCES: Record<string, { route: string; key?: string }> = {
  '/api/diversion/cases': { route: '/api/cases' },
  '/api/notices': { route: '/api/cases/:id/workflow', key: 'notices' },
  '/api/indicators': { route: '/api/indicators/dashboard', key: 'cards' },
};

const idsIn = (json: unknown, key?: string): string[] => {
  const holder = key && json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : json;
  const list = Array.isArray(holder)
    ? holder
    : holder && typeof holder === 'object' && Array.isArray((holder as { items?: unknown }).items)
      ? (holder as { items: unknown[] }).items
      : [];
  return list.flatMap((e) => (e && typeof e === 'object' ? [String((e as { id?: unknown; code?: unknown }).id ?? (e as { code?: unknown }).code ?? '')] : [])).filter(Boolean);
};
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Calls every GET route as every viewer, list routes first, then detail routes with the ids found. */
export class SweepRunner {
  readonly answers: Answer[] = [];

  constructor(
    private readonly http: CanaryHttp,
    private readonly world: CanaryWorld,
    private readonly values: FilterValues,
  ) {}

  async run(routes: readonly GetRoute[]): Promise<void> {
    const paths = new Set(routes.map((r) => r.path));
    const prefixOf = (r: GetRoute): string => r.path.slice(0, r.path.indexOf('/:'));
    const listed = (r: GetRoute): boolean => r.params.length === 1 && !SOURCES[prefixOf(r)]?.key && paths.has(SOURCES[prefixOf(r)]?.route ?? prefixOf(r));
    await this.callAll(routes.filter((r) => r.params.length === 0).flatMap((route) => VIEWERS.map((viewer) => ({ route, viewer, params: {} }))));
    await this.callAll(routes.filter(listed).flatMap((route) => this.detailCalls(route)));
    await this.callAll(routes.filter((r) => r.params.length > 0 && !listed(r)).flatMap((route) => this.detailCalls(route)));
  }

  /**
   * The lookup routes take their search in a POST body (so no number sits in a URL): each viewer
   * looks every canary person up by whole ID number, by mobile and by name. The answers join the
   * GET answers and face the same leak check.
   */
  async lookups(path: string, bodies: readonly Record<string, string>[]): Promise<void> {
    const calls = VIEWERS.flatMap((viewer) => bodies.map((body) => ({ viewer, body })));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < calls.length) {
        const c = calls[next++];
        if (!c) continue;
        const res = await this.http.try(c.viewer, 'post', path, c.body).buffer(true).parse(bytes);
        const text = await bodyText(res);
        const json: unknown = String(res.headers['content-type'] ?? '').includes('json') ? JSON.parse((res.body as Buffer).toString('utf8')) : null;
        this.answers.push({ route: `POST ${path}`, url: `${path} ${Object.keys(c.body).join(',')}`, viewer: c.viewer, params: {}, status: res.status, json, text, file: false });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  private detailCalls(route: GetRoute): Call[] {
    return VIEWERS.flatMap((viewer) => this.paramSets(route, viewer).map((params) => ({ route, viewer, params })));
  }

  /** The path parameter values a viewer calls a detail route with. */
  private paramSets(route: GetRoute, viewer: Viewer): Record<string, string>[] {
    const [first, second] = route.params as [string, string | undefined];
    const prefix = route.path.slice(0, route.path.indexOf('/:'));
    if (!second) {
      const source = SOURCES[prefix] ?? { route: prefix };
      // Indicator codes are a dictionary: an administrator's dashboard names them all.
      const from = this.answers.filter((a) => a.route === source.route && (a.viewer === viewer || (first === 'code' && a.viewer === 'ADMIN')) && a.status === 200);
      const found = unique(from.flatMap((a) => idsIn(a.json, source.key))).slice(0, first === 'code' ? undefined : FROM_LISTS);
      const canaries = first === 'code' ? [] : (this.world.idsByKind.get(source.route === '/api/cases' ? '/api/cases' : prefix) ?? []);
      return unique([...canaries, ...found]).map((id) => ({ [first]: id }));
    }
    // Two parameters (`/api/cases/:id/attachments/:attachmentId`): from the list of the parent
    // (`…/:id/attachments`), else from a key of the parent's detail (`/api/publicity/events/:id` → photos).
    const parent = route.path.slice(0, route.path.lastIndexOf('/:'));
    const literal = parent.slice(parent.lastIndexOf('/') + 1);
    const detail = parent.slice(0, parent.lastIndexOf('/'));
    const sets: Record<string, string>[] = [];
    for (const a of this.answers.filter((x) => x.viewer === viewer && x.status === 200 && (x.route === parent || x.route === detail))) {
      for (const id of idsIn(a.json, a.route === detail ? literal : undefined)) sets.push({ [first]: a.params[first] ?? '', [second]: id });
    }
    for (const [kind, ids] of this.world.idsByKind) {
      const m = new RegExp(`^${parent.replace(`:${first}`, '([^/]+)')}$`).exec(kind);
      if (m?.[1]) for (const id of ids) sets.push({ [first]: m[1], [second]: id });
    }
    return unique(sets.map((s) => JSON.stringify(s))).map((s) => JSON.parse(s) as Record<string, string>);
  }

  private async callAll(calls: Call[]): Promise<void> {
    const expanded = calls.flatMap((c) => {
      const variants = queryVariants(c.route.query, this.values, c.route.path.endsWith('/records'));
      // A county-wide viewer sees every record of a detail route's drill-down unfiltered, so there
      // filters could only narrow its answer (lists keep them: a lookup filter can change the shape).
      return (COUNTY_VIEWERS.includes(c.viewer) && c.route.params.length > 0 ? variants.slice(0, 1) : variants).map((q) => ({
        ...c,
        url: withQuery(
          c.route.path.replace(/:(\w+)/g, (_m, n: string) => c.params[n] ?? ''),
          q,
        ),
      }));
    });
    // The role guard answers before anything else: once a viewer's role is refused a route, the
    // other variants of that route would only repeat the 403.
    const group = (c: { route: GetRoute; viewer: Viewer }): string => `${c.route.path} ${c.viewer}`;
    const firsts = new Map<string, Call & { url: string }>();
    for (const c of expanded) if (!firsts.has(group(c))) firsts.set(group(c), c);
    await this.batches([...firsts.values()]);
    const refused = new Set([...firsts.values()].filter((c) => this.answers.find((a) => a.url === c.url && a.viewer === c.viewer)?.status === 403).map(group));
    await this.batches(expanded.filter((c) => firsts.get(group(c)) !== c && !refused.has(group(c))));
  }

  /** A few requests in flight at a time (a pool, so one slow answer does not hold up the others). */
  private async batches(calls: (Call & { url: string })[]): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < calls.length) {
        const c = calls[next++];
        if (c) await this.call(c);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  private async call(c: Call & { url: string }): Promise<void> {
    const res = await this.http.get(c.viewer, c.url).buffer(true).parse(bytes);
    const text = await bodyText(res);
    let json: unknown = null;
    if (String(res.headers['content-type'] ?? '').includes('json')) json = JSON.parse((res.body as Buffer).toString('utf8'));
    this.answers.push({ route: c.route.path, url: c.url, viewer: c.viewer, params: c.params, status: res.status, json, text, file: isZip(res.body as Buffer) });
  }
}
