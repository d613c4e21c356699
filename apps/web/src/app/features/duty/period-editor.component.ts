import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DUTY_SHIFT_PATTERN_LABELS, SENSITIVE_PERIOD_LEVEL_LABELS, SENSITIVE_PERIOD_SCOPE_LABELS, type SensitivePeriodRequest, type SensitivePeriodView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';

const formOf = (p: SensitivePeriodView): SensitivePeriodRequest => ({
  name: p.name,
  level: p.level,
  scope: p.scope,
  startOn: p.startOn,
  endOn: p.endOn,
  shiftPattern: p.shiftPattern,
  reportDueTime: p.reportDueTime,
  notes: p.notes,
});

/** An administrator adjusts one 敏感节点 (dates, level, scope, duty rules). */
@Component({
  selector: 'app-period-editor',
  imports: [ActionErrorComponent, DateFieldComponent, FormsModule, NzCardModule, NzButtonModule, NzInputModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.editPeriod + '：' + period().name" data-testid="period-editor">
      <div class="form">
        <label>{{ labels.periodName }}<input nz-input [(ngModel)]="form().name" data-testid="period-name" /></label>
        <div><label for="period-level">{{ labels.level }}</label><nz-select nzId="period-level" [(ngModel)]="form().level">@for (l of levels; track l) { <nz-option [nzValue]="l" [nzLabel]="levelLabels[l]" /> }</nz-select></div>
        <div><label for="period-scope">{{ labels.scope }}</label><nz-select nzId="period-scope" [(ngModel)]="form().scope">@for (s of scopes; track s) { <nz-option [nzValue]="s" [nzLabel]="scopeLabels[s]" /> }</nz-select></div>
        <label>{{ labels.dateFrom }}<app-date-field [label]="labels.dateFrom" [(ngModel)]="form().startOn" /></label>
        <label>{{ labels.dateTo }}<app-date-field [label]="labels.dateTo" [(ngModel)]="form().endOn" data-testid="period-end" /></label>
        <div><label for="period-pattern">{{ labels.pattern }}</label><nz-select nzId="period-pattern" [(ngModel)]="form().shiftPattern"><nz-option nzValue="H24" [nzLabel]="patternLabels.H24" /><nz-option nzValue="DAY_NIGHT" [nzLabel]="patternLabels.DAY_NIGHT" /></nz-select></div>
        <label>{{ labels.reportDueTime }}<app-date-field mode="time" [label]="labels.reportDueTime" [(ngModel)]="form().reportDueTime" /></label>
        <label>{{ labels.notes }}<input nz-input [(ngModel)]="form().notes" /></label>
      </div>
      <div class="actions">
        <button nz-button nzType="primary" [nzLoading]="saving.busy()" (click)="save()" data-testid="period-save">{{ labels.save }}</button>
        <button nz-button (click)="cancelled.emit()">{{ labels.cancel }}</button>
      </div>
      <app-action-error [state]="saving" />
    </nz-card>
  `,
  styles: [
    `nz-card { display: block; margin: 12px 0; }
     .form { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; }
     nz-select { display: block; width: 100%; }
     .actions { display: flex; gap: 8px; margin-top: 8px; }`,
  ],
})
export class PeriodEditorComponent {
  private readonly api = inject(DutyApi);
  readonly period = input.required<SensitivePeriodView>();
  readonly saved = output<SensitivePeriodView>();
  readonly cancelled = output();
  protected readonly labels = DUTY_LABELS;
  protected readonly levels = [1, 2, 3] as const;
  protected readonly scopes = ['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'] as const;
  protected readonly levelLabels = SENSITIVE_PERIOD_LEVEL_LABELS;
  protected readonly scopeLabels = SENSITIVE_PERIOD_SCOPE_LABELS;
  protected readonly patternLabels = DUTY_SHIFT_PATTERN_LABELS;
  protected readonly form = linkedSignal(() => formOf(this.period()));
  protected readonly saving = new ActionState();

  protected async save(): Promise<void> {
    await this.saving.run(async () => {
      const body = this.form();
      this.saved.emit(await this.api.savePeriod(this.period().id, { ...body, name: body.name.trim(), notes: body.notes?.trim() ?? '' }));
    });
  }
}
