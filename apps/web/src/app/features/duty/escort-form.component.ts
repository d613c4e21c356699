import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ESCORT_PLACE_KIND_LABELS, type OrgUnitSummary, RETURN_ESCORT_KIND_LABELS, type ReturnEscortView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { blankEscortForm, escortFormOf, escortRequestOf } from './escort-form';
import { DateFieldComponent } from '../../core/forms/date-field.component';

/** 登记 or 修改 a 劝返/接返 record (no field for holding anyone: voluntariness is what is recorded). */
@Component({
  selector: 'app-escort-form',
  imports: [ActionErrorComponent, DateFieldComponent, FormsModule, NzCardModule, NzButtonModule, NzInputModule, NzSelectModule, NzCheckboxModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './escort-form.component.html',
  styles: [
    `nz-card { display: block; margin-top: 12px; }
     .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px; }
     .actions { display: flex; gap: 8px; margin-top: 8px; }`,
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
  protected readonly saving = new ActionState();
  private key = crypto.randomUUID();

  protected async save(): Promise<void> {
    const checked = escortRequestOf(this.form());
    if (!checked.ok) {
      this.saving.fail(checked.problem);
      return;
    }
    await this.saving.run(async () => {
      const body = checked.value;
      const e = this.editing();
      const saved = e ? await this.api.updateEscort(e.id, body) : await this.api.createEscort(body, this.key);
      this.key = crypto.randomUUID();
      if (!e) this.form.set(blankEscortForm(body.unitId));
      this.saved.emit(saved);
    });
  }
}
