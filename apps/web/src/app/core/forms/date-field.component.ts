import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, ElementRef, forwardRef, inject, input, signal } from '@angular/core';
import { type ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzTimePickerModule } from 'ng-zorro-antd/time-picker';
import { fromChinaDay, fromInstant, fromTimeOfDay, toChinaDay, toInstant, toTimeOfDay } from './date-values';

/** What the field holds: a day (YYYY-MM-DD), a month (YYYY-MM), a moment (ISO instant) or a time of day (HH:mm). */
export type DateFieldMode = 'date' | 'month' | 'datetime' | 'time';

const FORMATS: Readonly<Record<DateFieldMode, string>> = { date: 'yyyy-MM-dd', month: 'yyyy-MM', datetime: 'yyyy-MM-dd HH:mm', time: 'HH:mm' };

/**
 * A date, date-time or time field on the ng-zorro pickers whose ngModel is the string the API
 * takes (date-values.ts), so a form keeps the values it had with the native inputs. `label` names
 * the control for assistive technology when no <label> wraps it. Enter in the field takes the typed
 * date and never submits the form around it.
 */
@Component({
  selector: 'app-date-field',
  imports: [FormsModule, NzDatePickerModule, NzTimePickerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateFieldComponent), multi: true }],
  // Enter in the field commits the typed date (the picker takes it on keyup); its keydown must not
  // also submit the surrounding form, which would save the value the field held before.
  host: { '(keydown.enter)': '$event.preventDefault()' },
  template: `
    @if (mode() === 'time') {
      <nz-time-picker
        [nzId]="fieldId()"
        [ngModel]="value()"
        (ngModelChange)="picked($event)"
        [nzFormat]="format()"
        [nzDisabled]="disabled()"
        [nzAllowEmpty]="true"
        nzClearText="清除"
        (nzOpenChange)="!$event && touched()"
      />
    } @else {
      <nz-date-picker
        [nzId]="fieldId()"
        [ngModel]="value()"
        (ngModelChange)="picked($event)"
        [nzFormat]="format()"
        [nzMode]="mode() === 'month' ? 'month' : 'date'"
        [nzShowTime]="mode() === 'datetime' ? { nzFormat: 'HH:mm' } : false"
        [nzDisabled]="disabled()"
        (nzOnOpenChange)="!$event && touched()"
      />
    }
  `,
  styles: [':host { display: inline-block; min-width: 160px; } nz-date-picker, nz-time-picker { width: 100%; }'],
})
export class DateFieldComponent implements ControlValueAccessor {
  readonly mode = input<DateFieldMode>('date');
  /** The accessible name, set on the picker's input (for a field without a wrapping <label>). */
  readonly label = input<string | null>(null);
  /** The id of the picker's input, for a <label for>. */
  readonly inputId = input<string | null>(null);

  protected readonly value = signal<Date | null>(null);
  protected readonly disabled = signal(false);
  protected readonly format = computed(() => FORMATS[this.mode()]);
  private static next = 0;
  private readonly autoId = `date-field-${++DateFieldComponent.next}`;
  protected readonly fieldId = computed(() => this.inputId() ?? this.autoId);
  private onChange: (value: string) => void = () => undefined;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // The pickers take no aria-label input: the name goes on the input they render.
    afterRenderEffect(() => {
      const label = this.label();
      const field = host.querySelector('input');
      if (field && label) field.setAttribute('aria-label', label);
    });
  }

  private onTouched: () => void = () => undefined;

  writeValue(value: string | null | undefined): void {
    const mode = this.mode();
    if (mode === 'month') this.value.set(fromChinaDay(value ? `${value.slice(0, 7)}-01` : value));
    else this.value.set(mode === 'date' ? fromChinaDay(value) : mode === 'time' ? fromTimeOfDay(value) : fromInstant(value));
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected picked(date: Date | null): void {
    this.value.set(date);
    const mode = this.mode();
    if (!date) this.onChange('');
    else if (mode === 'month') this.onChange(toChinaDay(date).slice(0, 7));
    else this.onChange(mode === 'date' ? toChinaDay(date) : mode === 'time' ? toTimeOfDay(date) : toInstant(date));
  }

  protected touched(): void {
    this.onTouched();
  }
}
