import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicCaseView } from '@julu/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../../core/icons';
import { PublicQueryPage } from './public-query.page';

const found = (status: 'OPEN' | 'EVALUATED'): PublicCaseView => ({
  caseNo: '1305292026000001',
  title: '反映拖欠工资',
  registeredOn: '2026-05-01',
  state: 'CLOSED',
  stateLabel: '办结',
  timeline: [{ on: '2026-05-01', label: '登记' }],
  notices: [],
  evaluations: [
    {
      stage: 'HANDLING',
      status,
      result: status === 'OPEN' ? null : 'SATISFIED',
      source: status === 'OPEN' ? null : 'PUBLIC',
      comment: null,
      recordedAt: null,
      windowEndsOn: '2026-06-30',
    },
  ],
  nextDeadline: null,
});

describe('PublicQueryPage', () => {
  let fixture: ComponentFixture<PublicQueryPage>;
  let http: HttpTestingController;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string): HTMLElement | null => el().querySelector(`[data-testid="${id}"]`);
  const settle = async (): Promise<void> => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const type = (testId: string, value: string): void => {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const lookUp = async (code: string, last4: string): Promise<void> => {
    type('pq-code', code);
    type('pq-last4', last4);
    await settle();
    byTestId('pq-submit')?.click();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PublicQueryPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNzIcons(APP_ICONS)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PublicQueryPage);
    fixture.detectChanges();
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the not-found message and nothing of any case for a wrong code or tail', async () => {
    await lookUp('abcd efgh 2345', '0000');
    const req = http.expectOne('/api/public/cases/lookup');
    expect(req.request.body).toEqual({ queryCode: 'ABCDEFGH2345', last4: '0000' });
    req.flush({ statusCode: 404, code: 'NOT_FOUND', message: '查询码或后四位不正确，请核对后重试' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(byTestId('pq-error')?.textContent).toContain('查询码或后四位不正确，请核对后重试');
    expect(byTestId('pq-result')).toBeNull();
  });

  it('shows a registered matter in a neutral colour with its next statutory deadline', async () => {
    await lookUp('ABCDEFGH2345', '123x');
    const registered: PublicCaseView = {
      ...found('OPEN'),
      state: 'REGISTERED',
      stateLabel: '已登记',
      evaluations: [],
      nextDeadline: { label: '信访部门转送、交办或告知是否受理的期限', dueOn: '2026-05-16', party: 'ORGAN' },
    };
    http.expectOne('/api/public/cases/lookup').flush(registered);
    await settle();
    const tag = byTestId('pq-state');
    expect(tag?.className).toContain('ant-tag-processing');
    expect(tag?.className).not.toContain('red');
    expect(byTestId('pq-next-deadline')?.textContent).toContain('信访部门转送、交办或告知是否受理的期限');
    expect(byTestId('pq-next-deadline-due')?.textContent).toBe('2026年5月16日');
  });

  it('checks both fields before asking the server: the tip under the wrong one, the cursor in it', async () => {
    document.body.appendChild(el());
    await lookUp('ABCDEFGH2345', '12');
    await settle();
    expect(el().querySelector('[data-field="last4"] .ant-form-item-explain-error')?.textContent).toContain('后四位应为 4 个数字');
    expect(document.activeElement?.id).toBe('pq-last4');
    expect(byTestId('pq-error')).toBeNull();
    http.expectNone('/api/public/cases/lookup');
  });

  it('asks for a result before sending an evaluation, under the stage being evaluated', async () => {
    document.body.appendChild(el());
    await lookUp('ABCDEFGH2345', '123x');
    http.expectOne('/api/public/cases/lookup').flush(found('OPEN'));
    await settle();
    byTestId('pq-eval-submit-HANDLING')?.click();
    await settle();
    expect(el().querySelector('[data-testid="pq-eval-HANDLING"] [data-field="result"]')?.textContent).toContain('请选择评价结果');
    expect(document.activeElement?.closest('[data-field="result"]')).not.toBeNull();
    http.expectNone('/api/public/cases/evaluation');
  });

  it('shows the case and sends an evaluation of an open stage with the same lookup', async () => {
    await lookUp('ABCDEFGH2345', '123x');
    http.expectOne('/api/public/cases/lookup').flush(found('OPEN'));
    await settle();
    expect(byTestId('pq-state')?.textContent).toContain('办结');
    expect(byTestId('pq-eval-status-HANDLING')?.textContent).toContain('可评价');
    el().querySelector<HTMLElement>('[data-testid="pq-eval-result-HANDLING"] [nz-radio]')?.click();
    await settle();
    byTestId('pq-eval-submit-HANDLING')?.click();
    const req = http.expectOne('/api/public/cases/evaluation');
    expect(req.request.body).toEqual({ queryCode: 'ABCDEFGH2345', last4: '123X', stage: 'HANDLING', result: 'SATISFIED' });
    req.flush(found('EVALUATED'));
    await settle();
    expect(byTestId('pq-thanks')).not.toBeNull();
    expect(byTestId('pq-eval-status-HANDLING')?.textContent).toContain('已评价（满意）');
  });
});
