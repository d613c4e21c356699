import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  canUse,
  DUTY_ROSTER_STATUS_LABELS,
  DUTY_SHIFT_PATTERN_LABELS,
  DUTY_SHIFT_STATUS_LABELS,
  DUTY_SHIFT_TYPE_LABELS,
  DUTY_SWAP_KIND_LABELS,
  DUTY_SWAP_STATUS_LABELS,
  type DutyMemberView,
  type DutyRosterSummary,
  type DutyShiftPattern,
  type DutyShiftView,
  type DutySwapView,
  type OrgUnitSummary,
  type SensitivePeriodView,
} from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { KeysetList } from '../../core/list/keyset-list';
import { LoadMoreComponent } from '../../core/list/load-more.component';
import { DutyApi } from './data-access/duty.api';
import { ROSTER_API_FIELDS, ROSTER_FIELDS, rosterFormErrors, rosterRequestOf } from './duty-forms';
import { monthGrid } from './month-grid';
import { CardListDirective } from '../../core/list/card-list.directive';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';

const DUTY_UNIT_TYPES = ['BUREAU', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'];

/** 值班排班: a unit's month calendar, roster generation from a template, publishing, and swap approval. */
@Component({
  selector: 'app-duty-rosters-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    NzCardModule,
    NzButtonModule,
    NzSelectModule,
    NzInputModule,
    NzTableModule,
    NzTagModule,
    LoadMoreComponent,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-rosters.page.html',
  styleUrl: './duty-rosters.page.css',
})
export class DutyRostersPage implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = DUTY_LABELS;
  protected readonly typeLabels = DUTY_SHIFT_TYPE_LABELS;
  protected readonly statusLabels = DUTY_SHIFT_STATUS_LABELS;
  protected readonly rosterStatusLabels = DUTY_ROSTER_STATUS_LABELS;
  protected readonly patternLabels = DUTY_SHIFT_PATTERN_LABELS;
  protected readonly swapKindLabels = DUTY_SWAP_KIND_LABELS;
  protected readonly swapStatusLabels = DUTY_SWAP_STATUS_LABELS;
  protected readonly units = signal<OrgUnitSummary[]>([]);
  protected readonly members = signal<DutyMemberView[]>([]);
  protected readonly periods = signal<SensitivePeriodView[]>([]);
  protected readonly rosterList = new KeysetList<DutyRosterSummary>((cursor) => this.api.rosters(this.unitId(), cursor));
  protected readonly shifts = signal<DutyShiftView[]>([]);
  protected readonly swaps = signal<DutySwapView[]>([]);
  protected readonly unitId = signal<string>('');
  protected readonly month = signal<string>(chinaDate(new Date()).slice(0, 7));
  protected readonly grid = computed(() => monthGrid(this.month(), this.shifts()));
  protected readonly canManage = computed(() => canUse(this.auth.user()?.role, 'rosterManagement'));
  /** Loading the unit's month (the only error at the top of the page). */
  protected readonly loading = new ActionState();
  /** Each action's error is shown beside it: 加载更多 under the list, 发布/关闭 and 批准/驳回 in their row. */
  protected readonly loadingMore = new ActionState();
  protected readonly moving = new ActionStates();
  protected readonly deciding = new ActionStates();
  protected form = {
    dateFrom: '',
    dateTo: '',
    pattern: 'H24' as DutyShiftPattern,
    periodId: '',
    leaderIds: [] as string[],
    staffIds: [] as string[],
    peoplePerShift: 1,
    dutyPhone: '',
  };
  /** 生成值班表's problems under their controls (the API's 每班值班人数 on the form's, which counts the leader). */
  protected readonly f = new FormErrors({
    fields: ROSTER_FIELDS,
    apiFields: ROSTER_API_FIELDS,
    check: () => rosterFormErrors({ ...this.form, unitId: this.unitId() }),
    host: () => this.host,
    injector: inject(Injector),
  });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await this.loading.run(async () => {
      const user = this.auth.user();
      const all = (await this.api.units()).filter((u) => DUTY_UNIT_TYPES.includes(u.type));
      const units = user?.role === 'TOWNSHIP_OFFICER' ? all.filter((u) => u.id === user.orgUnitId) : all;
      this.units.set(units);
      this.periods.set(await this.api.periods(Number(this.month().slice(0, 4))));
      const own = units.find((u) => u.id === user?.orgUnitId) ?? units[0];
      if (own) await this.selectUnit(own.id);
    });
  }

  protected async selectUnit(unitId: string): Promise<void> {
    this.unitId.set(unitId);
    await this.loading.run(() => this.loadUnit(unitId));
  }

  protected async moreRosters(): Promise<void> {
    await this.loadingMore.run(() => this.rosterList.more());
  }

  protected async loadMonth(): Promise<void> {
    if (this.unitId()) await this.loading.run(async () => this.shifts.set(await this.api.month(this.unitId(), this.month())));
  }

  protected async changeMonth(month: string): Promise<void> {
    this.month.set(month);
    await this.loadMonth();
  }

  protected async generate(): Promise<void> {
    const generated = await this.f.submit(async () => {
      const checked = rosterRequestOf({ ...this.form, unitId: this.unitId() });
      if (!checked.ok) throw new Error(checked.problem);
      await this.api.generateRoster(checked.value);
    });
    if (generated) await this.selectUnit(this.unitId());
  }

  protected async move(roster: DutyRosterSummary, to: 'publish' | 'close'): Promise<void> {
    if (await this.moving.for(roster.id).run(() => this.api.moveRoster(roster.id, to))) await this.selectUnit(this.unitId());
  }

  protected async decide(swap: DutySwapView, approve: boolean): Promise<void> {
    if (await this.deciding.for(swap.id).run(() => this.api.decideSwap(swap.id, { approve }))) await this.selectUnit(this.unitId());
  }

  private async loadUnit(unitId: string): Promise<void> {
    const [members, swaps] = await Promise.all([this.api.members(unitId), this.api.swaps(), this.rosterList.reload()]);
    this.members.set(members);
    this.swaps.set(swaps);
    // A one-person township: the officer leads every shift alone (每班值班人数 1, the leader included).
    if (members.length === 1) this.form = { ...this.form, leaderIds: [members[0].id], staffIds: [], peoplePerShift: 1 };
    this.shifts.set(await this.api.month(unitId, this.month()));
  }
}
