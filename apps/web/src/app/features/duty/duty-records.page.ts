import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  ESCORT_PLACE_KIND_LABELS,
  type EscortPlaceKind,
  type OrgUnitSummary,
  RETURN_ESCORT_KIND_LABELS,
  type ReturnEscortKind,
  type ReturnEscortView,
  SENSITIVE_PERIOD_LEVEL_LABELS,
  SENSITIVE_PERIOD_SCOPE_LABELS,
  type DutySubsidySheetView,
  type SensitivePeriodView,
} from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { DutyApi } from './data-access/duty.api';

const DUTY_UNIT_TYPES = ['BUREAU', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'];

/** 值班台账: sensitive periods (administrators), subsidy payment sheets, and 劝返/接返 records. */
@Component({
  selector: 'app-duty-records-page',
  imports: [DatePipe, FormsModule, NzTabsModule, NzCardModule, NzButtonModule, NzTableModule, NzSelectModule, NzInputModule, NzCheckboxModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-records.page.html',
  styles: ['nz-alert, nz-card { display: block; margin-bottom: 12px; } .bar { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; } .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px; }'],
})
export class DutyRecordsPage implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = LABELS.duty;
  protected readonly levelLabels = SENSITIVE_PERIOD_LEVEL_LABELS;
  protected readonly scopeLabels = SENSITIVE_PERIOD_SCOPE_LABELS;
  protected readonly kindLabels = RETURN_ESCORT_KIND_LABELS;
  protected readonly placeLabels = ESCORT_PLACE_KIND_LABELS;
  protected readonly role = computed(() => this.auth.user()?.role);
  protected readonly year = Number(chinaDate(new Date()).slice(0, 4));
  protected readonly units = signal<OrgUnitSummary[]>([]);
  protected readonly periods = signal<SensitivePeriodView[]>([]);
  protected readonly sheets = signal<DutySubsidySheetView[]>([]);
  protected readonly escorts = signal<ReturnEscortView[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected sheetForm = { unitId: '', month: chinaDate(new Date()).slice(0, 7) };
  protected escort = this.blankEscort();
  private escortKey = crypto.randomUUID();

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await this.guard(async () => {
      const user = this.auth.user();
      const units = (await this.api.units()).filter((u) => DUTY_UNIT_TYPES.includes(u.type) && (user?.role !== 'TOWNSHIP_OFFICER' || u.id === user.orgUnitId));
      this.units.set(units);
      this.sheetForm.unitId = this.escort.unitId = units.find((u) => u.id === user?.orgUnitId)?.id ?? units[0]?.id ?? '';
      this.periods.set(await this.api.periods(this.year));
      this.escorts.set((await this.api.escorts()).items);
      if (user?.role !== 'RECEPTION') this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async addDefaults(): Promise<void> {
    await this.guard(async () => {
      const result = await this.api.addDefaultPeriods(this.year);
      this.notice.set(`新增 ${result.created.length} 个节点${result.needsHolidayYear.length ? `；待录入放假安排后补充：${result.needsHolidayYear.join('、')}` : ''}`);
      this.periods.set(await this.api.periods(this.year));
    });
  }

  protected async createSheet(): Promise<void> {
    await this.guard(async () => {
      await this.api.createSubsidySheet(this.sheetForm);
      this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async approve(sheet: DutySubsidySheetView): Promise<void> {
    await this.guard(async () => {
      await this.api.approveSubsidySheet(sheet.id);
      this.sheets.set(await this.api.subsidySheets());
    });
  }

  protected async saveEscort(): Promise<void> {
    await this.guard(async () => {
      const e = this.escort;
      await this.api.createEscort(
        {
          ...e,
          kind: e.kind,
          placeKind: e.placeKind,
          peopleCount: Number(e.peopleCount),
          costYuan: Number(e.costYuan),
          foundAt: new Date(e.foundAt).toISOString(),
          departureAt: e.departureAt ? new Date(e.departureAt).toISOString() : undefined,
          arrivalAt: e.arrivalAt ? new Date(e.arrivalAt).toISOString() : undefined,
          caseId: e.caseId || undefined,
          staff: e.staff.split(/[、,，\s]+/).filter(Boolean),
        },
        this.escortKey,
      );
      this.escortKey = crypto.randomUUID();
      this.escort = { ...this.blankEscort(), unitId: e.unitId };
      this.escorts.set((await this.api.escorts()).items);
      this.notice.set(this.labels.done);
    });
  }

  private blankEscort() {
    return {
      unitId: '',
      kind: 'PERSUADE' as ReturnEscortKind,
      petitionerNames: '',
      peopleCount: 1,
      foundAt: '',
      place: '',
      placeKind: 'NON_RECEPTION_SITE' as EscortPlaceKind,
      matter: '',
      staff: '',
      leaderName: '',
      departureAt: '',
      arrivalAt: '',
      transport: '',
      costYuan: 0,
      costNote: '',
      caseId: '',
      voluntary: true,
      voluntarinessNote: '',
      followUp: '',
    };
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }
}
