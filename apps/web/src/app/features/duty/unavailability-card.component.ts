import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DutyUnavailabilityView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { UNAVAILABILITY_FIELDS, unavailabilityFormErrors, type UnavailabilityForm, unavailabilityRequestOf } from './duty-forms';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';

/** 不能值班申报 (请假、出差): declared before the roster is drawn up, so the rotation leaves the person out. */
@Component({
  selector: 'app-unavailability-card',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzCardModule,
    NzFormModule,
    NzButtonModule,
    NzInputModule,
    NzPopconfirmModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.unavailableTitle" data-testid="duty-unavailability">
      <p class="hint">{{ labels.unavailableHint }}</p>
      <app-action-error [state]="loading" testId="unavailable-load-error" />
      <form nz-form nzLayout="vertical" (ngSubmit)="declare()" [attr.aria-label]="labels.unavailableTitle">
        <div class="dates">
          <app-form-field [form]="f" field="from" [label]="labels.dateFrom" for="unavailable-from-input" required>
            <app-date-field inputId="unavailable-from-input" name="from" [(ngModel)]="form.from" (ngModelChange)="f.edited('from'); f.edited('to')" data-testid="unavailable-from" />
          </app-form-field>
          <app-form-field [form]="f" field="to" [label]="labels.dateTo" for="unavailable-to-input" required>
            <app-date-field inputId="unavailable-to-input" name="to" [(ngModel)]="form.to" (ngModelChange)="f.edited('to')" data-testid="unavailable-to" />
          </app-form-field>
        </div>
        <app-form-field [form]="f" field="reason" [label]="labels.unavailableReason" for="unavailable-reason" required>
          <input nz-input id="unavailable-reason" name="reason" [(ngModel)]="form.reason" (ngModelChange)="f.edited('reason')" data-testid="unavailable-reason" />
        </app-form-field>
        <button nz-button nzType="primary" nzBlock type="submit" [nzLoading]="f.busy()" data-testid="unavailable-submit">{{ labels.declareUnavailable }}</button>
        <app-form-errors [form]="f" testId="unavailable-error" />
      </form>
      @for (u of mine(); track u.id) {
        <div class="item" data-testid="unavailable-item">
          <span>{{ u.from }} 至 {{ u.to }}：{{ u.reason }}</span>
          <button nz-button nzSize="small" nz-popconfirm [nzPopconfirmTitle]="labels.withdrawConfirm" (nzOnConfirm)="withdraw(u)" data-testid="unavailable-withdraw">{{ labels.withdraw }}</button>
        </div>
        <app-action-error [state]="withdrawing.for(u.id)" testId="unavailable-withdraw-error" />
      }
    </nz-card>
  `,
  styles: [
    `nz-card { display: block; margin-bottom: 12px; }
     .hint { color: rgba(0,0,0,.45); margin: 0 0 8px; }
     .dates { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
     app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } app-date-field { width: 100%; }
     nz-alert, button[nzBlock] { display: block; margin-top: 8px; }
     .item { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 8px 0; border-bottom: 1px solid #f0f0f0; word-break: break-all; }`,
  ],
})
export class UnavailabilityCardComponent implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = DUTY_LABELS;
  protected readonly list = signal<DutyUnavailabilityView[]>([]);
  /** The unit's list holds colleagues too; this card is about the person's own days. */
  protected readonly mine = computed(() => this.list().filter((u) => u.person.id === this.auth.user()?.id));
  /** Loading the declared days: its error at the top of the card. */
  protected readonly loading = new ActionState();
  /** 撤回, per declared period: the error under its line. */
  protected readonly withdrawing = new ActionStates();
  protected form: UnavailabilityForm = { from: '', to: '', reason: '' };
  private key = crypto.randomUUID();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 申报: each problem under its control, the API's refusal of the whole under the button. */
  protected readonly f = new FormErrors({
    fields: UNAVAILABILITY_FIELDS,
    check: () => unavailabilityFormErrors(this.form),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.loading.run(() => this.reload());
  }

  protected async declare(): Promise<void> {
    const declared = await this.f.submit(async () => {
      const checked = unavailabilityRequestOf(this.form);
      if (!checked.ok) throw new Error(checked.problem);
      await this.api.declareUnavailability(checked.value, this.key);
      this.key = crypto.randomUUID();
      this.form = { from: '', to: '', reason: '' };
      await this.reload();
    });
    if (declared) this.f.reset();
  }

  protected async withdraw(u: DutyUnavailabilityView): Promise<void> {
    await this.withdrawing.for(u.id).run(async () => {
      await this.api.withdrawUnavailability(u.id);
      await this.reload();
    });
  }

  private async reload(): Promise<void> {
    const unitId = this.auth.user()?.orgUnitId;
    if (unitId) this.list.set(await this.api.unavailability(unitId));
  }
}
