import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormsModule, NgModel } from '@angular/forms';
import { By } from '@angular/platform-browser';
import { NzDatePickerComponent } from 'ng-zorro-antd/date-picker';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { DateFieldComponent, type DateFieldMode } from './date-field.component';

@Component({
  imports: [FormsModule, DateFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-date-field [mode]="mode()" label="收到日期" [(ngModel)]="value" data-testid="f" />`,
})
class HostComponent {
  readonly mode = signal<DateFieldMode>('date');
  readonly value = signal('');
}

describe('DateFieldComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const input = (): HTMLInputElement => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="f"] input') as HTMLInputElement;
  const settle = async (): Promise<void> => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideNzI18n(zh_CN)] });
    fixture = TestBed.createComponent(HostComponent);
    await settle();
  });

  // The shown text needs Angular's zh locale data, which the unit tier does not load; the browser specs read it.
  it('names its input', () => {
    expect(input().getAttribute('aria-label')).toBe('收到日期');
  });

  it('keeps Enter in the field from submitting the form around it', () => {
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('hands the form the China day of the picked date, and a cleared field as empty', async () => {
    const picker = fixture.debugElement.query(By.directive(NzDatePickerComponent)).injector.get(NgModel);
    // 07:30 in Beijing on 9 December: still 8 December in UTC.
    picker.viewToModelUpdate(new Date('2026-12-08T23:30:00Z'));
    await settle();
    expect(fixture.componentInstance.value()).toBe('2026-12-09');
    picker.viewToModelUpdate(null);
    await settle();
    expect(fixture.componentInstance.value()).toBe('');
  });

  it('hands a date-time as an ISO instant', async () => {
    fixture.componentInstance.mode.set('datetime');
    await settle();
    const picker = fixture.debugElement.query(By.directive(NzDatePickerComponent)).injector.get(NgModel);
    picker.viewToModelUpdate(new Date('2026-12-09T07:30:00+08:00'));
    await settle();
    expect(fixture.componentInstance.value()).toBe('2026-12-08T23:30:00.000Z');
  });

  it('picks months and hands the month as YYYY-MM', async () => {
    fixture.componentInstance.mode.set('month');
    await settle();
    const picker = fixture.debugElement.query(By.directive(NzDatePickerComponent));
    expect(picker.componentInstance.nzMode).toBe('month');
    // The first moment of December in Beijing is still 30 November in UTC.
    picker.injector.get(NgModel).viewToModelUpdate(new Date('2026-11-30T16:00:00Z'));
    await settle();
    expect(fixture.componentInstance.value()).toBe('2026-12');
  });
});
