import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseWorkflowView } from '@julu/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../../core/icons';
import { WorkflowPanelComponent } from './workflow-panel.component';

const view = (over: Partial<CaseWorkflowView> = {}): CaseWorkflowView => ({
  caseId: 'c1',
  caseNo: '1305292026000001',
  state: 'ACCEPTED',
  version: 4,
  handlingUnitId: 'u9',
  handlingUnitName: '县人力资源和社会保障局',
  supervision: { level: 'YELLOW', since: '2026-05-02T08:00:00Z', note: '加快办理' },
  overdue: true,
  clocks: [
    {
      id: 'k5',
      code: 'D5',
      label: '办理期限',
      article: '《信访工作条例》第三十四条',
      party: 'ORGAN',
      status: 'RUNNING',
      startedOn: '2026-05-01',
      amount: 60,
      unit: 'DAYS',
      dueOn: '2026-06-30',
      explanation: ['受理之日 2026-05-01 不计入', '第 60 日为 2026-06-30'],
      extendedDays: 0,
      pauses: [],
      stoppedAt: null,
      stopReason: null,
      overdue: false,
      daysLeft: 4,
      responsibleUnitName: '县人力资源和社会保障局',
      version: 1,
    },
  ],
  events: [{ id: 'e1', at: '2026-05-01T02:00:00Z', action: 'ACCEPT', label: '受理', fromState: 'FORWARDED', toState: 'ACCEPTED', actorName: '赵办理', note: null, details: {} }],
  notices: [],
  evaluations: [{ stage: 'ACCEPTANCE', status: 'OPEN', result: null, source: null, comment: null, recordedAt: null, windowEndsOn: '2026-05-31' }],
  permittedActions: ['START_HANDLING', 'DIVERT'],
  ...over,
});

describe('WorkflowPanelComponent', () => {
  let fixture: ComponentFixture<WorkflowPanelComponent>;
  let http: HttpTestingController;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string): HTMLElement | null => document.querySelector(`[data-testid="${id}"]`);
  const settle = async (): Promise<void> => {
    await fixture.whenStable();
    fixture.detectChanges();
  };

  beforeEach(async () => {
    // A reception officer's session (the 回访 button is theirs).
    const user = { id: 'u1', username: 'reception', displayName: '王接待', role: 'RECEPTION', orgUnitId: 'b1', orgUnitName: '巨鹿县信访局' };
    sessionStorage.setItem('julu.session', JSON.stringify({ accessToken: 't', refreshToken: 'r', expiresAt: Date.now() + 600_000, user }));
    TestBed.configureTestingModule({
      imports: [WorkflowPanelComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNzIcons(APP_ICONS)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WorkflowPanelComponent);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.detectChanges();
    http.expectOne('/api/cases/c1/workflow').flush(view());
    await settle();
  });

  it('shows the state, the flags, the clocks coloured by days left, and a button per permitted action only', () => {
    expect(byTestId('wf-state')?.textContent).toContain('已受理');
    expect(byTestId('wf-supervision')?.textContent).toContain('黄牌督办');
    expect(byTestId('wf-overdue')?.textContent).toContain('超期');
    const left = byTestId('wf-clock-left-D5');
    expect(left?.textContent).toContain('剩 4 天');
    expect(left?.className).toContain('ant-tag-orange');
    const buttons = Array.from(el().querySelectorAll('[data-testid^="wf-action-"]')).map((b) => b.getAttribute('data-testid'));
    expect(buttons).toEqual(['wf-action-START_HANDLING', 'wf-action-DIVERT']);
    expect(byTestId('wf-evaluation-record-ACCEPTANCE')).not.toBeNull();
  });

  it('sends the transition with the version seen and an Idempotency-Key, and shows the new state', async () => {
    byTestId('wf-action-START_HANDLING')?.click();
    await settle();
    byTestId('wf-submit')?.click();
    const req = http.expectOne('/api/cases/c1/transitions');
    expect(req.request.body).toEqual({ action: 'START_HANDLING', expectedVersion: 4 });
    expect(req.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    req.flush(view({ state: 'IN_PROGRESS', version: 5, permittedActions: ['REPLY'] }));
    await settle();
    expect(byTestId('wf-state')?.textContent).toContain('办理中');
    expect(byTestId('wf-message')?.textContent).toContain('开始办理');
    expect(byTestId('wf-submit')).toBeNull();
  });

  it('offers no 回访 button on a case the user’s own unit handles (it would evaluate its own work)', async () => {
    byTestId('wf-action-START_HANDLING')?.click();
    await settle();
    byTestId('wf-submit')?.click();
    http.expectOne('/api/cases/c1/transitions').flush(view({ state: 'IN_PROGRESS', version: 5, permittedActions: ['REPLY'], handlingUnitId: 'b1' }));
    await settle();
    expect(byTestId('wf-state')?.textContent).toContain('办理中');
    expect(byTestId('wf-evaluation-record-ACCEPTANCE')).toBeNull();
  });

  const fieldTip = (field: string): string | undefined => document.querySelector(`[data-field="${field}"] .ant-form-item-explain-error`)?.textContent ?? undefined;

  it('keeps the form open, puts what is missing under its control and the cursor on the first', async () => {
    byTestId('wf-action-DIVERT')?.click();
    await settle();
    byTestId('wf-submit')?.click();
    await settle();
    expect(fieldTip('diversionRoute')).toContain('请选择分流去向');
    expect(fieldTip('competentOrgan')).toContain('请填写有权处理的机关');
    expect(document.activeElement?.id).toBe('wf-diversionRoute');
    expect(byTestId('wf-form-problems')).toBeNull();
    http.expectNone('/api/cases/c1/transitions');
  });

  it('shows an API refusal naming a field under that field, and one naming none beside the submit button, inside the dialog', async () => {
    byTestId('wf-action-START_HANDLING')?.click();
    await settle();
    (document.getElementById('wf-note') as HTMLTextAreaElement).value = '开始办理本事项';
    document.getElementById('wf-note')?.dispatchEvent(new Event('input'));
    byTestId('wf-submit')?.click();
    http
      .expectOne('/api/cases/c1/transitions')
      .flush({ code: 'VALIDATION_FAILED', message: '请检查以下字段', details: [{ field: 'note', message: '说明不能超过 2000 字' }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(fieldTip('note')).toContain('说明不能超过 2000 字');
    expect(document.activeElement?.id).toBe('wf-note');

    byTestId('wf-submit')?.click();
    http.expectOne('/api/cases/c1/transitions').flush({ code: 'FORBIDDEN', message: '您无权办理该事项' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(byTestId('wf-form-problems')?.textContent).toContain('您无权办理该事项');
    expect(byTestId('wf-form-problems')?.closest('.ant-modal-content')).not.toBeNull();
    expect(byTestId('wf-message')).toBeNull();
  });

  it('on 409 shows the server message and reloads the case as it now is', async () => {
    byTestId('wf-action-START_HANDLING')?.click();
    await settle();
    byTestId('wf-submit')?.click();
    http.expectOne('/api/cases/c1/transitions').flush({ statusCode: 409, code: 'CONFLICT', message: '该事项已被他人修改，请刷新后重试' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/cases/c1/workflow').flush(view({ state: 'IN_PROGRESS', version: 5, permittedActions: [] }));
    await settle();
    expect(byTestId('wf-message')?.textContent).toContain('该事项已被他人修改，请刷新后重试');
    expect(byTestId('wf-state')?.textContent).toContain('办理中');
    expect(byTestId('wf-submit')).toBeNull();
  });

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });
});
