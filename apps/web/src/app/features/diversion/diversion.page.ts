import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  CONSULTATION_KIND_LABELS,
  CONSULTATION_KINDS,
  type ConsultationKind,
  DIVERSION_ROUTE_LABELS,
  DIVERSION_ROUTES,
  type DiversionCaseView,
  type DiversionRoute,
  type DiversionSuggestion,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DIVERSION_LABELS } from './diversion.labels';
import { DiversionApi } from './data-access/diversion.api';
import { DiversionLedgerComponent } from './diversion-ledger.component';
import { type DecisionForm, decisionForm, routeChanged } from './diversion-forms';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { chinaDate } from '@julu/domain';
import { modalOf } from '../workflow/modal-of';
import { consultationErrors, type ConsultationForm, decisionErrors, flagErrors } from './diversion-errors';

/** 依法分流: the workbench (flagged cases with the rule table's suggestions), the ledger and counts. */
@Component({
  selector: 'app-diversion-page',
  imports: [
    ActionErrorComponent,
    FormErrorsComponent,
    NzFormModule,
    FormFieldComponent,
    DateFieldComponent,
    FormsModule,
    RouterLink,
    DatePipe,
    NzCardModule,
    NzTabsModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    NzAlertModule,
    NzModalModule,
    DiversionLedgerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './diversion.page.html',
  styleUrl: './diversion.page.css',
})
export class DiversionPage implements OnInit {
  private readonly api = inject(DiversionApi);
  private readonly message = inject(NzMessageService);
  protected readonly labels = DIVERSION_LABELS.diversion;
  protected readonly routes = DIVERSION_ROUTES;
  protected readonly routeLabels = DIVERSION_ROUTE_LABELS;
  protected readonly consultKinds = CONSULTATION_KINDS;
  protected readonly consultLabels = CONSULTATION_KIND_LABELS;
  protected readonly queue = signal<DiversionCaseView[]>([]);
  protected readonly next = signal<string | null>(null);
  /** Each action's error beside its button: 标记 under the flag bar, the decision and the consultation in their dialogs. */
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();

  protected readonly decided = signal<DiversionCaseView | null>(null);
  protected readonly form = signal<DecisionForm | null>(null);
  protected readonly consulting = signal<DiversionCaseView | null>(null);
  protected consultation: ConsultationForm = { kind: 'LEGAL' as ConsultationKind, advisor: '', lawyerOnDuty: '', content: '', heldOn: chinaDate(new Date()) };
  protected flagCaseNo = '';
  protected flagReason = '';
  private suggestions: readonly DiversionSuggestion[] = [];
  private consultKey = crypto.randomUUID();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly decisionEl = viewChild<ElementRef<HTMLElement>>('decisionEl');
  private readonly consultEl = viewChild<ElementRef<HTMLElement>>('consultEl');
  /** 标记涉法涉诉: its errors under the flag bar's fields. */
  protected readonly flagging = new FormErrors({
    fields: ['caseNo', 'reason'],
    check: () => flagErrors(this.flagCaseNo, this.flagReason),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="diversion-flag-form"]') ?? this.host,
    injector: this.injector,
  });
  /** 确认分流去向 and 法律咨询, each in its dialog. */
  protected readonly deciding = new FormErrors({
    fields: ['route', 'competentOrgan', 'note'],
    check: () => {
      const f = this.form();
      return f ? decisionErrors(f) : [];
    },
    host: () => modalOf(this.decisionEl()),
    injector: this.injector,
  });
  protected readonly consultingState = new FormErrors({
    fields: ['kind', 'advisor', 'lawyerOnDuty', 'heldOn', 'content'],
    check: () => consultationErrors(this.consultation),
    host: () => modalOf(this.consultEl()),
    injector: this.injector,
  });

  ngOnInit(): void {
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    await (more ? this.loadingMore : this.loading).run(async () => {
      const page = await this.api.queue(more ? (this.next() ?? undefined) : undefined);
      this.queue.set(more ? [...this.queue(), ...page.items] : page.items);
      this.next.set(page.nextCursor);
    });
  }

  protected async flag(): Promise<void> {
    let found = true;
    const done = await this.flagging.submit(async () => {
      const caseId = await this.api.findCase(this.flagCaseNo.trim());
      found = caseId !== null;
      if (!caseId) return;
      await this.api.flag(caseId, this.flagReason.trim());
      this.message.success(this.labels.flagged);
      this.flagCaseNo = '';
      this.flagReason = '';
      this.flagging.reset();
    });
    if (!found) this.flagging.fail(this.labels.caseNotFound, 'caseNo');
    else if (done) await this.load(false);
  }

  protected open(c: DiversionCaseView, s: DiversionSuggestion | null): void {
    this.suggestions = c.suggestions;
    this.deciding.reset();
    this.form.set(decisionForm(c, s));
  }

  protected patch(change: Partial<Pick<DecisionForm, 'competentOrgan' | 'note'>>): void {
    const f = this.form();
    if (f) this.form.set({ ...f, ...change });
    for (const field of Object.keys(change)) this.deciding.edited(field);
  }

  protected chooseRoute(route: DiversionRoute): void {
    const f = this.form();
    if (f) this.form.set(routeChanged(f, route, this.suggestions));
    this.deciding.edited('route');
  }

  protected async decide(): Promise<void> {
    const f = this.form();
    if (!f) return;
    await this.deciding.submit(async () => {
      const route = f.route;
      if (!route) return;
      const result = await this.api.decide(f.caseId, { expectedVersion: f.expectedVersion, route, ruleId: f.ruleId, competentOrgan: f.competentOrgan.trim(), note: f.note.trim() });
      this.form.set(null);
      // The decided case leaves the queue at once; the success note links to it for the delivery.
      this.queue.set(this.queue().filter((c) => c.caseId !== f.caseId));
      this.decided.set(result);
      this.message.success(this.labels.decided);
    });
  }

  protected openConsult(c: DiversionCaseView): void {
    this.consultKey = crypto.randomUUID();
    this.consultation = { kind: 'LEGAL', advisor: '', lawyerOnDuty: '', content: '', heldOn: chinaDate(new Date()) };
    this.consultingState.reset();
    this.consulting.set(c);
  }

  protected async consult(): Promise<void> {
    const c = this.consulting();
    if (!c) return;
    await this.consultingState.submit(async () => {
      const { lawyerOnDuty, ...rest } = this.consultation;
      await this.api.consult(c.caseId, { ...rest, ...(lawyerOnDuty.trim() ? { lawyerOnDuty: lawyerOnDuty.trim() } : {}) }, this.consultKey);
      this.consulting.set(null);
      this.message.success(this.labels.saved);
    });
  }
}
