import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DutySubsidyRateView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { SUBSIDY_RATE_FIELDS, subsidyRateFormErrors, type SubsidyRateForm, subsidyRateRequestOf } from './subsidy-forms';

/**
 * 值班补助标准 with their effective dates; an administrator adds a new rate from a date on.
 */
@Component({
  selector: 'app-subsidy-rates',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    NzTableModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h4>{{ labels.subsidyRates }}</h4>
    <nz-table appCardList #t [nzData]="rates()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" data-testid="subsidy-rates">
      <thead><tr><th>{{ labels.effectiveFrom }}</th><th>{{ labels.yuanPerPersonDay }}</th><th>{{ labels.halfShiftPersonDays }}</th></tr></thead>
      <tbody>
        @for (r of t.data; track r.effectiveFrom) {
          <tr><td>{{ r.effectiveFrom }}</td><td>{{ r.yuanPerPersonDay }}</td><td>{{ r.halfShiftPersonDays }}</td></tr>
        }
      </tbody>
    </nz-table>
    @if (canEdit()) {
      <form nz-form nzLayout="vertical" (ngSubmit)="add()" [attr.aria-label]="labels.addRate" data-testid="rate-form">
        <div class="form">
          <app-form-field [form]="f" field="effectiveFrom" [label]="labels.effectiveFrom" for="rate-from-input" required>
            <app-date-field inputId="rate-from-input" name="effectiveFrom" [(ngModel)]="form.effectiveFrom" (ngModelChange)="f.edited('effectiveFrom')" data-testid="rate-from" />
          </app-form-field>
          <app-form-field [form]="f" field="yuanPerPersonDay" [label]="labels.yuanPerPersonDay" for="rate-yuan" required>
            <input nz-input id="rate-yuan" name="yuanPerPersonDay" type="number" min="1" max="10000" step="0.01" [(ngModel)]="form.yuanPerPersonDay" (ngModelChange)="f.edited('yuanPerPersonDay')" data-testid="rate-yuan" />
          </app-form-field>
          <app-form-field [form]="f" field="halfShiftPersonDays" [label]="labels.halfShiftPersonDays" for="rate-half-shift" required>
            <nz-select nzId="rate-half-shift" name="halfShiftPersonDays" [(ngModel)]="form.halfShiftPersonDays" (ngModelChange)="f.edited('halfShiftPersonDays')" data-testid="rate-half-shift">
              <nz-option [nzValue]="0.5" nzLabel="0.5" />
              <nz-option [nzValue]="1" nzLabel="1" />
            </nz-select>
          </app-form-field>
        </div>
        <button nz-button nzType="primary" type="submit" [nzLoading]="f.busy()" data-testid="rate-add">{{ labels.addRate }}</button>
        <app-form-errors [form]="f" testId="rate-error" />
      </form>
    }
    <app-action-error [state]="loading" />
  `,
  styles: [
    `h4 { margin: 16px 0 8px; }
     form { margin-top: 12px; }
     .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 0 12px; }
     app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } nz-select, app-date-field { width: 100%; }`,
  ],
})
export class SubsidyRatesComponent implements OnInit {
  private readonly api = inject(DutyApi);
  readonly canEdit = input(false);
  protected readonly labels = DUTY_LABELS;
  protected readonly rates = signal<DutySubsidyRateView[]>([]);
  protected readonly loading = new ActionState();
  protected form: SubsidyRateForm = { effectiveFrom: '', yuanPerPersonDay: 180, halfShiftPersonDays: 0.5 };
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 新增标准's problems under their controls; the API's refusal of the whole (a date already taken) beside the button. */
  protected readonly f = new FormErrors({
    fields: SUBSIDY_RATE_FIELDS,
    check: () => subsidyRateFormErrors(this.form),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.loading.run(async () => this.rates.set(await this.api.subsidyRates()));
  }

  protected async add(): Promise<void> {
    const added = await this.f.submit(async () => {
      this.rates.set(await this.api.addSubsidyRate(subsidyRateRequestOf(this.form)));
      this.form = { ...this.form, effectiveFrom: '' };
    });
    if (added) this.f.reset();
  }
}
