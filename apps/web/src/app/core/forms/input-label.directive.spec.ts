import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { InputLabelDirective } from './input-label.directive';

@Component({
  imports: [FormsModule, InputLabelDirective, NzCheckboxModule, NzDatePickerModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-select appInputLabel="分流途径" [ngModel]="null" data-testid="select"><nz-option nzValue="A" nzLabel="甲" /></nz-select>
    <nz-range-picker [appInputLabel]="['登记日期起', '登记日期止']" [ngModel]="null" data-testid="range" />
    <label nz-checkbox appInputLabel="不适用" [ngModel]="false" data-testid="checkbox"></label>
  `,
})
class HostComponent {}

describe('InputLabelDirective', () => {
  let fixture: ComponentFixture<HostComponent>;
  const names = (testId: string): (string | null)[] =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"] input`)).map((i) => i.getAttribute('aria-label'));

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideNzI18n(zh_CN)] });
    fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('Issue 17: names the inputs ng-zorro renders inside a select, a range picker and a checkbox without text', () => {
    expect(names('select')).toEqual(['分流途径']);
    expect(names('range')).toEqual(['登记日期起', '登记日期止']);
    expect(names('checkbox')).toEqual(['不适用']);
  });
});
