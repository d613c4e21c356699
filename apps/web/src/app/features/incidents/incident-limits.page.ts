import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { INCIDENT_LEVEL_LABELS, type IncidentLevel, type IncidentReportLimit } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
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
  imports: [ActionErrorComponent, FormsModule, NzCardModule, NzTableModule, NzInputNumberModule, NzButtonModule, NzAlertModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.limitsTitle">
      <p class="hint">{{ labels.limitsHint }}</p>
      <app-action-error [state]="loading" />
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
              <td><label class="sr-only" [for]="'limit-phone-' + r.level">{{ levelLabels[r.level] }}{{ labels.phoneMinutes }}</label><nz-input-number [nzId]="'limit-phone-' + r.level" [(ngModel)]="r.phoneMinutes" [nzMin]="range.min" [nzMax]="range.max" [nzStep]="5" [nzPrecision]="0" data-testid="limit-phone" /></td>
              <td><label class="sr-only" [for]="'limit-written-' + r.level">{{ levelLabels[r.level] }}{{ labels.writtenMinutes }}</label><nz-input-number [nzId]="'limit-written-' + r.level" [(ngModel)]="r.writtenMinutes" [nzMin]="range.min" [nzMax]="range.max" [nzStep]="5" [nzPrecision]="0" data-testid="limit-written" /></td>
              <td><button nz-button nzType="primary" nzSize="small" [nzLoading]="r.saving" (click)="save(r)" data-testid="limit-save">{{ labels.save }}</button><app-action-error [state]="saving.for(r.level)" testId="limits-error" /></td>
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
  /** Loading (error at the top); each level's 保存, its error in its own row. */
  protected readonly loading = new ActionState();
  protected readonly saving = new ActionStates();
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async save(row: LimitRow): Promise<void> {
    this.notice.set(null);
    const state = this.saving.for(row.level);
    const body = reportLimitRequestOf(row.phoneMinutes, row.writtenMinutes);
    if (!body) {
      state.fail(this.labels.limitRange);
      return;
    }
    this.replace(row.level, { saving: true });
    const done = await state.run(async () => {
      const saved = await this.api.updateReportLimit(row.level, body);
      this.replace(row.level, { ...saved, saving: false });
      this.notice.set(`${this.levelLabels[row.level]}：${this.labels.limitSaved}`);
    });
    if (!done) this.replace(row.level, { saving: false });
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.rows.set((await this.api.reportLimits()).map((l) => ({ ...l, saving: false }))));
  }

  private replace(level: IncidentLevel, change: Partial<LimitRow>): void {
    this.rows.update((list) => list.map((r) => (r.level === level ? { ...r, ...change } : r)));
  }
}
