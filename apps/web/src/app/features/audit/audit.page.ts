import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type AuditLogEntry, type AuditLogQuery } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { saveFile } from '../../core/download';
import { AUDIT_LABELS } from './audit.labels';
import { actionLabel, actionOptions, type AuditFilterForm, describeChanges, entityTypeLabel, entityTypeOptions, toAuditQuery } from './audit-filters';
import { describeReason } from './audit-reason';
import { AuditApi } from './data-access/audit.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { chinaDate } from '@julu/domain';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/** 审计日志: search the append-only log and export what the filters match. */
@Component({
  selector: 'app-audit-page',
  imports: [
    InputLabelDirective,
    DatePipe,
    FormsModule,
    NzCardModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzDatePickerModule,
    CardListDirective,
    ActionErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styles: [
    '.filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; } .filters input { width: 160px; }',
    '.hint { color: rgba(0,0,0,.55); margin-bottom: 12px; } .more { margin-top: 12px; }',
    '.changes { max-width: 420px; word-break: break-all; }',
  ],
})
export class AuditPage implements OnInit {
  private readonly api = inject(AuditApi);
  protected readonly labels = AUDIT_LABELS;
  protected readonly actions = actionOptions();
  protected readonly entityTypes = entityTypeOptions();
  protected readonly actionLabel = actionLabel;
  protected readonly entityTypeLabel = entityTypeLabel;
  protected readonly describeChanges = describeChanges;
  protected readonly describeReason = describeReason;
  protected readonly entries = signal<AuditLogEntry[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loading = new ActionState();
  protected readonly exporting = new ActionState();
  protected form: AuditFilterForm = { actor: '', action: '', entityType: '', entityId: '', range: null };
  private query: AuditLogQuery = {};

  ngOnInit(): void {
    void this.search();
  }

  protected async search(): Promise<void> {
    this.query = toAuditQuery(this.form);
    await this.load(null);
  }

  protected async reset(): Promise<void> {
    this.form = { actor: '', action: '', entityType: '', entityId: '', range: null };
    await this.search();
  }

  protected async more(): Promise<void> {
    await this.load(this.cursor());
  }

  protected async export(): Promise<void> {
    await this.exporting.run(async () => saveFile(await this.api.export(this.query), `审计日志-${chinaDate(new Date())}.xlsx`));
  }

  private async load(before: string | null): Promise<void> {
    await this.loading.run(async () => {
      const page = await this.api.list(this.query, before);
      this.entries.update((list) => (before ? [...list, ...page.items] : page.items));
      this.cursor.set(page.nextCursor);
    });
  }
}
