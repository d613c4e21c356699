import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, type ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  canUse,
  type DutySubsidySheetView,
  ESCORT_PLACE_KIND_LABELS,
  type OrgUnitSummary,
  RETURN_ESCORT_KIND_LABELS,
  type ReturnEscortView,
  SENSITIVE_PERIOD_LEVEL_LABELS,
  SENSITIVE_PERIOD_SCOPE_LABELS,
  type SensitivePeriodView,
} from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { KeysetList } from '../../core/list/keyset-list';
import { LoadMoreComponent } from '../../core/list/load-more.component';
import { DutyApi } from './data-access/duty.api';
import { EscortFormComponent } from './escort-form.component';
import { PeriodEditorComponent } from './period-editor.component';
import { SubsidyRatesComponent } from './subsidy-rates.component';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { SUBSIDY_SHEET_FIELDS, subsidySheetFormErrors, type SubsidySheetForm, subsidySheetRequestOf } from './subsidy-forms';
import { CardListDirective } from '../../core/list/card-list.directive';

const DUTY_UNIT_TYPES = ['BUREAU', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'];

/**
 * 值班台账: sensitive periods (administrators adjust them), subsidy rates and payment sheets, and 劝返/接返 records.
 */
@Component({
  selector: 'app-duty-records-page',
  imports: [
    ActionErrorComponent,
    CardListDirective,
    DateFieldComponent,
    DatePipe,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    NzTabsModule,
    NzCardModule,
    NzButtonModule,
    NzTableModule,
    NzSelectModule,
    NzInputModule,
    NzPopconfirmModule,
    NzAlertModule,
    EscortFormComponent,
    PeriodEditorComponent,
    SubsidyRatesComponent,
    LoadMoreComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-records.page.html',
  styles: [
    'nz-alert, nz-card { display: block; margin-bottom: 12px; } .bar { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }',
    '.sheet-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; } .sheet-form app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; }',
    '.sheet-form nz-select, .sheet-form app-date-field { width: 100%; } form[data-testid="sheet-form"] { margin-bottom: 12px; }',
  ],
})
export class DutyRecordsPage implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = DUTY_LABELS;
  protected readonly levelLabels = SENSITIVE_PERIOD_LEVEL_LABELS;
  protected readonly scopeLabels = SENSITIVE_PERIOD_SCOPE_LABELS;
  protected readonly kindLabels = RETURN_ESCORT_KIND_LABELS;
  protected readonly placeLabels = ESCORT_PLACE_KIND_LABELS;
  protected readonly role = computed(() => this.auth.user()?.role);
  protected readonly year = Number(chinaDate(new Date()).slice(0, 4));
  protected readonly units = signal<OrgUnitSummary[]>([]);
  protected readonly periods = signal<SensitivePeriodView[]>([]);
  protected readonly sheets = signal<DutySubsidySheetView[]>([]);
  protected readonly escortList = new KeysetList<ReturnEscortView>((cursor) => this.api.escorts(cursor));
  /** Loading the page (its error at the top); each action's error is shown beside its button. */
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected readonly addingDefaults = new ActionState();
  protected readonly approving = new ActionStates();
  protected readonly deleting = new ActionStates();
  protected readonly notice = signal<string | null>(null);
  protected sheetForm: SubsidySheetForm = { unitId: '', month: chinaDate(new Date()).slice(0, 7) };
  private readonly sheetFormEl = viewChild<ElementRef<HTMLElement>>('sheetFormEl');
  /** 生成发放表's problems under its controls (a month without completed shifts under 月份), the rest beside the button. */
  protected readonly sheet = new FormErrors({
    fields: SUBSIDY_SHEET_FIELDS,
    check: () => subsidySheetFormErrors(this.sheetForm),
    host: () => this.sheetFormEl()?.nativeElement ?? document.body,
    injector: inject(Injector),
  });
  protected readonly defaultUnitId = signal('');
  protected readonly editingEscort = signal<ReturnEscortView | null>(null);
  protected readonly editingPeriod = signal<SensitivePeriodView | null>(null);

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await this.act(this.loading, async () => {
      const user = this.auth.user();
      const units = (await this.api.units()).filter((u) => DUTY_UNIT_TYPES.includes(u.type) && (user?.role !== 'TOWNSHIP_OFFICER' || u.id === user.orgUnitId));
      this.units.set(units);
      this.sheetForm.unitId = units.find((u) => u.id === user?.orgUnitId)?.id ?? units[0]?.id ?? '';
      this.defaultUnitId.set(this.sheetForm.unitId);
      this.periods.set(await this.api.periods(this.year));
      await this.escortList.reload();
      if (canUse(user?.role, 'rosterManagement')) this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async addDefaults(): Promise<void> {
    await this.act(this.addingDefaults, async () => {
      const result = await this.api.addDefaultPeriods(this.year);
      this.notice.set(`新增 ${result.created.length} 个节点${result.needsHolidayYear.length ? `；待录入放假安排后补充：${result.needsHolidayYear.join('、')}` : ''}`);
      this.periods.set(await this.api.periods(this.year));
    });
  }

  protected async createSheet(): Promise<void> {
    this.notice.set(null);
    await this.sheet.submit(async () => {
      await this.api.createSubsidySheet(subsidySheetRequestOf(this.sheetForm));
      this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async approve(sheet: DutySubsidySheetView): Promise<void> {
    await this.act(this.approving.for(sheet.id), async () => {
      await this.api.approveSubsidySheet(sheet.id);
      this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async moreEscorts(): Promise<void> {
    await this.act(this.loadingMore, () => this.escortList.more());
  }

  protected escortSaved(): void {
    this.editingEscort.set(null);
    void this.act(this.loading, async () => {
      await this.escortList.reload();
      this.notice.set(this.labels.done);
    });
  }

  protected periodSaved(updated: SensitivePeriodView): void {
    this.editingPeriod.set(null);
    this.periods.update((list) => list.map((p) => (p.id === updated.id ? updated : p)));
    this.notice.set(this.labels.done);
  }

  protected async deletePeriod(period: SensitivePeriodView): Promise<void> {
    await this.act(this.deleting.for(period.id), async () => {
      await this.api.deletePeriod(period.id);
      if (this.editingPeriod()?.id === period.id) this.editingPeriod.set(null);
      this.periods.update((list) => list.filter((p) => p.id !== period.id));
      this.notice.set(this.labels.periodDeleted);
    });
  }

  private async act(state: ActionState, work: () => Promise<void>): Promise<void> {
    this.notice.set(null);
    await state.run(work);
  }
}
