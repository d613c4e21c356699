import { ChangeDetectionStrategy, Component, computed, type ElementRef, inject, Injector, input, type OnInit, output, signal, viewChild } from '@angular/core';
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
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { WORKFLOW_LABELS } from './workflow.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { WorkflowApi } from './data-access/workflow.api';
import { modalOf } from './modal-of';
import { isCaseNumberTerm, matchRelatedCases, mergeCases } from './prior-case-search';
import { buildTransitionRequest, emptyTransitionForm, fieldLabel, type TransitionField, transitionErrors, transitionFields } from './transition-form';
import { answerOrConflict } from './transition-conflict';

const DEPARTMENT_TYPES: readonly string[] = ['DEPARTMENT'];

/**
 * The form of one workflow action, in a modal: exactly the fields the action takes. It sends the
 * version the user saw and a fresh Idempotency-Key per opening; a 409 (the case changed meanwhile,
 * or a rule refuses the step) is handed back so the page shows it and reloads. Every other problem
 * stays in the dialog: under its control (the form's check or the API's 400 naming it), the rest
 * beside the submit button, with the cursor on the first.
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
    ActionErrorComponent,
    FormErrorsComponent,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transition-modal.component.html',
  styles: [
    'nz-radio-group.vertical [nz-radio] { display: flex; line-height: 32px; } nz-alert { display: block; margin-bottom: 12px; } nz-select, nz-date-picker { width: 100%; } .footer-errors { text-align: left; margin-bottom: 8px; }',
  ],
})
export class TransitionModalComponent implements OnInit {
  private readonly api = inject(WorkflowApi);
  readonly action = input.required<CaseAction>();
  readonly caseId = input.required<string>();
  readonly version = input.required<number>();
  readonly done = output<CaseWorkflowView>();
  readonly conflict = output<string>();
  readonly closed = output<void>();

  protected readonly labels = WORKFLOW_LABELS.workflow;
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
  /** The units and the petitioners' cases the form offers (and the case search). */
  protected readonly lookup = new ActionState();
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly injector = inject(Injector);
  /** The form's errors; made once the action (an input) is known. */
  protected f!: FormErrors;
  /** One key per opening of the form: a double click or a retry after a lost answer acts once. */
  private readonly key = crypto.randomUUID();

  ngOnInit(): void {
    this.f = new FormErrors({
      fields: this.fields().map((f) => f.field),
      check: () => transitionErrors(this.action(), this.form),
      host: () => modalOf(this.formEl()),
      injector: this.injector,
    });
    if (this.fields().some((f) => f.field === 'handlingUnitId')) void this.loadUnits();
    if (this.fields().some((f) => f.field === 'priorCaseId')) void this.loadRelatedCases();
  }

  private async loadRelatedCases(): Promise<void> {
    await this.lookup.run(async () => {
      this.related = mergeCases([await this.api.petitionersCases(this.caseId())], this.caseId());
      this.priorCases.set(this.related);
    });
  }

  private async loadUnits(): Promise<void> {
    await this.lookup.run(async () => {
      const units = await this.api.handlingUnits();
      this.departments.set(units.filter((u) => DEPARTMENT_TYPES.includes(u.type)));
      this.townships.set(units.filter((u) => !DEPARTMENT_TYPES.includes(u.type)));
    });
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
    await this.lookup.run(async () => {
      const page = await this.api.findCases(term);
      this.priorCases.set(mergeCases([local, page.items], this.caseId()));
    });
  }

  protected async submit(): Promise<void> {
    await this.f.submit(async () => {
      const answer = await answerOrConflict(this.api.transition(this.caseId(), buildTransitionRequest(this.action(), this.form, this.version()), this.key));
      if (answer.conflict !== null) this.conflict.emit(answer.conflict);
      else this.done.emit(answer.view);
    });
  }
}
