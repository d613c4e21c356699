import { ChangeDetectionStrategy, Component, computed, type ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  HOTSPOT_STATUS_LABELS,
  HOTSPOT_STATUSES,
  type HotspotImportReport,
  type HotspotListQuery,
  type HotspotStatus,
  type HotspotView,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type RiskLevel,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { saveFile } from '../../core/download';
import { HOTSPOTS_LABELS } from './hotspots.labels';
import { HotspotsApi } from './data-access/hotspots.api';
import { COLOUR_TAGS, hotspotBoard } from './hotspot-board';
import { WeeklyReportComponent } from './weekly-report.component';
import { CardListDirective } from '../../core/list/card-list.directive';
import { FilePickComponent } from '../../core/forms/file-pick.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { HOTSPOT_IMPORT_FIELDS, hotspotImportErrors } from './hotspot-import-form';

const RISK_TAGS: Readonly<Record<RiskLevel, string>> = { 1: 'red', 2: 'orange', 3: 'gold', 4: 'blue' };

/** 信访隐患排查化解台账: weekly report, table or board (by status, grouped by township), import and export. */
@Component({
  selector: 'app-hotspots-page',
  imports: [
    ActionErrorComponent,
    FilePickComponent,
    FormErrorsComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    FormFieldComponent,
    NzButtonModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    NzAlertModule,
    WeeklyReportComponent,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hotspots.page.html',
  styleUrl: './hotspots.page.css',
})
export class HotspotsPage implements OnInit {
  private readonly api = inject(HotspotsApi);
  private readonly router = inject(Router);
  protected readonly labels = HOTSPOTS_LABELS.hotspots;
  protected readonly statuses = HOTSPOT_STATUSES;
  protected readonly statusLabels = HOTSPOT_STATUS_LABELS;
  protected readonly levels = RISK_LEVELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly riskTags = RISK_TAGS;
  protected readonly colourTags = COLOUR_TAGS;
  protected readonly items = signal<HotspotView[]>([]);
  protected readonly next = signal<string | null>(null);
  /** The list's load and 导出, each error shown under the toolbar that holds its button. */
  protected readonly loading = new ActionState();
  protected readonly exporting = new ActionState();
  /** The workbook last chosen for 导入. */
  private chosen: File | null = null;
  private readonly importForm = viewChild.required<ElementRef<HTMLElement>>('importForm');
  /** 导入: a wrong file under the import button, the API's refusal of the whole below the toolbar. */
  protected readonly importErrors = new FormErrors({
    fields: HOTSPOT_IMPORT_FIELDS,
    check: () => hotspotImportErrors(this.chosen),
    host: () => this.importForm().nativeElement,
    injector: inject(Injector),
  });
  protected readonly report = signal<HotspotImportReport | null>(null);
  protected readonly board = computed(() => hotspotBoard(this.items()));
  protected view: 'TABLE' | 'BOARD' = 'TABLE';
  protected filter = { status: '' as HotspotStatus | '', riskLevel: '' as RiskLevel | '' };

  ngOnInit(): void {
    void this.load(false);
  }

  private query(): HotspotListQuery {
    return { ...(this.filter.status ? { status: this.filter.status } : {}), ...(this.filter.riskLevel ? { riskLevel: this.filter.riskLevel } : {}) };
  }

  protected async load(more: boolean): Promise<void> {
    await this.loading.run(async () => {
      const page = await this.api.list({ ...this.query(), ...(more && this.next() ? { after: this.next() ?? undefined } : {}), limit: 100 });
      this.items.set(more ? [...this.items(), ...page.items] : page.items);
      this.next.set(page.nextCursor);
    });
  }

  protected open(h: HotspotView): void {
    void this.router.navigate(['/hotspots', h.id]);
  }

  protected async export(): Promise<void> {
    await this.exporting.run(async () => saveFile(await this.api.exportLedger(this.query()), `信访隐患排查化解台账.xlsx`));
  }

  protected async importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.chosen = file;
    let imported = false;
    await this.importErrors.submit(async () => {
      const report = await this.api.import(file);
      this.report.set(report);
      imported = report.imported;
    });
    if (imported) await this.load(false);
  }
}
