import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, type ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  CHANNEL_ENTRY_OUTCOME_LABELS,
  CHANNEL_ENTRY_OUTCOMES,
  type ChannelEntryOutcome,
  DIVERSION_ROUTE_LABELS,
  DIVERSION_ROUTES,
  type DiversionCountRow,
  type DiversionRoute,
  type DiversionView,
} from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { saveFile } from '../../core/download';
import { DIVERSION_LABELS } from './diversion.labels';
import { DiversionApi } from './data-access/diversion.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { chinaDate } from '@julu/domain';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { modalOf } from '../workflow/modal-of';
import { followUpErrors } from './diversion-errors';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/** 分流台账 with filters, export, the channel follow-up, and the per-township monthly counts. */
@Component({
  selector: 'app-diversion-ledger',
  imports: [
    InputLabelDirective,
    ActionErrorComponent,
    FormErrorsComponent,
    NzFormModule,
    FormFieldComponent,
    DateFieldComponent,
    FormsModule,
    DatePipe,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzSelectModule,
    NzInputModule,
    NzModalModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './diversion-ledger.component.html',
  styles: [
    '.bar { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; align-items: center; } .bar > * { min-width: 140px; } .bar input { width: 170px; } .hint { color: rgba(0,0,0,.45); }',
    'nz-select, app-date-field { width: 100%; } .bar nz-select { width: 160px; } h4 { margin-top: 24px; }',
  ],
})
export class DiversionLedgerComponent implements OnInit {
  private readonly api = inject(DiversionApi);
  private readonly message = inject(NzMessageService);
  protected readonly labels = DIVERSION_LABELS.diversion;
  protected readonly routes = DIVERSION_ROUTES;
  protected readonly routeLabels = DIVERSION_ROUTE_LABELS;
  protected readonly outcomes = CHANNEL_ENTRY_OUTCOMES;
  protected readonly outcomeLabels = CHANNEL_ENTRY_OUTCOME_LABELS;
  protected readonly items = signal<DiversionView[]>([]);
  protected readonly next = signal<string | null>(null);
  protected readonly counts = signal<DiversionCountRow[]>([]);
  /** Each load and action with its error beside it: the list under the filters, 导出 with it, the follow-up in its dialog. */
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected readonly loadingCounts = new ActionState();
  protected readonly exporting = new ActionState();
  private readonly followUpEl = viewChild<ElementRef<HTMLElement>>('followUpEl');
  /** The follow-up dialog: each problem under its field, the rest beside 保存. */
  protected readonly savingFollowUp = new FormErrors({
    fields: ['outcome', 'checkedOn', 'evidence'],
    check: () => followUpErrors(this.followUp),
    host: () => modalOf(this.followUpEl()),
    injector: inject(Injector),
  });
  protected readonly following = signal<DiversionView | null>(null);
  protected filter = { month: '', route: '' as DiversionRoute | '', counted: '' as '' | 'true' | 'false' };
  protected year = Number(chinaDate(new Date()).slice(0, 4));
  protected followUp = { outcome: 'ENTERED' as ChannelEntryOutcome, checkedOn: chinaDate(new Date()), evidence: '' };

  ngOnInit(): void {
    void this.load(false);
    void this.loadCounts();
  }

  private query(): { month?: string; route?: DiversionRoute; counted?: boolean } {
    return {
      ...(this.filter.month ? { month: this.filter.month } : {}),
      ...(this.filter.route ? { route: this.filter.route } : {}),
      ...(this.filter.counted ? { counted: this.filter.counted === 'true' } : {}),
    };
  }

  protected async load(more: boolean): Promise<void> {
    await (more ? this.loadingMore : this.loading).run(async () => {
      const page = await this.api.ledger({ ...this.query(), ...(more && this.next() ? { after: this.next() ?? undefined } : {}), limit: 50 });
      this.items.set(more ? [...this.items(), ...page.items] : page.items);
      this.next.set(page.nextCursor);
    });
  }

  protected async loadCounts(): Promise<void> {
    await this.loadingCounts.run(async () => this.counts.set(await this.api.counts(this.year)));
  }

  protected async export(): Promise<void> {
    await this.exporting.run(async () => saveFile(await this.api.exportLedger(this.query()), `分流台账-${chinaDate(new Date())}.xlsx`));
  }

  protected openFollowUp(d: DiversionView): void {
    this.followUp = { outcome: 'ENTERED', checkedOn: chinaDate(new Date()), evidence: '' };
    this.savingFollowUp.reset();
    this.following.set(d);
  }

  protected async saveFollowUp(): Promise<void> {
    const d = this.following();
    if (!d) return;
    await this.savingFollowUp.submit(async () => {
      const updated = await this.api.followUp(d.id, { ...this.followUp, evidence: this.followUp.evidence.trim() });
      this.items.set(this.items().map((x) => (x.id === updated.id ? updated : x)));
      this.following.set(null);
      this.message.success(this.labels.saved);
    });
  }
}
