import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { EVALUATION_STAGE_LABELS, type EvaluationStage, type EvaluationView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { WORKFLOW_LABELS } from './workflow.labels';
import { evaluationStatusText } from './workflow-rules';
import { CardListDirective } from '../../core/list/card-list.directive';

const STATUS_TONES: Readonly<Record<EvaluationView['status'], string>> = { NOT_YET: 'default', OPEN: 'blue', EVALUATED: 'green', NOT_PARTICIPATED: 'default' };

/** 满意度评价 per stage (受理环节, 办理环节); an open stage can take a 回访 evaluation recorded by staff. */
@Component({
  selector: 'app-evaluation-list',
  imports: [CardListDirective, DatePipe, NzTableModule, NzTagModule, NzButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table appCardList #t [nzData]="evaluations()" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="small" data-testid="wf-evaluations">
      <thead>
        <tr>
          <th>{{ labels.stage }}</th>
          <th>{{ labels.evaluationStatus }}</th>
          <th>{{ labels.comment }}</th>
          <th>{{ labels.windowEndsOn }}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (e of t.data; track e.stage) {
          <tr [attr.data-testid]="'wf-evaluation-' + e.stage">
            <td>{{ stageLabels[e.stage] }}</td>
            <td>
              <nz-tag [nzColor]="tones[e.status]">{{ statusText(e) }}</nz-tag>
              @if (e.source) {
                <div class="hint">{{ labels.evaluationSource[e.source] }}{{ e.recordedAt ? ' · ' + (e.recordedAt | date: 'yyyy-MM-dd HH:mm') : '' }}</div>
              }
            </td>
            <td>{{ e.comment ?? '' }}</td>
            <td>{{ e.windowEndsOn ?? '—' }}</td>
            <td>
              @if (e.status === 'OPEN' && canRecord()) {
                <button nz-button nzSize="small" type="button" (click)="record.emit(e.stage)" [attr.data-testid]="'wf-evaluation-record-' + e.stage">{{ labels.recordCallback }}</button>
              }
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: ['.hint { color: rgba(0,0,0,.45); font-size: 12px; }'],
})
export class EvaluationListComponent {
  readonly evaluations = input.required<EvaluationView[]>();
  /** Whether the user may record a 回访 (the bureau and township side, not the handling unit). */
  readonly canRecord = input(false);
  readonly record = output<EvaluationStage>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly stageLabels = EVALUATION_STAGE_LABELS;
  protected readonly tones = STATUS_TONES;
  protected readonly statusText = evaluationStatusText;
}
