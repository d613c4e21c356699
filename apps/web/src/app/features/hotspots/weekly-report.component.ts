import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { WeeklyReportStatusRow } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { HOTSPOTS_LABELS } from './hotspots.labels';
import { HotspotsApi } from './data-access/hotspots.api';
import { chinaWeekStart } from './hotspot-board';
import { WEEKLY_REPORT_FIELDS, weeklyReportErrors } from './weekly-report-form';

/** 每周排查报告: a township officer reports the week (zero report allowed); the bureau sees every township. */
@Component({
  selector: 'app-weekly-report',
  imports: [ActionErrorComponent, FormErrorsComponent, FormsModule, NzButtonModule, NzFormModule, FormFieldComponent, NzInputModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="week" data-testid="weekly-report">
      <strong>{{ labels.weekTitle }}</strong> <span class="hint">{{ labels.weekOf }}{{ week }}{{ labels.weekOfEnd }}</span>
      <app-action-error [state]="loading" />
      @if (officer) {
        @if (rows()[0]; as r) {
          <div class="own">
            @if (r.submitted) {
              <nz-tag nzColor="green" data-testid="weekly-submitted">{{ labels.submitted }}{{ r.zeroReport ? '（' + labels.zeroReport + '）' : '' }}</nz-tag>
            } @else {
              <nz-tag nzColor="red" data-testid="weekly-missing">{{ labels.notSubmitted }}</nz-tag>
            }
            <span class="hint">{{ labels.newThisWeek }} {{ r.newHotspots }}</span>
          </div>
          <form nz-form nzLayout="vertical" (ngSubmit)="submit(false)" [attr.aria-label]="labels.weekTitle">
            <app-form-field [form]="f" field="note" [label]="labels.weekNote" for="weekly-note">
              <textarea nz-input id="weekly-note" name="note" rows="2" [(ngModel)]="note" (ngModelChange)="f.edited('note')" data-testid="weekly-note"></textarea>
            </app-form-field>
            <div class="actions">
              <button nz-button nzType="primary" type="button" [nzLoading]="f.busy() && zeroReport" (click)="submit(true)" data-testid="weekly-zero">{{ labels.zeroReportAction }}</button>
              <button nz-button type="submit" [nzLoading]="f.busy() && !zeroReport" data-testid="weekly-report-submit">{{ labels.reportAction }}</button>
            </div>
            <app-form-errors [form]="f" testId="weekly-error" />
          </form>
        }
      } @else {
        <div class="tags">
          @for (r of rows(); track r.townshipId) {
            <nz-tag [nzColor]="r.submitted ? 'green' : r.flaggedMissing ? 'red' : 'default'" [attr.data-testid]="'weekly-' + r.townshipName">
              {{ r.townshipName }} {{ r.submitted ? (r.zeroReport ? labels.zeroReport : labels.submitted) : labels.notSubmitted }}
            </nz-tag>
          }
        </div>
      }
    </div>
  `,
  styles: [
    '.week { border: 1px solid #f0f0f0; border-radius: 6px; padding: 10px 12px; margin-bottom: 12px; } .hint { color: rgba(0,0,0,.45); font-size: 13px; }',
    '.own { margin: 8px 0; display: flex; gap: 8px; align-items: center; } app-form-field ::ng-deep nz-form-item { margin-bottom: 0; } .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; } .actions > * { flex: 1 1 160px; min-height: 44px; }',
    '.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 8px; }',
  ],
})
export class WeeklyReportComponent implements OnInit {
  private readonly api = inject(HotspotsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user();
  protected readonly labels = HOTSPOTS_LABELS.hotspots;
  protected readonly officer = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly week = chinaWeekStart();
  protected readonly rows = signal<WeeklyReportStatusRow[]>([]);
  protected readonly loading = new ActionState();
  protected note = '';
  /** Which of the two buttons was pressed: 零报告 or 报送本周排查情况. */
  protected zeroReport = false;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 报送's problems under the note; the API's refusal of the whole beside the buttons. */
  protected readonly f = new FormErrors({
    fields: WEEKLY_REPORT_FIELDS,
    check: () => weeklyReportErrors(this.zeroReport, this.note),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.rows.set(await this.api.week(this.week)));
  }

  protected async submit(zeroReport: boolean): Promise<void> {
    const own = this.rows()[0];
    if (!own) return;
    this.zeroReport = zeroReport;
    const done = await this.f.submit(async () => {
      await this.api.submitWeek({ townshipId: own.townshipId, weekStart: this.week, zeroReport, note: this.note.trim() });
      this.message.success(this.labels.weekSaved);
      this.note = '';
    });
    if (done) {
      this.f.reset();
      await this.load();
    }
  }
}
