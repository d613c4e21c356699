import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { INCIDENT_LEVEL_LABELS, type IncidentSummary, REPORT_VERDICT_LABELS, type ReportVerdict } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { INCIDENTS_LABELS } from './incidents.labels';
import { IncidentsApi } from './data-access/incidents.api';
import { LimitTagComponent } from './limit-tag.component';
import { tickingClock } from './ticking-clock';

const VERDICT_TONES: Record<ReportVerdict, string> = { ON_TIME: 'green', PENDING: 'blue', PHONE_LATE: 'red', WRITTEN_LATE: 'red', BOTH_LATE: 'red', NOT_REPORTED: 'red' };

/** 突发事件 list: newest first, each with the live state of its phone and written limits. */
@Component({
  selector: 'app-incident-list-page',
  imports: [ActionErrorComponent, FormsModule, RouterLink, DatePipe, NzCardModule, NzButtonModule, NzIconModule, NzTagModule, NzCheckboxModule, NzAlertModule, LimitTagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './incident-list.page.html',
  styles: [
    '.bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; margin-bottom: 12px; } .hint { color: rgba(0,0,0,.45); }',
    '.item { display: block; border: 1px solid #f0f0f0; border-radius: 6px; padding: 10px 12px; margin-bottom: 10px; color: inherit; } .item:hover { border-color: #1677ff; }',
    '.head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; } .meta { color: rgba(0,0,0,.55); font-size: 13px; margin: 4px 0; } nz-alert { display: block; margin-bottom: 12px; }',
  ],
})
export class IncidentListPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  protected readonly labels = INCIDENTS_LABELS.incidents;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly verdictLabels = REPORT_VERDICT_LABELS;
  protected readonly verdictTones = VERDICT_TONES;
  protected readonly clock = tickingClock();
  protected readonly items = signal<IncidentSummary[]>([]);
  protected readonly next = signal<string | null>(null);
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected openOnly = false;

  ngOnInit(): void {
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    await (more ? this.loadingMore : this.loading).run(async () => {
      const page = await this.api.list({ ...(this.openOnly ? { open: true } : {}), ...(more && this.next() ? { after: this.next() ?? undefined } : {}), limit: 30 });
      this.clock.sync(page.serverNow);
      this.items.set(more ? [...this.items(), ...page.items] : page.items);
      this.next.set(page.nextCursor);
    });
  }
}
