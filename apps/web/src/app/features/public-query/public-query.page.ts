import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { apiErrorMessage } from '../../core/api-error';
import { caseStateTone } from '../../core/case-state-tone';
import { DeploymentNames } from '../../core/deployment/deployment-names';
import { LABELS } from '../../core/labels';
import { chineseDate, evaluationStatusText, noticeBody } from '../workflow/workflow-rules';
import { PublicQueryApi } from './data-access/public-query.api';
import { lookupErrorMessage, lookupRequest } from './public-lookup';

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
  imports: [FormsModule, RouterLink, NzInputModule, NzButtonModule, NzAlertModule, NzTagModule, NzTimelineModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-query.page.html',
  styleUrl: './public-query.page.css',
})
export class PublicQueryPage {
  private readonly api = inject(PublicQueryApi);
  protected readonly labels = LABELS.publicQuery;
  protected readonly bureau = inject(DeploymentNames).bureau;
  protected readonly stageLabels = EVALUATION_STAGE_LABELS;
  protected readonly results = SATISFACTION_RESULTS;
  protected readonly resultLabels = SATISFACTION_RESULT_LABELS;
  protected readonly statusText = evaluationStatusText;
  protected readonly chineseDate = chineseDate;
  protected readonly noticeBody = noticeBody;
  protected readonly tone = caseStateTone;
  protected queryCode = '';
  protected last4 = '';
  protected readonly view = signal<PublicCaseView | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly thanks = signal(false);
  protected drafts: Record<EvaluationStage, Draft> = { ACCEPTANCE: { result: null, comment: '' }, HANDLING: { result: null, comment: '' } };
  /** The lookup that found the case, reused to evaluate it. */
  private found: PublicLookupRequest | null = null;

  protected async lookup(): Promise<void> {
    const request = lookupRequest(this.queryCode, this.last4);
    this.error.set(request ? null : this.labels.required);
    if (!request || this.busy()) return;
    this.busy.set(true);
    try {
      this.view.set(await this.api.lookup(request));
      this.found = request;
      this.thanks.set(false);
    } catch (error) {
      this.view.set(null);
      this.error.set(lookupErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async evaluate(stage: EvaluationStage): Promise<void> {
    const draft = this.drafts[stage];
    if (!this.found) return;
    if (!draft.result) {
      this.error.set(this.labels.chooseResult);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const comment = draft.comment.trim();
      this.view.set(await this.api.evaluate({ ...this.found, stage, result: draft.result, ...(comment ? { comment } : {}) }));
      this.thanks.set(true);
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected again(): void {
    this.view.set(null);
    this.found = null;
    this.error.set(null);
    this.thanks.set(false);
    this.queryCode = '';
    this.last4 = '';
    this.drafts = { ACCEPTANCE: { result: null, comment: '' }, HANDLING: { result: null, comment: '' } };
  }
}
