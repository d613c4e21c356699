import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EVALUATION_STAGE_LABELS, type EvaluationStage, SATISFACTION_RESULT_LABELS, SATISFACTION_RESULTS, type SatisfactionResult } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { WorkflowApi } from './data-access/workflow.api';

/** 录入回访评价: staff record the petitioner's satisfaction taken down by phone or visit. */
@Component({
  selector: 'app-callback-evaluation-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzInputModule, NzButtonModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.recordCallback + ' · ' + stageLabels[stage()]" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="wf-callback-form">
          @if (problem(); as p) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="p" data-testid="wf-callback-problem" />
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="wf-callback-result">{{ labels.result }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group id="wf-callback-result" name="result" [(ngModel)]="result" data-testid="wf-callback-result">
                @for (r of results; track r) {
                  <span nz-radio [nzValue]="r">{{ resultLabels[r] }}</span>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="wf-callback-comment">{{ labels.comment }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="wf-callback-comment" name="comment" rows="3" [(ngModel)]="comment" data-testid="wf-callback-comment"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="saving()" (click)="submit()" data-testid="wf-callback-submit">{{ labels.submit }}</button>
      </ng-template>
    </nz-modal>
  `,
  styles: ['nz-alert { display: block; margin-bottom: 12px; }'],
})
export class CallbackEvaluationModalComponent {
  private readonly api = inject(WorkflowApi);
  readonly caseId = input.required<string>();
  readonly stage = input.required<EvaluationStage>();
  readonly done = output<void>();
  readonly closed = output<void>();
  protected readonly labels = LABELS.workflow;
  protected readonly stageLabels = EVALUATION_STAGE_LABELS;
  protected readonly results = SATISFACTION_RESULTS;
  protected readonly resultLabels = SATISFACTION_RESULT_LABELS;
  protected result: SatisfactionResult | null = null;
  protected comment = '';
  protected readonly problem = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** One key per opening: a double click records one evaluation. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    if (!this.result) {
      this.problem.set(LABELS.publicQuery.chooseResult);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const comment = this.comment.trim();
      await this.api.recordEvaluation(this.caseId(), { stage: this.stage(), result: this.result, ...(comment ? { comment } : {}) }, this.key);
      this.done.emit();
    } catch (error) {
      this.problem.set(apiErrorMessage(error));
    } finally {
      this.saving.set(false);
    }
  }
}
