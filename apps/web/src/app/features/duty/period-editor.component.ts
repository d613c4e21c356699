import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, linkedSignal, output, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  DUTY_SHIFT_PATTERN_LABELS,
  DUTY_SHIFT_PATTERNS,
  SENSITIVE_PERIOD_LEVEL_LABELS,
  SENSITIVE_PERIOD_SCOPE_LABELS,
  SENSITIVE_PERIOD_SCOPES,
  type SensitivePeriodView,
} from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { PERIOD_FIELDS, periodFormErrors, periodFormOf, periodRequestOf } from './period-form';

/**
 * An administrator adjusts one 敏感节点 (dates, level, scope, duty rules).
 */
@Component({
  selector: 'app-period-editor',
  imports: [DateFieldComponent, FormErrorsComponent, FormFieldComponent, FormsModule, NzCardModule, NzButtonModule, NzFormModule, NzInputModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.editPeriod + '：' + period().name" data-testid="period-editor">
      <form nz-form nzLayout="vertical" (ngSubmit)="save()" [attr.aria-label]="labels.editPeriod">
        <div class="form">
          <app-form-field [form]="f" field="name" [label]="labels.periodName" for="period-name" required>
            <input nz-input id="period-name" name="name" [(ngModel)]="form().name" (ngModelChange)="f.edited('name')" data-testid="period-name" />
          </app-form-field>
          <app-form-field [form]="f" field="level" [label]="labels.level" for="period-level" required>
            <nz-select nzId="period-level" name="level" [(ngModel)]="form().level" (ngModelChange)="f.edited('level')">
              @for (l of levels; track l) {
                <nz-option [nzValue]="l" [nzLabel]="levelLabels[l]" />
              }
            </nz-select>
          </app-form-field>
          <app-form-field [form]="f" field="scope" [label]="labels.scope" for="period-scope" required>
            <nz-select nzId="period-scope" name="scope" [(ngModel)]="form().scope" (ngModelChange)="f.edited('scope')">
              @for (s of scopes; track s) {
                <nz-option [nzValue]="s" [nzLabel]="scopeLabels[s]" />
              }
            </nz-select>
          </app-form-field>
          <app-form-field [form]="f" field="startOn" [label]="labels.dateFrom" for="period-start-input" required>
            <app-date-field inputId="period-start-input" name="startOn" [(ngModel)]="form().startOn" (ngModelChange)="f.edited('startOn'); f.edited('endOn')" data-testid="period-start" />
          </app-form-field>
          <app-form-field [form]="f" field="endOn" [label]="labels.dateTo" for="period-end-input" required>
            <app-date-field inputId="period-end-input" name="endOn" [(ngModel)]="form().endOn" (ngModelChange)="f.edited('endOn')" data-testid="period-end" />
          </app-form-field>
          <app-form-field [form]="f" field="shiftPattern" [label]="labels.pattern" for="period-pattern" required>
            <nz-select nzId="period-pattern" name="shiftPattern" [(ngModel)]="form().shiftPattern" (ngModelChange)="f.edited('shiftPattern')">
              @for (p of patterns; track p) {
                <nz-option [nzValue]="p" [nzLabel]="patternLabels[p]" />
              }
            </nz-select>
          </app-form-field>
          <app-form-field [form]="f" field="reportDueTime" [label]="labels.reportDueTime" for="period-due-input" required>
            <app-date-field mode="time" inputId="period-due-input" name="reportDueTime" [(ngModel)]="form().reportDueTime" (ngModelChange)="f.edited('reportDueTime')" data-testid="period-due" />
          </app-form-field>
          <app-form-field [form]="f" field="notes" [label]="labels.notes" for="period-notes">
            <input nz-input id="period-notes" name="notes" [(ngModel)]="form().notes" (ngModelChange)="f.edited('notes')" data-testid="period-notes" />
          </app-form-field>
        </div>
        <div class="actions">
          <button nz-button nzType="primary" type="submit" [nzLoading]="f.busy()" data-testid="period-save">{{ labels.save }}</button>
          <button nz-button type="button" (click)="cancelled.emit()">{{ labels.cancel }}</button>
        </div>
        <app-form-errors [form]="f" testId="period-error" />
      </form>
    </nz-card>
  `,
  styles: [
    `nz-card { display: block; margin: 12px 0; }
     .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; }
     app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } nz-select, app-date-field { display: block; width: 100%; }
     .actions { display: flex; gap: 8px; }`,
  ],
})
export class PeriodEditorComponent {
  private readonly api = inject(DutyApi);
  readonly period = input.required<SensitivePeriodView>();
  readonly saved = output<SensitivePeriodView>();
  readonly cancelled = output();
  protected readonly labels = DUTY_LABELS;
  protected readonly levels = [1, 2, 3] as const;
  protected readonly scopes = SENSITIVE_PERIOD_SCOPES;
  protected readonly patterns = DUTY_SHIFT_PATTERNS;
  protected readonly levelLabels = SENSITIVE_PERIOD_LEVEL_LABELS;
  protected readonly scopeLabels = SENSITIVE_PERIOD_SCOPE_LABELS;
  protected readonly patternLabels = DUTY_SHIFT_PATTERN_LABELS;
  protected readonly form = linkedSignal(() => periodFormOf(this.period()));
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 保存's problems under their controls; the API's refusal of the whole (a name taken that year) beside the button. */
  protected readonly f = new FormErrors({
    fields: PERIOD_FIELDS,
    check: () => periodFormErrors(this.form()),
    host: () => this.host,
    injector: inject(Injector),
  });

  constructor() {
    // Another period to edit: its problems start again.
    effect(() => {
      this.form();
      untracked(() => this.f.reset());
    });
  }

  protected async save(): Promise<void> {
    await this.f.submit(async () => {
      this.saved.emit(await this.api.savePeriod(this.period().id, periodRequestOf(this.form())));
    });
  }
}
