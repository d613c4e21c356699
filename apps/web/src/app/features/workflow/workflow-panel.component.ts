import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import {
  canUse,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  type CaseAction,
  type CaseState,
  type CaseWorkflowView,
  type EvaluationStage,
  type NoticeView,
  SUPERVISION_LEVEL_LABELS,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { caseStateTone } from '../../core/case-state-tone';
import { AuthService } from '../../core/auth/auth.service';
import { WORKFLOW_LABELS } from './workflow.labels';
import { CallbackEvaluationModalComponent } from './callback-evaluation-modal.component';
import { CaseTimelineComponent } from './case-timeline.component';
import { ClockTableComponent } from './clock-table.component';
import { WorkflowApi } from './data-access/workflow.api';
import { DeliveryModalComponent } from './delivery-modal.component';
import { EvaluationListComponent } from './evaluation-list.component';
import { NoticeListComponent } from './notice-list.component';
import { TransitionModalComponent } from './transition-modal.component';
import { supervisionTone } from './workflow-rules';

/**
 * 办理流程 on the case page: state, 督办 and 超期 flags, legal clocks, notices, evaluations, the
 * timeline, and a button for each action the server permits the user now.
 */
@Component({
  selector: 'app-workflow-panel',
  imports: [
    NzCardModule,
    NzTagModule,
    NzButtonModule,
    NzAlertModule,
    ClockTableComponent,
    CaseTimelineComponent,
    NoticeListComponent,
    EvaluationListComponent,
    TransitionModalComponent,
    DeliveryModalComponent,
    CallbackEvaluationModalComponent,
    ActionErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workflow-panel.component.html',
  styles: [
    ':host { display: block; } nz-card + nz-card { margin-top: 16px; } nz-alert { display: block; margin-bottom: 12px; }',
    '.status { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 12px; } .unit { color: rgba(0,0,0,.65); }',
    '.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; } .hint { color: rgba(0,0,0,.45); } h4 { margin: 16px 0 8px; }',
  ],
})
export class WorkflowPanelComponent {
  private readonly api = inject(WorkflowApi);
  readonly caseId = input.required<string>();
  /** The case's state each time the panel learns it (the page's own summary shows it too). */
  readonly stateChange = output<CaseState>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly stateLabels = CASE_STATE_LABELS;
  protected readonly tone = caseStateTone;
  protected readonly actionLabels = CASE_ACTION_LABELS;
  protected readonly levelLabels = SUPERVISION_LEVEL_LABELS;
  protected readonly supervisionTone = supervisionTone;
  private readonly user = inject(AuthService).user;
  protected readonly view = signal<CaseWorkflowView | null>(null);
  /**
   * 回访 is taken by the bureau and township side, never by the unit that handled the case (it is the
   * one evaluated). The API decides; this only hides a button it would refuse.
   */
  protected readonly canRecordCallback = computed(() => {
    const user = this.user();
    const handlingUnitId = this.view()?.handlingUnitId ?? null;
    return canUse(user?.role, 'staffEvaluation') && (handlingUnitId === null || handlingUnitId !== user?.orgUnitId);
  });
  protected readonly message = signal<{ type: 'success' | 'warning'; text: string } | null>(null);
  /** Loading the workflow view (on opening and after each step); its failure shows at the top of the panel. */
  protected readonly loading = new ActionState();
  protected readonly openAction = signal<CaseAction | null>(null);
  protected readonly deliveryFor = signal<NoticeView | null>(null);
  protected readonly evaluationFor = signal<EvaluationStage | null>(null);

  constructor() {
    effect(() => {
      this.caseId();
      untracked(() => void this.reload());
    });
  }

  private async reload(): Promise<void> {
    await this.loading.run(async () => this.show(await this.api.view(this.caseId())));
  }

  private show(view: CaseWorkflowView): void {
    this.view.set(view);
    this.stateChange.emit(view.state);
  }

  protected open(action: CaseAction): void {
    this.message.set(null);
    this.openAction.set(action);
  }

  protected transitioned(view: CaseWorkflowView): void {
    const action = this.openAction();
    this.openAction.set(null);
    this.show(view);
    this.message.set({ type: 'success', text: `${action ? CASE_ACTION_LABELS[action] : ''}：${WORKFLOW_LABELS.workflow.done}` });
  }

  /** Someone else changed the case (or a rule now refuses the step): the server says which; show the case as it is now. */
  protected conflicted(text: string): void {
    this.openAction.set(null);
    this.message.set({ type: 'warning', text: `${text}${WORKFLOW_LABELS.workflow.conflict}` });
    void this.reload();
  }

  protected delivered(): void {
    this.deliveryFor.set(null);
    this.message.set({ type: 'success', text: WORKFLOW_LABELS.workflow.delivered });
    void this.reload();
  }

  protected evaluated(): void {
    this.evaluationFor.set(null);
    this.message.set({ type: 'success', text: WORKFLOW_LABELS.workflow.recorded });
    void this.reload();
  }
}
