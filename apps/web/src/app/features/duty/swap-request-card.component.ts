import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DUTY_SHIFT_TYPE_LABELS, DUTY_SWAP_KIND_LABELS, DUTY_SWAP_STATUS_LABELS, type DutyMemberView, type DutyShiftView, type DutySwapView } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { isOnShift, SWAP_FIELDS, swapFormErrors, type SwapForm, swappableShifts, swapRequestOf } from './duty-forms';

const blank = (): SwapForm => ({ kind: 'SUBSTITUTE', shiftId: '', toUserId: '', counterpartShiftId: '', reason: '' });

/** 申请替班/换班 for one of the person's coming shifts; a roster manager approves it on 值班排班. */
@Component({
  selector: 'app-swap-request-card',
  imports: [
    ActionErrorComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzCardModule,
    NzFormModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzRadioModule,
    NzAlertModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './swap-request-card.component.html',
  styles: [
    `nz-card { display: block; margin-bottom: 12px; }
     app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } nz-select { width: 100%; }
     nz-alert { display: block; margin-top: 8px; }
     .item { padding: 8px 0; border-bottom: 1px solid #f0f0f0; word-break: break-all; }`,
  ],
})
export class SwapRequestCardComponent implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = DUTY_LABELS;
  protected readonly kindLabels = DUTY_SWAP_KIND_LABELS;
  protected readonly statusLabels = DUTY_SWAP_STATUS_LABELS;
  protected readonly typeLabels = DUTY_SHIFT_TYPE_LABELS;
  private readonly today = chinaDate(new Date());
  private readonly me = computed(() => this.auth.user()?.id ?? '');
  private readonly shifts = signal<DutyShiftView[]>([]);
  protected readonly myShifts = computed(() => swappableShifts(this.shifts(), this.me(), this.today));
  protected readonly colleagues = signal<DutyMemberView[]>([]);
  protected readonly colleagueId = signal('');
  protected readonly theirShifts = computed(() => swappableShifts(this.shifts(), this.colleagueId(), this.today).filter((s) => !isOnShift(s, this.me())));
  protected readonly requests = signal<DutySwapView[]>([]);
  /** Loading the shifts and requests: its error at the top of the card. */
  protected readonly loading = new ActionState();
  protected readonly sent = signal(false);
  protected form = blank();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 提交申请: each problem under its control, the API's refusal of the whole under the button. */
  protected readonly f = new FormErrors({
    fields: SWAP_FIELDS,
    apiFields: { fromUserId: 'shiftId' },
    check: () => swapFormErrors(this.form, this.me()),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.loading.run(() => this.load());
  }

  protected shiftLabel(s: DutyShiftView): string {
    return `${s.date} ${this.typeLabels[s.type]}`;
  }

  protected pickColleague(id: string): void {
    this.form.toUserId = id;
    this.form.counterpartShiftId = '';
    this.colleagueId.set(id);
    this.f.edited('toUserId');
  }

  protected async submit(): Promise<void> {
    this.sent.set(false);
    const sent = await this.f.submit(async () => {
      const checked = swapRequestOf(this.form, this.me());
      if (!checked.ok) throw new Error(checked.problem);
      await this.api.requestSwap(checked.value);
      this.form = blank();
      this.colleagueId.set('');
      this.sent.set(true);
      this.requests.set(this.own(await this.api.swaps()));
    });
    if (sent) this.f.reset();
  }

  /** This month's and the next month's shifts: a swap is asked for ahead of time. */
  private async load(): Promise<void> {
    const unitId = this.auth.user()?.orgUnitId;
    if (!unitId) return;
    const nextMonth = addDays(`${this.today.slice(0, 7)}-01`, 31).slice(0, 7);
    const [thisMonth, later, members, swaps] = await Promise.all([
      this.api.month(unitId, this.today.slice(0, 7)),
      this.api.month(unitId, nextMonth),
      this.api.members(unitId),
      this.api.swaps(),
    ]);
    this.shifts.set([...thisMonth, ...later]);
    this.colleagues.set(members.filter((m) => m.id !== this.me()));
    this.requests.set(this.own(swaps));
  }

  private own(swaps: DutySwapView[]): DutySwapView[] {
    return swaps.filter((w) => w.requestedBy.id === this.me() || w.from.id === this.me() || w.to.id === this.me());
  }
}
