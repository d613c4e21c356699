import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { INCIDENT_LEVEL_LABELS, type IncidentLevel, type IncidentReportLimit } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { INCIDENTS_LABELS } from './incidents.labels';
import { CardListDirective } from '../../core/list/card-list.directive';
import { IncidentsApi } from './data-access/incidents.api';
import { LIMIT_MINUTES, REPORT_LIMIT_FIELDS, reportLimitErrors } from './report-limit-form';

/** A level's limits as its row edits them (cleared boxes are null). */
interface LimitDraft {
  level: IncidentLevel;
  phoneMinutes: number | null;
  writtenMinutes: number | null;
}

/** 突发事件报告时限 (administrators): the phone and written report limits per event level. */
@Component({
  selector: 'app-incident-limits-page',
  imports: [
    ActionErrorComponent,
    FormErrorsComponent,
    FormsModule,
    NzCardModule,
    NzTableModule,
    FormFieldComponent,
    NzInputNumberModule,
    NzButtonModule,
    NzAlertModule,
    CardListDirective,
  ],
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
          <tr>
            <th>{{ labels.level }}</th>
            <th>{{ labels.phoneMinutes }}</th>
            <th>{{ labels.writtenMinutes }}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          @for (r of t.data; track r.level) {
            <tr [attr.data-testid]="'limit-' + r.level" [attr.data-level]="r.level">
              <td>{{ levelLabels[r.level] }}</td>
              <td>
                <app-form-field [form]="limitForm(r.level)" field="phoneMinutes">
                  <label class="sr-only" [for]="'limit-phone-' + r.level">{{ levelLabels[r.level] }}{{ labels.phoneMinutes }}</label>
                  <nz-input-number
                    [nzId]="'limit-phone-' + r.level"
                    [(ngModel)]="r.phoneMinutes"
                    (ngModelChange)="limitForm(r.level).edited('phoneMinutes')"
                    [nzMin]="range.min"
                    [nzMax]="range.max"
                    [nzStep]="5"
                    [nzPrecision]="0"
                    data-testid="limit-phone"
                  />
                </app-form-field>
              </td>
              <td>
                <app-form-field [form]="limitForm(r.level)" field="writtenMinutes">
                  <label class="sr-only" [for]="'limit-written-' + r.level">{{ levelLabels[r.level] }}{{ labels.writtenMinutes }}</label>
                  <nz-input-number
                    [nzId]="'limit-written-' + r.level"
                    [(ngModel)]="r.writtenMinutes"
                    (ngModelChange)="limitForm(r.level).edited('writtenMinutes')"
                    [nzMin]="range.min"
                    [nzMax]="range.max"
                    [nzStep]="5"
                    [nzPrecision]="0"
                    data-testid="limit-written"
                  />
                </app-form-field>
              </td>
              <td>
                <button nz-button nzType="primary" nzSize="small" [nzLoading]="limitForm(r.level).busy()" (click)="save(r)" data-testid="limit-save">{{ labels.save }}</button>
                <app-form-errors [form]="limitForm(r.level)" testId="limits-error" />
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
  styles: [
    '.hint { color: rgba(0,0,0,.55); } nz-alert { display: block; margin-bottom: 12px; } nz-input-number { width: 110px; max-width: 100%; } app-form-field ::ng-deep nz-form-item { margin-bottom: 0; }',
  ],
})
export class IncidentLimitsPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly labels = INCIDENTS_LABELS.incidents;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly range = LIMIT_MINUTES;
  protected readonly rows = signal<LimitDraft[]>([]);
  /** Loading (error at the top); each level's 保存, its problems under its own controls. */
  protected readonly loading = new ActionState();
  protected readonly notice = signal<string | null>(null);
  private readonly limitForms = new Map<IncidentLevel, FormErrors>();

  ngOnInit(): void {
    void this.load();
  }

  /** One level's form (created on first use): checked against its row, its cursor kept in its row. */
  protected limitForm(level: IncidentLevel): FormErrors {
    let form = this.limitForms.get(level);
    if (!form) {
      form = new FormErrors({
        fields: REPORT_LIMIT_FIELDS,
        check: () => {
          const row = this.rows().find((r) => r.level === level);
          return row ? reportLimitErrors(row.phoneMinutes, row.writtenMinutes) : [];
        },
        host: () => this.host.querySelector<HTMLElement>(`[data-level="${level}"]`) ?? this.host,
        injector: this.injector,
      });
      this.limitForms.set(level, form);
    }
    return form;
  }

  protected async save(row: LimitDraft): Promise<void> {
    this.notice.set(null);
    await this.limitForm(row.level).submit(async () => {
      const saved = await this.api.updateReportLimit(row.level, { phoneMinutes: Number(row.phoneMinutes), writtenMinutes: Number(row.writtenMinutes) });
      this.rows.update((list) => list.map((r) => (r.level === saved.level ? draftOf(saved) : r)));
      this.notice.set(`${this.levelLabels[row.level]}：${this.labels.limitSaved}`);
    });
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.rows.set((await this.api.reportLimits()).map(draftOf)));
  }
}

function draftOf(limit: IncidentReportLimit): LimitDraft {
  return { level: limit.level, phoneMinutes: limit.phoneMinutes, writtenMinutes: limit.writtenMinutes };
}
