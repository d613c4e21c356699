import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, linkedSignal, output, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ESCORT_PLACE_KIND_LABELS, type OrgUnitSummary, RETURN_ESCORT_KIND_LABELS, type ReturnEscortView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { blankEscortForm, ESCORT_FIELDS, escortFormErrors, escortFormOf, escortRequestOf } from './escort-form';
import { CasePickerComponent } from '../cases/case-picker.component';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';

/** 登记 or 修改 a 劝返/接返 record (no field for holding anyone: voluntariness is what is recorded). */
@Component({
  selector: 'app-escort-form',
  imports: [
    CasePickerComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzCardModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzRadioModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './escort-form.component.html',
  styles: [
    `nz-card { display: block; margin-top: 12px; }
     .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 0 12px; }
     nz-form-item, app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } nz-select, app-date-field, app-case-picker { width: 100%; }
     .actions { grid-column: 1 / -1; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; }`,
  ],
})
export class EscortFormComponent {
  private readonly api = inject(DutyApi);
  readonly units = input.required<OrgUnitSummary[]>();
  readonly unitId = input('');
  /** The record being edited; null for a new one. */
  readonly editing = input<ReturnEscortView | null>(null);
  readonly saved = output<ReturnEscortView>();
  readonly cancelled = output();
  protected readonly labels = DUTY_LABELS;
  protected readonly kindLabels = RETURN_ESCORT_KIND_LABELS;
  protected readonly placeLabels = ESCORT_PLACE_KIND_LABELS;
  protected readonly form = linkedSignal(() => {
    const e = this.editing();
    return e ? escortFormOf(e) : blankEscortForm(this.unitId());
  });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 保存's problems: each under its control (是否自愿返回 included), the API's refusal of the whole beside the button. */
  protected readonly f = new FormErrors({
    fields: ESCORT_FIELDS,
    check: () => escortFormErrors(this.form(), this.editing() === null),
    host: () => this.host,
    injector: inject(Injector),
  });
  private key = crypto.randomUUID();

  constructor() {
    // Another record to edit (or a fresh form): its problems start again.
    effect(() => {
      this.form();
      untracked(() => this.f.reset());
    });
  }

  protected async save(): Promise<void> {
    await this.f.submit(async () => {
      const checked = escortRequestOf(this.form());
      if (!checked.ok) throw new Error(checked.problem);
      const body = checked.value;
      const e = this.editing();
      const saved = e ? await this.api.updateEscort(e.id, body) : await this.api.createEscort(body, this.key);
      this.key = crypto.randomUUID();
      if (!e) this.form.set(blankEscortForm(body.unitId));
      this.saved.emit(saved);
    });
  }
}
