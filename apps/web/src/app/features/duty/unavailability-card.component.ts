import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DutyUnavailabilityView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { type UnavailabilityForm, unavailabilityRequestOf } from './duty-forms';
import { DateFieldComponent } from '../../core/forms/date-field.component';

/** 不能值班申报 (请假、出差): declared before the roster is drawn up, so the rotation leaves the person out. */
@Component({
  selector: 'app-unavailability-card',
  imports: [ActionErrorComponent, DateFieldComponent, FormsModule, NzCardModule, NzButtonModule, NzInputModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.unavailableTitle" data-testid="duty-unavailability">
      <p class="hint">{{ labels.unavailableHint }}</p>
      <div class="dates">
        <label>{{ labels.dateFrom }}<app-date-field [label]="labels.dateFrom" [(ngModel)]="form.from" data-testid="unavailable-from" /></label>
        <label>{{ labels.dateTo }}<app-date-field [label]="labels.dateTo" [(ngModel)]="form.to" data-testid="unavailable-to" /></label>
      </div>
      <input nz-input [placeholder]="labels.unavailableReason" [(ngModel)]="form.reason" data-testid="unavailable-reason" />
      <button nz-button nzType="primary" nzBlock [nzLoading]="declaring.busy()" (click)="declare()" data-testid="unavailable-submit">{{ labels.declareUnavailable }}</button>
      <app-action-error [state]="declaring" testId="unavailable-error" />
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
     .dates { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-bottom: 8px; }
     .dates input { margin-top: 4px; }
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
  /** Loading and 申报: the error under the 申报 button. */
  protected readonly declaring = new ActionState();
  /** 撤回, per declared period: the error under its line. */
  protected readonly withdrawing = new ActionStates();
  protected form: UnavailabilityForm = { from: '', to: '', reason: '' };
  private key = crypto.randomUUID();

  ngOnInit(): void {
    void this.declaring.run(() => this.reload());
  }

  protected async declare(): Promise<void> {
    const checked = unavailabilityRequestOf(this.form);
    if (!checked.ok) {
      this.declaring.fail(checked.problem);
      return;
    }
    await this.declaring.run(async () => {
      await this.api.declareUnavailability(checked.value, this.key);
      this.key = crypto.randomUUID();
      this.form = { from: '', to: '', reason: '' };
      await this.reload();
    });
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
