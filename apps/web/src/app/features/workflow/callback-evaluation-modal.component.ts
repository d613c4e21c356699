import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EVALUATION_STAGE_LABELS, type EvaluationStage, SATISFACTION_RESULT_LABELS, SATISFACTION_RESULTS, type SatisfactionResult } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { WorkflowApi } from './data-access/workflow.api';

/** 录入回访评价: staff record the petitioner's satisfaction taken down by phone or visit. */
@Component({
  selector: 'app-callback-evaluation-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzInputModule, NzButtonModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.recordCallback + ' · ' + stageLabels[stage()]" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="wf-callback-form">
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
        <app-action-error [state]="saving" testId="wf-callback-problem" />
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="saving.busy()" (click)="submit()" data-testid="wf-callback-submit">{{ labels.submit }}</button>
      </ng-template>
    </nz-modal>
  `,
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
  protected readonly saving = new ActionState();
  /** One key per opening: a double click records one evaluation. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    const result = this.result;
    if (!result) return this.saving.fail(LABELS.publicQuery.chooseResult);
    await this.saving.run(async () => {
      const comment = this.comment.trim();
      await this.api.recordEvaluation(this.caseId(), { stage: this.stage(), result, ...(comment ? { comment } : {}) }, this.key);
      this.done.emit();
    });
  }
}
