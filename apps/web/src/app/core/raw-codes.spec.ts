import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '@julu/contracts';
import { API_ROUTES, AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, type AuditLogEntry, type DiversionRuleView } from '@julu/contracts';
import { INDICATOR_DEFINITIONS } from '@julu/domain';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ANNUAL_REPORT_LABELS } from '../features/annual-report/annual-report.labels';
import { AuditPage } from '../features/audit/audit.page';
import { BUDGET_LABELS } from '../features/budget/budget.labels';
import { CALENDAR_ADMIN_LABELS } from '../features/calendar-admin/calendar-admin.labels';
import { CASES_LABELS } from '../features/cases/cases.labels';
import { DASHBOARD_LABELS } from '../features/dashboard/dashboard.labels';
import { DUTY_LABELS } from '../features/duty/duty.labels';
import { HOTSPOTS_LABELS } from '../features/hotspots/hotspots.labels';
import { INCIDENTS_LABELS } from '../features/incidents/incidents.labels';
import { PETITIONERS_LABELS } from '../features/petitioners/petitioners.labels';
import { PUBLIC_QUERY_LABELS } from '../features/public-query/public-query.labels';
import { PUBLICITY_LABELS } from '../features/publicity/publicity.labels';
import { RECEPTION_LABELS } from '../features/reception/reception.labels';
import { WORKFLOW_LABELS } from '../features/workflow/workflow.labels';
import { DIVERSION_RULES_LABELS } from '../features/diversion-rules/diversion-rules.labels';
import { DiversionRulesPage } from '../features/diversion-rules/diversion-rules.page';
import { DIVERSION_LABELS } from '../features/diversion/diversion.labels';
import { AUDIT_LABELS } from '../features/audit/audit.labels';
import { CATEGORIES_LABELS } from '../features/categories/categories.labels';
import { LOGIN_LABELS } from '../features/login/login.labels';
import { ORG_LABELS } from '../features/org/org.labels';
import { PROFILE_LABELS } from '../features/profile/profile.labels';
import { RESIDENT_ID_LABELS } from '../features/resident-id/resident-id.labels';
import { USERS_LABELS } from '../features/users/users.labels';
import { ENUM_VALUE_LABELS, isEnumCode } from './enum-labels';
import { APP_ICONS } from './icons';
import { LABELS } from './labels';

const API_SRC = join(__dirname, '..', '..', '..', '..', 'api', 'src');

/** What must never reach a user's screen: enum codes, clock codes, snake_case type names, UUIDs, doc references. */
const RAW =
  /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_])|(?<![A-Za-z0-9])D\d(?!\d)|(?<![A-Za-z0-9_])[a-z]+_[a-z_]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|DOMAIN\.md/;

function apiSources(dir = API_SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : apiSources(path);
    return e.name.endsWith('.ts') && !e.name.includes('spec') ? [readFileSync(path, 'utf8')] : [];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('Raw codes never reach the screen (issue 17)', () => {
  it('Issue 17: every enum value listed in @julu/contracts has a Chinese label', () => {
    const unlabelled = Object.entries(contracts)
      .filter(([, v]) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && isEnumCode(x)))
      .flatMap(([name, values]) => (values as unknown as string[]).filter((v) => !ENUM_VALUE_LABELS[v]).map((v) => `${name}: ${v}`));
    expect(unlabelled).toEqual([]);
  });

  it('Issue 17: every audit action and object type the API writes has a label', () => {
    const sources = apiSources().join('\n');
    const actions = new Set([...sources.matchAll(/\baction: '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1]));
    const types = new Set([...sources.matchAll(/\bentityType: '([a-z_]+)'/g)].map((m) => m[1]));
    expect(actions.size).toBeGreaterThan(40);
    expect([...actions].filter((a) => !AUDIT_ACTION_LABELS[a])).toEqual([]);
    expect([...types].filter((t) => !AUDIT_ENTITY_TYPE_LABELS[t])).toEqual([]);
  });

  it('Issue 17: indicator 口径说明 and the web labels carry no clock codes (D1…D9) and no DOMAIN.md references', () => {
    const texts = [
      ...strings(INDICATOR_DEFINITIONS.map((d) => ({ ...d, code: '' }))),
      ...strings(LABELS),
      ...[
        DUTY_LABELS,
        BUDGET_LABELS,
        DASHBOARD_LABELS,
        ANNUAL_REPORT_LABELS,
        CALENDAR_ADMIN_LABELS,
        INCIDENTS_LABELS,
        PUBLICITY_LABELS,
        DIVERSION_RULES_LABELS,
        DIVERSION_LABELS,
        HOTSPOTS_LABELS,
        WORKFLOW_LABELS,
        PUBLIC_QUERY_LABELS,
        RECEPTION_LABELS,
        CASES_LABELS,
        PETITIONERS_LABELS,
        AUDIT_LABELS,
        CATEGORIES_LABELS,
        LOGIN_LABELS,
        ORG_LABELS,
        PROFILE_LABELS,
        RESIDENT_ID_LABELS,
        USERS_LABELS,
      ].flatMap(strings),
    ];
    expect(texts.filter((t) => /(?<![A-Za-z0-9])D\d(?!\d)|DOMAIN\.md/.test(t))).toEqual([]);
  });

  describe('rendered pages', () => {
    beforeEach(() => {
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideNzIcons(APP_ICONS)] });
    });

    async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
      await fixture.whenStable();
      fixture.detectChanges();
    }

    it('Issue 17: the audit log shows labelled actions, object types, fields and values — no codes, no ids', async () => {
      const fixture = TestBed.createComponent(AuditPage);
      fixture.detectChanges();
      const http = TestBed.inject(HttpTestingController);
      const entry = (over: Partial<AuditLogEntry>): AuditLogEntry => ({
        id: crypto.randomUUID(),
        occurredAt: '2026-05-01T08:00:00Z',
        actorUserId: '6f1c0a52-1111-4c1e-9a55-0c6f4f0f0a01',
        actorUsername: 'admin',
        action: 'duty_shift.check_in',
        entityType: 'duty_shift',
        entityId: '6f1c0a52-2222-4c1e-9a55-0c6f4f0f0a02',
        changes: { status: { before: 'PLANNED', after: 'ON_DUTY' } },
        reason: null,
        requestId: null,
        clientIp: '10.0.0.1',
        ...over,
      });
      http
        .expectOne((r) => r.url === API_ROUTES.auditLogs)
        .flush({
          items: [
            entry({}),
            entry({
              action: 'user.create',
              entityType: 'user',
              changes: { username: { after: 'zhang' }, role: { after: 'HANDLER' }, orgUnitId: { after: '6f1c0a52-3333-4c1e-9a55-0c6f4f0f0a03' } },
            }),
            entry({ action: 'duty_roster.create', entityType: 'duty_roster', changes: { dateFrom: { after: '2026-05-01' }, dateTo: { after: '2026-05-31' } } }),
          ],
          nextCursor: null,
        });
      await settle(fixture);
      const text = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="audit-table"]')?.textContent ?? '';
      expect(text).toContain('值班班次');
      expect(text).toContain(`状态: ${ENUM_VALUE_LABELS['PLANNED']} → ${ENUM_VALUE_LABELS['ON_DUTY']}`);
      expect(text).toContain('开始日期: 2026-05-01');
      expect(text.match(RAW)).toBeNull();
      expect(text).not.toMatch(/\b(status|dateFrom|PLANNED|ON_DUTY|HANDLER)\b/);
      http.verify();
    });

    it('Issue 17: the 对象类型 filter of the audit log is a list of labelled types, not free text', async () => {
      const fixture = TestBed.createComponent(AuditPage);
      fixture.detectChanges();
      await settle(fixture);
      const filter = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="audit-entity-type"]');
      expect(filter?.tagName.toLowerCase()).toBe('nz-select');
      TestBed.inject(HttpTestingController).match(() => true);
    });

    it('Issue 17: the 分流规则 page shows rule titles and route labels, never the rule codes', async () => {
      const fixture = TestBed.createComponent(DiversionRulesPage);
      fixture.detectChanges();
      const http = TestBed.inject(HttpTestingController);
      const rule: DiversionRuleView = {
        id: 'r1',
        code: 'ADMIN_LITIGATION',
        version: 1,
        title: '行政诉讼',
        route: 'LITIGATION',
        matterTypes: [],
        categoryCodes: [],
        keywords: ['起诉'],
        legalBasis: '《行政诉讼法》',
        competentOrgan: '人民法院',
        statutoryClock: '',
        limit: null,
        priority: 1,
        active: true,
        createdAt: '2026-01-01T00:00:00Z',
      } as DiversionRuleView;
      for (const req of http.match((r) => r.url.startsWith(API_ROUTES.diversionRules))) req.flush([rule]);
      for (const req of http.match((r) => r.url === API_ROUTES.contentCategories)) req.flush([]);
      await settle(fixture);
      const text = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="rules-table"]')?.textContent ?? '';
      expect(text).toContain('行政诉讼');
      expect(text.match(RAW)).toBeNull();
    });
  });
});
