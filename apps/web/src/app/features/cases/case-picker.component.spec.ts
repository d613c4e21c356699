import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { By } from '@angular/platform-browser';
import type { CaseSummary } from '@julu/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import { APP_ICONS } from '../../core/icons';
import { CasePickerComponent } from './case-picker.component';

@Component({
  imports: [FormsModule, CasePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<label for="the-case">关联信访事项</label><app-case-picker inputId="the-case" [(ngModel)]="caseId" />`,
})
class HostComponent {
  readonly caseId = signal('');
}

const ID = '6f1c2a9e-0b7d-4c1e-9a55-0d1f2e3c4b5a';
const found = (id: string, caseNo: string, title: string): CaseSummary => ({
  id,
  caseNo,
  registeredAt: '2026-03-05T01:30:00.000Z',
  channel: 'VISIT',
  source: 'DIRECT',
  matterType: 'APPEAL',
  categoryCode: '04',
  categoryLabel: '农村农业',
  title,
  townshipId: 't1',
  townshipName: '巨鹿镇',
  villageName: null,
  status: 'REGISTERED',
  peopleCount: 1,
  flags: { group: false, skipLevel: false, jointLetter: false, lawRelated: false, repeat: false },
  primaryPetitionerName: '张三丰',
});

describe('CasePickerComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let http: HttpTestingController;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const settle = async (): Promise<void> => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const select = (): NzSelectComponent => fixture.debugElement.query(By.directive(NzSelectComponent)).componentInstance as NzSelectComponent;
  /** The options the select offers (nz-option renders nothing itself; the select lists them). */
  const offered = (): string[] => select().listOfNzOptionComponent.map((o) => String(o.nzLabel));
  const shown = (): string => el().querySelector('.ant-select-selection-item')?.textContent?.trim() ?? '';

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideNzIcons(APP_ICONS)] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HostComponent);
    await settle();
  });

  afterEach(() => http.verify());

  it('puts the label’s id on its search input, where the cursor goes', () => {
    const input = el().querySelector<HTMLInputElement>('#the-case');
    expect(input?.tagName).toBe('INPUT');
    input?.focus();
    expect(document.activeElement).toBe(input);
  });

  it('names a case written in by its number, title and state, never by its id', async () => {
    fixture.componentInstance.caseId.set(ID);
    await settle();
    http.expectOne(`/api/cases/${ID}`).flush({ ...found(ID, '1305292026000123', '反映宅基地边界纠纷'), petitioners: [] });
    await settle();
    expect(shown()).toBe('1305292026000123 反映宅基地边界纠纷（已登记）');
    expect(el().textContent).not.toContain(ID);
  });

  it('names a linked case it cannot read as such, with the API’s reason under it', async () => {
    fixture.componentInstance.caseId.set(ID);
    await settle();
    http.expectOne(`/api/cases/${ID}`).flush({ code: 'NOT_FOUND', message: '信访事项不存在或不在您的管辖范围内' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(shown()).toBe('已关联的信访事项（暂时无法读取）');
    expect(el().textContent).toContain('信访事项不存在或不在您的管辖范围内');
    expect(el().textContent).not.toContain(ID);
  });

  it('looks up what is typed in a POST body (never the URL), offers the matches and hands the form the picked id', async () => {
    select().onInputValueChange(' 张三 ');
    const req = http.expectOne((r) => r.url === '/api/cases/lookup');
    expect(req.request.method).toBe('POST');
    expect(req.request.urlWithParams).toBe('/api/cases/lookup');
    expect(req.request.body).toEqual({ text: '张三' });
    req.flush([found(ID, '1305292026000123', '反映宅基地边界纠纷'), found('c2', '1305292026000124', '反映拖欠工资')]);
    await settle();
    expect(offered()).toEqual(['1305292026000123 反映宅基地边界纠纷（已登记）', '1305292026000124 反映拖欠工资（已登记）']);
    select().onItemClick(ID);
    await settle();
    expect(fixture.componentInstance.caseId()).toBe(ID);
    expect(shown()).toBe('1305292026000123 反映宅基地边界纠纷（已登记）');
  });

  it('drops the answer to a search the user has typed past, and sends nothing for blank input', async () => {
    select().onInputValueChange('张');
    select().onInputValueChange('张三');
    const [first, second] = http.match((r) => r.url === '/api/cases/lookup');
    expect([first.request.body, second.request.body]).toEqual([{ text: '张' }, { text: '张三' }]);
    second.flush([found('c2', '1305292026000124', '反映拖欠工资')]);
    first.flush([found('c1', '1305292026000001', '旧的答复')]);
    await settle();
    expect(offered()).toEqual(['1305292026000124 反映拖欠工资（已登记）']);
    select().onInputValueChange('   ');
    http.expectNone((r) => r.url === '/api/cases/lookup');
    await settle();
    expect(offered()).toEqual([]);
  });
});
