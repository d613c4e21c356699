import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { GoalImportReport } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';
import { FilePickComponent } from '../../core/forms/file-pick.component';
import { CardListDirective } from '../../core/list/card-list.directive';

/**
 * 导入绩效目标表: uploads an .xlsx as the project's goal rows and shows the row-by-row report
 * inline (every row with content imported; the odd ones flagged with what to check) until closed.
 */
@Component({
  selector: 'app-goal-import',
  imports: [ActionErrorComponent, FilePickComponent, NzAlertModule, NzButtonModule, NzTableModule, NzTagModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint">{{ labels.hint }}</p>
    <app-file-pick accept=".xlsx" [label]="labels.button" [busy]="importing.busy()" buttonTestId="goal-import" (picked)="choose($event[0])" data-testid="goal-import-file" />
    <app-action-error [state]="importing" testId="goal-import-error" />
    @if (report(); as r) {
      <nz-alert [nzType]="r.flagged ? 'warning' : 'success'" nzShowIcon [nzMessage]="labels.report(r.fileName, r.imported, r.flagged, r.blankRowsSkipped)" [nzAction]="close" data-testid="goal-import-result" />
      <ng-template #close><button nz-button nzSize="small" (click)="report.set(null)">{{ labels.close }}</button></ng-template>
      <nz-table appCardList #rt [nzData]="r.rows" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="small" data-testid="goal-import-report">
        <thead>
          <tr>
            <th nzWidth="80px">{{ labels.rowNumber }}</th>
            <th>{{ budget.level1 }} / {{ budget.level2 }} / {{ budget.level3 }}</th>
            <th>{{ budget.target }}</th>
            <th>{{ labels.status }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rt.data; track row.rowNumber) {
            <tr [attr.data-testid]="'goal-import-row-' + row.rowNumber">
              <td>{{ row.rowNumber }}</td>
              <td>{{ row.level1 }} / {{ row.level2 }} / {{ row.name }}</td>
              <td>{{ row.targetText }}</td>
              <td>
                @if (row.status === 'OK') {
                  <nz-tag nzColor="green">{{ labels.ok }}</nz-tag>
                } @else {
                  <nz-tag nzColor="orange">{{ labels.flagged }}</nz-tag>
                  <span class="msg">{{ row.messages.join('；') }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: [
    '.hint { color: rgba(0,0,0,.5); font-size: 12px; } nz-alert { display: block; margin: 12px 0; } .msg { color: #ad6800; } nz-table { display: block; margin-bottom: 16px; }',
  ],
})
export class GoalImportComponent {
  private readonly api = inject(BudgetApi);
  readonly projectId = input.required<string>();
  readonly imported = output<void>();
  protected readonly labels = BUDGET_LABELS.goalImport;
  protected readonly budget = BUDGET_LABELS;
  protected readonly report = signal<GoalImportReport | null>(null);
  protected readonly importing = new ActionState();

  protected async choose(file: File | undefined): Promise<void> {
    if (!file) return;
    await this.importing.run(async () => {
      this.report.set(await this.api.importGoalTable(this.projectId(), file));
      this.imported.emit();
    });
  }
}
