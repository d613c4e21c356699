import { ChangeDetectionStrategy, Component, type ElementRef, inject, Injector, input, output, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EVALUATION_STAGE_LABELS, type EvaluationStage, SATISFACTION_RESULT_LABELS, SATISFACTION_RESULTS, type SatisfactionResult } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { WORKFLOW_LABELS } from './workflow.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { WorkflowApi } from './data-access/workflow.api';
import { modalOf } from './modal-of';
import { callbackErrors } from './record-forms';

/** 录入回访评价: staff record the petitioner's satisfaction taken down by phone or visit. */
@Component({
  selector: 'app-callback-evaluation-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzInputModule, NzButtonModule, FormErrorsComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.recordCallback + ' · ' + stageLabels[stage()]" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form #formEl nz-form nzLayout="vertical" [attr.aria-label]="labels.recordCallback" data-testid="wf-callback-form">
          <app-form-field [form]="f" field="result" [label]="labels.result" for="wf-callback-result" required>
            <nz-radio-group
              id="wf-callback-result"
              role="radiogroup"
              [attr.aria-label]="labels.result"
              name="result"
              [(ngModel)]="result"
              (ngModelChange)="f.edited('result')"
              data-testid="wf-callback-result"
            >
              @for (r of results; track r) {
                <label nz-radio [nzValue]="r">{{ resultLabels[r] }}</label>
              }
            </nz-radio-group>
          </app-form-field>
          <app-form-field [form]="f" field="comment" [label]="labels.comment" for="wf-callback-comment">
            <textarea nz-input id="wf-callback-comment" name="comment" rows="3" [(ngModel)]="comment" (ngModelChange)="f.edited('comment')" data-testid="wf-callback-comment"></textarea>
          </app-form-field>
        </form>
      </ng-container>
      <ng-template #footer>
        <app-form-errors class="footer-errors" [form]="f" testId="wf-callback-problem" />
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="f.busy()" (click)="submit()" data-testid="wf-callback-submit">{{ labels.submit }}</button>
      </ng-template>
    </nz-modal>
  `,
  styles: ['.footer-errors { text-align: left; margin-bottom: 8px; }'],
})
export class CallbackEvaluationModalComponent {
  private readonly api = inject(WorkflowApi);
  readonly caseId = input.required<string>();
  readonly stage = input.required<EvaluationStage>();
  readonly done = output<void>();
  readonly closed = output<void>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly stageLabels = EVALUATION_STAGE_LABELS;
  protected readonly results = SATISFACTION_RESULTS;
  protected readonly resultLabels = SATISFACTION_RESULT_LABELS;
  protected result: SatisfactionResult | null = null;
  protected comment = '';
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly f = new FormErrors({
    fields: ['result', 'comment'],
    check: () => callbackErrors(this.result, this.comment),
    host: () => modalOf(this.formEl()),
    injector: inject(Injector),
  });
  /** One key per opening: a double click records one evaluation. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    await this.f.submit(async () => {
      const { result } = this;
      if (!result) return;
      const comment = this.comment.trim();
      await this.api.recordEvaluation(this.caseId(), { stage: this.stage(), result, ...(comment ? { comment } : {}) }, this.key);
      this.done.emit();
    });
  }
}
