import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { INCIDENT_LEVEL_LABELS, type IncidentLevel, type IncidentReportLimit } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { IncidentsApi } from './data-access/incidents.api';
import { LIMIT_MINUTES, reportLimitRequestOf } from './report-limit-form';
import { CardListDirective } from '../../core/list/card-list.directive';

interface LimitRow extends IncidentReportLimit {
  saving: boolean;
}

/** 突发事件报告时限 (administrators): the phone and written report limits per event level. */
@Component({
  selector: 'app-incident-limits-page',
  imports: [FormsModule, NzCardModule, NzTableModule, NzInputNumberModule, NzButtonModule, NzAlertModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.limitsTitle">
      <p class="hint">{{ labels.limitsHint }}</p>
      @if (error(); as message) {
        <nz-alert nzType="error" [nzMessage]="message" nzShowIcon data-testid="limits-error" />
      }
      @if (notice(); as message) {
        <nz-alert nzType="success" [nzMessage]="message" nzShowIcon data-testid="limits-saved" />
      }
      <nz-table appCardList #t [nzData]="rows()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" data-testid="limits-table">
        <thead>
          <tr><th>{{ labels.level }}</th><th>{{ labels.phoneMinutes }}</th><th>{{ labels.writtenMinutes }}</th><th></th></tr>
        </thead>
        <tbody>
          @for (r of t.data; track r.level) {
            <tr [attr.data-testid]="'limit-' + r.level">
              <td>{{ levelLabels[r.level] }}</td>
              <td><nz-input-number [(ngModel)]="r.phoneMinutes" [nzMin]="range.min" [nzMax]="range.max" [nzStep]="5" [nzPrecision]="0" data-testid="limit-phone" /></td>
              <td><nz-input-number [(ngModel)]="r.writtenMinutes" [nzMin]="range.min" [nzMax]="range.max" [nzStep]="5" [nzPrecision]="0" data-testid="limit-written" /></td>
              <td><button nz-button nzType="primary" nzSize="small" [nzLoading]="r.saving" (click)="save(r)" data-testid="limit-save">{{ labels.save }}</button></td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
  styles: ['.hint { color: rgba(0,0,0,.55); } nz-alert { display: block; margin-bottom: 12px; } nz-input-number { width: 110px; max-width: 100%; }'],
})
export class IncidentLimitsPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  protected readonly labels = LABELS.incidents;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly range = LIMIT_MINUTES;
  protected readonly rows = signal<LimitRow[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async save(row: LimitRow): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const body = reportLimitRequestOf(row.phoneMinutes, row.writtenMinutes);
    if (!body) {
      this.error.set(this.labels.limitRange);
      return;
    }
    this.replace(row.level, { saving: true });
    try {
      const saved = await this.api.updateReportLimit(row.level, body);
      this.replace(row.level, { ...saved, saving: false });
      this.notice.set(`${this.levelLabels[row.level]}：${this.labels.limitSaved}`);
    } catch (error) {
      this.replace(row.level, { saving: false });
      this.error.set(apiErrorMessage(error));
    }
  }

  private async load(): Promise<void> {
    try {
      this.rows.set((await this.api.reportLimits()).map((l) => ({ ...l, saving: false })));
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  private replace(level: IncidentLevel, change: Partial<LimitRow>): void {
    this.rows.update((list) => list.map((r) => (r.level === level ? { ...r, ...change } : r)));
  }
}
