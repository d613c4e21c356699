import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type DutyAttendanceView,
  DUTY_REPORT_TYPE_LABELS,
  DUTY_SHIFT_STATUS_LABELS,
  DUTY_SHIFT_TYPE_LABELS,
  type DutyReportDueRow,
  type DutyReportView,
  type DutyShiftView,
} from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { DUTY_LABELS } from './duty.labels';
import { KeysetList } from '../../core/list/keyset-list';
import { LoadMoreComponent } from '../../core/list/load-more.component';
import { DutyApi } from './data-access/duty.api';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { checkInWindow, relativeDay, REPORT_FIELDS, reportFormErrors, type ReportForm, reportStateText, undoSecondsLeft, undoWindowText } from './duty-today';
import { SwapRequestCardComponent } from './swap-request-card.component';
import { UnavailabilityCardComponent } from './unavailability-card.component';

const STATUS_TONES: Record<DutyShiftView['status'], string> = { PLANNED: 'blue', ON_DUTY: 'green', COMPLETED: 'default', MISSED: 'red' };

/**
 * 我的值班 (phone-first): each person on a shift signs in and out for themself (DOMAIN.md §3.3) once
 * its check-in window is open; the day's 日报 or 零报告 (零报告 after a confirmation, withdrawable for
 * a few minutes) with the day's report state read back from the API; the unit's filed reports;
 * days one cannot be on duty, and 替班/换班. Each action's error is shown beside it.
 */
@Component({
  selector: 'app-duty-today-page',
  imports: [
    ActionErrorComponent,
    DatePipe,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    RouterLink,
    NzCardModule,
    NzButtonModule,
    NzTagModule,
    NzAlertModule,
    NzInputModule,
    NzCheckboxModule,
    NzPopconfirmModule,
    LoadMoreComponent,
    UnavailabilityCardComponent,
    SwapRequestCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-today.page.html',
  styles: [
    `:host { display: block; max-width: 560px; margin: 0 auto; }
     nz-card, nz-alert { display: block; margin-bottom: 12px; }
     .row { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 4px 0; }
     .label { color: rgba(0,0,0,.45); }
     .big { width: 100%; height: 48px; font-size: 18px; margin-top: 8px; }
     .filed { border-top: 1px solid #f0f0f0; padding: 8px 0; }
     textarea { margin-top: 8px; }`,
  ],
})
export class DutyTodayPage implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = DUTY_LABELS;
  protected readonly typeLabels = DUTY_SHIFT_TYPE_LABELS;
  protected readonly reportTypeLabels = DUTY_REPORT_TYPE_LABELS;
  protected readonly statusLabels = DUTY_SHIFT_STATUS_LABELS;
  protected readonly tones = STATUS_TONES;
  protected readonly shifts = signal<DutyShiftView[]>([]);
  protected readonly loaded = signal(false);
  /** A failure to load the page at all (the only message at the top). */
  protected readonly loading = new ActionState();
  /** 签到/签退, per shift, its error shown on that shift's card. */
  protected readonly shiftActions = new ActionStates();
  /** 撤销 of the report just filed, its error under that button. */
  protected readonly undoing = new ActionState();
  /** 加载更多 of the filed reports, its error under that button. */
  protected readonly loadingMore = new ActionState();
  protected readonly day = signal<DutyReportDueRow | null>(null);
  protected readonly reportList = new KeysetList<DutyReportView>((cursor) => this.api.reports(this.auth.user()?.orgUnitId ?? '', cursor));
  protected readonly now = signal(new Date());
  protected readonly today = chinaDate(new Date());
  protected readonly reportDate = this.today;
  protected readonly undoLeft = computed(() => {
    const r = this.day()?.report;
    return r ? undoSecondsLeft(r, this.auth.user()?.id, this.now()) : 0;
  });
  protected readonly undoText = computed(() => undoWindowText(this.undoLeft()));
  protected readonly stateText = computed(() => {
    const d = this.day();
    return d ? reportStateText(d) : '';
  });
  protected handoverNote = '';
  protected pendingItems = '';
  protected reportForm: ReportForm = { hasAbnormal: false, content: '', keyPersonDynamics: '' };
  /** The report that 零报告 or 日报 is filing: the form's check depends on it. */
  private reportType: 'ZERO' | 'DAILY' = 'DAILY';
  private readonly reportFormEl = viewChild<ElementRef<HTMLElement>>('reportFormEl');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 零报告 / 日报: each problem under its control, a refusal of the whole (someone filed first) beside the buttons. */
  protected readonly report = new FormErrors({
    fields: REPORT_FIELDS,
    check: () => reportFormErrors(this.reportType, this.reportForm),
    host: () => this.reportFormEl()?.nativeElement ?? this.host,
    injector: inject(Injector),
  });
  /** One key per report attempt: a retried submission files one report; after 撤销 a new key files anew. */
  private reportKey = crypto.randomUUID();

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 5000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.loading.run(async () => {
      const [shifts, day] = await Promise.all([this.api.currentShifts(), this.api.reportDay(this.reportDate), this.reportList.reload()]);
      this.shifts.set(shifts);
      this.day.set(day);
    });
    this.loaded.set(true);
  }

  /** The caller's own attendance on the shift (null: not rostered on it). */
  protected mine(shift: DutyShiftView): DutyAttendanceView | null {
    const me = this.auth.user()?.id;
    return shift.attendance.find((a) => a.person.id === me) ?? null;
  }

  protected window(shift: DutyShiftView): ReturnType<typeof checkInWindow> {
    return checkInWindow(shift, this.now());
  }

  protected dayWord(date: string): string {
    return relativeDay(date, this.today);
  }

  protected async moreReports(): Promise<void> {
    await this.loadingMore.run(() => this.reportList.more());
  }

  protected async checkIn(shift: DutyShiftView): Promise<void> {
    await this.shiftActions.for(shift.id).run(async () => this.replace(await this.api.checkIn(shift.id)));
  }

  protected async checkOut(shift: DutyShiftView): Promise<void> {
    await this.shiftActions.for(shift.id).run(async () => this.replace(await this.api.checkOut(shift.id, { handoverNote: this.handoverNote, pendingItems: this.pendingItems })));
  }

  protected async submit(type: 'ZERO' | 'DAILY'): Promise<void> {
    const f = this.reportForm;
    const body =
      type === 'ZERO'
        ? { reportDate: this.reportDate, type }
        : { reportDate: this.reportDate, type, hasAbnormal: f.hasAbnormal, content: f.content.trim(), keyPersonDynamics: f.keyPersonDynamics.trim() };
    this.reportType = type;
    const filed = await this.report.submit(async () => {
      await this.api.submitReport(body, `${this.reportKey}-${type}`);
      await this.refreshReports();
    });
    // After a refusal (409: someone else filed first), the card shows what is on file.
    if (!filed) await this.refreshReports().catch(() => undefined);
  }

  protected async undo(report: DutyReportView): Promise<void> {
    const undone = await this.undoing.run(async () => {
      this.day.set(await this.api.withdrawReport(report.id));
      this.reportKey = crypto.randomUUID();
      this.report.reset();
      await this.reportList.reload();
    });
    if (!undone) await this.refreshReports().catch(() => undefined);
  }

  /** After a refusal too (409: someone else filed first), the card shows what is on file. */
  private async refreshReports(): Promise<void> {
    const [day] = await Promise.all([this.api.reportDay(this.reportDate), this.reportList.reload()]);
    this.day.set(day);
  }

  private replace(updated: DutyShiftView): void {
    this.shifts.update((list) => list.map((s) => (s.id === updated.id ? updated : s)));
  }
}
