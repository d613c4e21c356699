import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  EVALUATION_STAGE_LABELS,
  type EvaluationStage,
  type PublicCaseView,
  type PublicLookupRequest,
  SATISFACTION_RESULT_LABELS,
  SATISFACTION_RESULTS,
  type SatisfactionResult,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { caseStateTone } from '../../core/case-state-tone';
import { DeploymentNames } from '../../core/deployment/deployment-names';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { WORKFLOW_LABELS } from '../workflow/workflow.labels';
import { PUBLIC_QUERY_LABELS } from './public-query.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { callbackErrors } from '../workflow/record-forms';
import { chineseDate, evaluationStatusText, noticeBody } from '../workflow/workflow-rules';
import { PublicQueryApi } from './data-access/public-query.api';
import { lookupErrors, lookupRefusal, lookupRequest } from './public-lookup';

interface Draft {
  result: SatisfactionResult | null;
  comment: string;
}

/**
 * 信访事项查询评价 (no login): the petitioner's query code and the last four characters of their ID
 * number or phone show the progress and the notices, and open stages can be evaluated. Phone first.
 */
@Component({
  selector: 'app-public-query-page',
  imports: [
    FormsModule,
    RouterLink,
    NzFormModule,
    NzInputModule,
    NzButtonModule,
    NzAlertModule,
    NzTagModule,
    NzTimelineModule,
    NzRadioModule,
    FormErrorsComponent,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-query.page.html',
  styleUrl: './public-query.page.css',
})
export class PublicQueryPage {
  private readonly api = inject(PublicQueryApi);
  protected readonly labels = PUBLIC_QUERY_LABELS.publicQuery;
  protected readonly bureau = inject(DeploymentNames).bureau;
  protected readonly stageLabels = EVALUATION_STAGE_LABELS;
  protected readonly results = SATISFACTION_RESULTS;
  protected readonly resultLabels = SATISFACTION_RESULT_LABELS;
  protected readonly resultName = WORKFLOW_LABELS.workflow.result;
  protected readonly statusText = evaluationStatusText;
  protected readonly chineseDate = chineseDate;
  protected readonly noticeBody = noticeBody;
  protected readonly tone = caseStateTone;
  protected queryCode = '';
  protected last4 = '';
  protected readonly view = signal<PublicCaseView | null>(null);
  protected readonly thanks = signal(false);
  protected drafts: Record<EvaluationStage, Draft> = { ACCEPTANCE: { result: null, comment: '' }, HANDLING: { result: null, comment: '' } };
  /** The lookup that found the case, reused to evaluate it. */
  private found: PublicLookupRequest | null = null;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  /** The lookup form: 查询码 and 后四位, each problem under its field, a not-found beside 查询. */
  protected readonly f = new FormErrors({
    fields: ['queryCode', 'last4'],
    check: () => lookupErrors(this.queryCode, this.last4),
    host: () => this.host,
    injector: this.injector,
  });
  /** One evaluation form per stage, each with its errors beside its own 提交评价. */
  protected readonly evals: Record<EvaluationStage, FormErrors> = { ACCEPTANCE: this.evaluationForm('ACCEPTANCE'), HANDLING: this.evaluationForm('HANDLING') };

  private evaluationForm(stage: EvaluationStage): FormErrors {
    return new FormErrors({
      fields: ['result', 'comment'],
      check: () => callbackErrors(this.drafts[stage].result, this.drafts[stage].comment),
      host: () => this.host.querySelector<HTMLElement>(`[data-testid="pq-eval-${stage}"]`) ?? this.host,
      injector: this.injector,
    });
  }

  protected async lookup(): Promise<void> {
    await this.f.submit(async () => {
      const request = lookupRequest(this.queryCode, this.last4);
      if (!request) return;
      this.view.set(await this.api.lookup(request).catch((error: unknown) => Promise.reject(lookupRefusal(error))));
      this.found = request;
      this.thanks.set(false);
    });
  }

  protected async evaluate(stage: EvaluationStage): Promise<void> {
    const found = this.found;
    const draft = this.drafts[stage];
    if (!found) return;
    await this.evals[stage].submit(async () => {
      if (!draft.result) return;
      const comment = draft.comment.trim();
      this.view.set(await this.api.evaluate({ ...found, stage, result: draft.result, ...(comment ? { comment } : {}) }));
      this.thanks.set(true);
    });
  }

  protected again(): void {
    this.view.set(null);
    this.found = null;
    this.f.reset();
    this.evals.ACCEPTANCE.reset();
    this.evals.HANDLING.reset();
    this.thanks.set(false);
    this.queryCode = '';
    this.last4 = '';
    this.drafts = { ACCEPTANCE: { result: null, comment: '' }, HANDLING: { result: null, comment: '' } };
  }
}
