import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type CaseListQuery,
  type ExportJobView,
  type Ledger,
  type CaseSummary,
  CHANNEL_LABELS,
  CHANNELS,
  type ContentCategory,
  MATTER_TYPE_LABELS,
  MATTER_TYPES,
  type OrgUnitDetail,
  CASE_STATUS_LABELS,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { CASES_LABELS } from './cases.labels';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { CasesApi } from './data-access/cases.api';
import { exportLedger } from './ledger-export';
import { type SavedView, SavedViews } from './saved-views';
import { CardListDirective } from '../../core/list/card-list.directive';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

type FlagFilter = '' | 'group' | 'skipLevel' | 'lawRelated' | 'repeat';

interface Filters {
  keyword: string;
  channel: string;
  matterType: string;
  categoryCode: string;
  townshipId: string;
  flag: FlagFilter;
  range: Date[] | null;
}

const noFilters = (): Filters => ({ keyword: '', channel: '', matterType: '', categoryCode: '', townshipId: '', flag: '', range: null });

/** Filters → list query (a day range becomes [from, next day)). */
export function toCaseQuery(f: Filters): CaseListQuery {
  const query: CaseListQuery = {};
  if (f.keyword.trim()) query.keyword = f.keyword.trim();
  if (f.channel) query.channel = f.channel as CaseListQuery['channel'];
  if (f.matterType) query.matterType = f.matterType as CaseListQuery['matterType'];
  if (f.categoryCode) query.categoryCode = f.categoryCode;
  if (f.townshipId) query.townshipId = f.townshipId;
  if (f.flag) query[f.flag] = true;
  const [from, to] = f.range ?? [];
  if (from) query.from = new Date(from.getFullYear(), from.getMonth(), from.getDate()).toISOString();
  if (to) query.to = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1).toISOString();
  return query;
}

/** A saved query back into the filter form. */
function toFilters(q: CaseListQuery): Filters {
  const flag: FlagFilter = q.group ? 'group' : q.skipLevel ? 'skipLevel' : q.lawRelated ? 'lawRelated' : q.repeat ? 'repeat' : '';
  const range = q.from && q.to ? [new Date(q.from), new Date(new Date(q.to).getTime() - 86_400_000)] : null;
  return { keyword: q.keyword ?? '', channel: q.channel ?? '', matterType: q.matterType ?? '', categoryCode: q.categoryCode ?? '', townshipId: q.townshipId ?? '', flag, range };
}

/** 信访事项: the case list of the user's territory, with filters and saved views. */
@Component({
  selector: 'app-case-list-page',
  imports: [
    InputLabelDirective,
    CardListDirective,
    DatePipe,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzDatePickerModule,
    NzAlertModule,
    ActionErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-list.page.html',
  styles: [
    '.filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; } .filters nz-select { width: 150px; } .filters input { width: 200px; }',
    '.views { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 12px; } .views input { width: 160px; }',
    '.more { margin-top: 12px; } nz-alert { display: block; margin-bottom: 12px; }',
  ],
})
export class CaseListPage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly views = new SavedViews(inject(AuthService).user()?.id ?? 'anonymous');
  protected readonly labels = CASES_LABELS;
  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly matterTypes = MATTER_TYPES;
  protected readonly matterTypeLabels = MATTER_TYPE_LABELS;
  protected readonly statusLabel = (status: string): string => CASE_STATUS_LABELS[status] ?? status;
  protected readonly items = signal<CaseSummary[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loading = new ActionState();
  protected readonly categories = signal<ContentCategory[]>([]);
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly savedViews = signal<SavedView[]>(this.views.list());
  protected readonly exporting = signal<Ledger | null>(null);
  protected readonly exportJob = signal<ExportJobView | null>(null);
  protected readonly exportState = new ActionState();
  protected filters: Filters = noFilters();
  protected viewName = '';
  private query: CaseListQuery = {};

  ngOnInit(): void {
    void Promise.all([this.api.categories(), this.api.units()])
      .then(([categories, units]) => {
        this.categories.set(categories);
        this.townships.set(units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
      })
      .catch((error: unknown) => this.loading.fail(apiErrorMessage(error)));
    void this.search();
  }

  protected async search(): Promise<void> {
    this.query = toCaseQuery(this.filters);
    await this.load(null);
  }

  protected async reset(): Promise<void> {
    this.filters = noFilters();
    await this.search();
  }

  protected async more(): Promise<void> {
    await this.load(this.cursor());
  }

  /** 导出台账 with the current filters (background export with progress when it is large). */
  protected async export(ledger: Ledger): Promise<void> {
    this.exporting.set(ledger);
    this.exportJob.set(null);
    await this.exportState.run(() => exportLedger(this.api, ledger, toCaseQuery(this.filters), (job) => this.exportJob.set(job)));
    const job = this.exportJob();
    if (job?.status === 'FAILED') this.exportState.fail(job.error ?? '导出失败');
    this.exporting.set(null);
  }

  protected saveView(): void {
    const name = this.viewName.trim();
    if (!name) return;
    this.savedViews.set(this.views.save(name, toCaseQuery(this.filters)));
    this.viewName = '';
  }

  protected async applyView(view: SavedView): Promise<void> {
    this.filters = toFilters(view.query);
    await this.search();
  }

  protected removeView(view: SavedView): void {
    this.savedViews.set(this.views.remove(view.name));
  }

  private async load(after: string | null): Promise<void> {
    await this.loading.run(async () => {
      const page = await this.api.list({ ...this.query, ...(after ? { after } : {}), limit: 50 });
      this.items.update((list) => (after ? [...list, ...page.items] : page.items));
      this.cursor.set(page.nextCursor);
    });
  }
}
