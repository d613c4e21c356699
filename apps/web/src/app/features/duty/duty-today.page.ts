import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type DutyAttendanceView, DUTY_SHIFT_STATUS_LABELS, DUTY_SHIFT_TYPE_LABELS, type DutyReportView, type DutyShiftView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage, runShowingError } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { DutyApi } from './data-access/duty.api';
import { SwapRequestCardComponent } from './swap-request-card.component';
import { UnavailabilityCardComponent } from './unavailability-card.component';

const STATUS_TONES: Record<DutyShiftView['status'], string> = { PLANNED: 'blue', ON_DUTY: 'green', COMPLETED: 'default', MISSED: 'red' };

/**
 * 我的值班 (phone-first): each person on a shift signs in and out for themself (DOMAIN.md §3.3), file the day's 日报 or 零报告 in one tap,
 * declare days one cannot be on duty, and ask for 替班/换班.
 */
@Component({
  selector: 'app-duty-today-page',
  imports: [DatePipe, FormsModule, RouterLink, NzCardModule, NzButtonModule, NzTagModule, NzAlertModule, NzInputModule, NzCheckboxModule, UnavailabilityCardComponent, SwapRequestCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-today.page.html',
  styles: [
    `:host { display: block; max-width: 560px; margin: 0 auto; }
     nz-card, nz-alert { display: block; margin-bottom: 12px; }
     .row { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 4px 0; }
     .label { color: rgba(0,0,0,.45); }
     .big { width: 100%; height: 48px; font-size: 18px; margin-top: 8px; }
     textarea { margin-top: 8px; }`,
  ],
})
export class DutyTodayPage implements OnInit {
  private readonly api = inject(DutyApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = LABELS.duty;
  protected readonly typeLabels = DUTY_SHIFT_TYPE_LABELS;
  protected readonly statusLabels = DUTY_SHIFT_STATUS_LABELS;
  protected readonly tones = STATUS_TONES;
  protected readonly shifts = signal<DutyShiftView[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly report = signal<DutyReportView | null>(null);
  protected readonly reportDate = chinaDate(new Date());
  protected handoverNote = '';
  protected pendingItems = '';
  protected hasAbnormal = false;
  protected content = '';
  protected keyPersons = '';
  /** One key per opening of the form: a retried submission files one report. */
  private readonly reportKey = crypto.randomUUID();

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.shifts.set(await this.api.currentShifts());
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  /** The caller's own attendance on the shift (null: not rostered on it). */
  protected mine(shift: DutyShiftView): DutyAttendanceView | null {
    const me = this.auth.user()?.id;
    return shift.attendance.find((a) => a.person.id === me) ?? null;
  }

  protected async checkIn(shift: DutyShiftView): Promise<void> {
    await this.run(async () => this.replace(await this.api.checkIn(shift.id)));
  }

  protected async checkOut(shift: DutyShiftView): Promise<void> {
    await this.run(async () => this.replace(await this.api.checkOut(shift.id, { handoverNote: this.handoverNote, pendingItems: this.pendingItems })));
  }

  protected async submit(type: 'ZERO' | 'DAILY'): Promise<void> {
    const body = type === 'ZERO' ? { reportDate: this.reportDate, type } : { reportDate: this.reportDate, type, hasAbnormal: this.hasAbnormal, content: this.content, keyPersonDynamics: this.keyPersons };
    await this.run(async () => this.report.set(await this.api.submitReport(body, `${this.reportKey}-${type}`)));
  }

  private replace(updated: DutyShiftView): void {
    this.shifts.update((list) => list.map((s) => (s.id === updated.id ? updated : s)));
  }

  private run(work: () => Promise<void>): Promise<void> {
    return runShowingError(this.busy, this.error, work);
  }
}
