import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
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
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { DiversionApi } from './data-access/diversion.api';
import { DiversionLedgerComponent } from './diversion-ledger.component';
import { decisionComplete, type DecisionForm, decisionForm, routeChanged } from './diversion-forms';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { chinaDate } from '@julu/domain';

/** 依法分流: the workbench (flagged cases with the rule table's suggestions), the ledger and counts. */
@Component({
  selector: 'app-diversion-page',
  imports: [
    ActionErrorComponent,
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
  protected readonly labels = LABELS.diversion;
  protected readonly routes = DIVERSION_ROUTES;
  protected readonly routeLabels = DIVERSION_ROUTE_LABELS;
  protected readonly consultKinds = CONSULTATION_KINDS;
  protected readonly consultLabels = CONSULTATION_KIND_LABELS;
  protected readonly queue = signal<DiversionCaseView[]>([]);
  protected readonly next = signal<string | null>(null);
  /** Each action's error beside its button: 标记 under the flag bar, the decision and the consultation in their dialogs. */
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected readonly flagging = new ActionState();
  protected readonly deciding = new ActionState();
  protected readonly consultingState = new ActionState();
  protected readonly decided = signal<DiversionCaseView | null>(null);
  protected readonly form = signal<DecisionForm | null>(null);
  protected readonly consulting = signal<DiversionCaseView | null>(null);
  protected consultation = { kind: 'LEGAL' as ConsultationKind, advisor: '', lawyerOnDuty: '', content: '', heldOn: chinaDate(new Date()) };
  protected flagCaseNo = '';
  protected flagReason = '';
  private suggestions: readonly DiversionSuggestion[] = [];
  private consultKey = crypto.randomUUID();
  protected readonly complete = decisionComplete;

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
    const done = await this.flagging.run(async () => {
      const caseId = await this.api.findCase(this.flagCaseNo);
      found = caseId !== null;
      if (!caseId) return;
      await this.api.flag(caseId, this.flagReason.trim());
      this.message.success(this.labels.flagged);
      this.flagCaseNo = '';
      this.flagReason = '';
    });
    if (!found) this.flagging.fail(this.labels.caseNotFound);
    else if (done) await this.load(false);
  }

  protected open(c: DiversionCaseView, s: DiversionSuggestion | null): void {
    this.suggestions = c.suggestions;
    this.deciding.clear();
    this.form.set(decisionForm(c, s));
  }

  protected patch(change: Partial<DecisionForm>): void {
    const f = this.form();
    if (f) this.form.set({ ...f, ...change });
  }

  protected chooseRoute(route: DiversionRoute): void {
    const f = this.form();
    if (f) this.form.set(routeChanged(f, route, this.suggestions));
  }

  protected async decide(): Promise<void> {
    const f = this.form();
    const route = f?.route;
    if (!f || !route) return;
    await this.deciding.run(async () => {
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
    this.consultingState.clear();
    this.consulting.set(c);
  }

  protected async consult(): Promise<void> {
    const c = this.consulting();
    if (!c) return;
    await this.consultingState.run(async () => {
      const { lawyerOnDuty, ...rest } = this.consultation;
      await this.api.consult(c.caseId, { ...rest, ...(lawyerOnDuty.trim() ? { lawyerOnDuty: lawyerOnDuty.trim() } : {}) }, this.consultKey);
      this.consulting.set(null);
      this.message.success(this.labels.saved);
    });
  }
}
