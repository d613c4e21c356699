import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  CASE_ACTION_LABELS,
  type CaseAction,
  type CaseSummary,
  type CaseWorkflowView,
  CLOSE_REASON_LABELS,
  CLOSE_REASONS,
  DIVERSION_ROUTE_LABELS,
  DIVERSION_ROUTES,
  HANDLING_OUTCOME_LABELS,
  HANDLING_OUTCOMES,
  NO_REACCEPTANCE_GROUND_LABELS,
  NO_REACCEPTANCE_GROUNDS,
  type OrgUnitDetail,
  SETTLEMENT_KIND_LABELS,
  SETTLEMENT_KINDS,
  SUPERVISION_LEVEL_LABELS,
  SUPERVISION_LEVELS,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { WorkflowApi } from './data-access/workflow.api';
import { isCaseNumberTerm, matchRelatedCases, mergeCases } from './prior-case-search';
import { buildTransitionRequest, emptyTransitionForm, fieldLabel, type TransitionField, transitionFields, transitionProblems } from './transition-form';

const DEPARTMENT_TYPES: readonly string[] = ['DEPARTMENT'];

/**
 * The form of one workflow action, in a modal: exactly the fields the action takes. It sends the
 * version the user saw and a fresh Idempotency-Key per opening; a 409 (the case changed meanwhile,
 * or a rule refuses the step) is handed back so the page shows it and reloads.
 */
@Component({
  selector: 'app-transition-modal',
  imports: [
    FormsModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzRadioModule,
    NzDatePickerModule,
    NzCheckboxModule,
    NzButtonModule,
    NzAlertModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transition-modal.component.html',
  styles: ['nz-radio-group.vertical [nz-radio] { display: flex; line-height: 32px; } nz-alert { display: block; margin-bottom: 12px; } nz-select, nz-date-picker { width: 100%; }'],
})
export class TransitionModalComponent implements OnInit {
  private readonly api = inject(WorkflowApi);
  readonly action = input.required<CaseAction>();
  readonly caseId = input.required<string>();
  readonly version = input.required<number>();
  readonly done = output<CaseWorkflowView>();
  readonly conflict = output<string>();
  readonly closed = output<void>();

  protected readonly labels = LABELS.workflow;
  protected readonly title = computed(() => CASE_ACTION_LABELS[this.action()]);
  protected readonly fields = computed(() => transitionFields(this.action()));
  /** What the step does beyond the state change (the notice it issues, the clock it starts). */
  protected readonly intro = computed(() => (this.labels.actionIntro as Partial<Record<CaseAction, string>>)[this.action()] ?? null);
  protected readonly options = {
    outcomes: HANDLING_OUTCOMES.map((v) => ({ value: v, label: HANDLING_OUTCOME_LABELS[v] })),
    settlements: SETTLEMENT_KINDS.map((v) => ({ value: v, label: SETTLEMENT_KIND_LABELS[v] })),
    routes: DIVERSION_ROUTES.map((v) => ({ value: v, label: DIVERSION_ROUTE_LABELS[v] })),
    grounds: NO_REACCEPTANCE_GROUNDS.map((v) => ({ value: v, label: NO_REACCEPTANCE_GROUND_LABELS[v] })),
    closeReasons: CLOSE_REASONS.map((v) => ({ value: v, label: CLOSE_REASON_LABELS[v] })),
    levels: SUPERVISION_LEVELS.map((v) => ({ value: v, label: SUPERVISION_LEVEL_LABELS[v] })),
  };
  protected form = emptyTransitionForm();
  protected readonly departments = signal<OrgUnitDetail[]>([]);
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly priorCases = signal<CaseSummary[]>([]);
  /** The same petitioners' other cases, loaded with a 不再受理 form. */
  private related: CaseSummary[] = [];
  protected readonly problems = signal<string[]>([]);
  protected readonly saving = signal(false);
  /** One key per opening of the form: a double click or a retry after a lost answer acts once. */
  private readonly key = crypto.randomUUID();

  ngOnInit(): void {
    if (this.fields().some((f) => f.field === 'handlingUnitId')) void this.loadUnits();
    if (this.fields().some((f) => f.field === 'priorCaseId')) void this.loadRelatedCases();
  }

  private async loadRelatedCases(): Promise<void> {
    try {
      this.related = mergeCases([await this.api.petitionersCases(this.caseId())], this.caseId());
      this.priorCases.set(this.related);
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  private async loadUnits(): Promise<void> {
    try {
      const units = await this.api.handlingUnits();
      this.departments.set(units.filter((u) => DEPARTMENT_TYPES.includes(u.type)));
      this.townships.set(units.filter((u) => !DEPARTMENT_TYPES.includes(u.type)));
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  protected label(field: TransitionField): string {
    return fieldLabel(this.action(), field);
  }

  /** A case number is looked for among the petitioners' cases; words also in the case list's keyword search. */
  protected async searchCases(keyword: string): Promise<void> {
    const term = keyword.trim();
    const local = matchRelatedCases(this.related, term);
    this.priorCases.set(local);
    if (term.length < 2 || isCaseNumberTerm(term)) return;
    try {
      const page = await this.api.findCases(term);
      this.priorCases.set(mergeCases([local, page.items], this.caseId()));
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  protected async submit(): Promise<void> {
    const problems = transitionProblems(this.action(), this.form);
    this.problems.set(problems);
    if (problems.length || this.saving()) return;
    this.saving.set(true);
    try {
      this.done.emit(await this.api.transition(this.caseId(), buildTransitionRequest(this.action(), this.form, this.version()), this.key));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409) this.conflict.emit(apiErrorMessage(error));
      else this.problems.set([apiErrorMessage(error)]);
    } finally {
      this.saving.set(false);
    }
  }
}
