import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CASE_STATE_LABELS, SUPERVISION_LEVEL_LABELS, type WorkItem } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { WORKFLOW_LABELS } from './workflow.labels';
import { LiveUpdates } from '../../core/live/live-updates.service';
import { WorkflowApi } from './data-access/workflow.api';
import { countByReason, daysLeftText, deadlineTone, supervisionTone, WORK_REASONS, type WorkReason, workItemsFor } from './workflow-rules';
import { CardListDirective } from '../../core/list/card-list.directive';

/** While the live stream is down, the list refreshes this often. */
const WORK_POLL_MS = 60_000;

const REASON_TONES: Readonly<Record<WorkReason, string>> = { AWAITING_ACCEPTANCE: 'blue', DUE_SOON: 'orange', OVERDUE: 'red', AWAITING_APPROVAL: 'purple', IN_HANDLING: 'default' };

/** 我的工作: what waits for the user's unit, most urgent first, filtered by why it waits. */
@Component({
  selector: 'app-work-page',
  imports: [CardListDirective, FormsModule, RouterLink, NzCardModule, NzTableModule, NzTagModule, NzRadioModule, NzButtonModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './work.page.html',
  styles: ['.bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; } .hint { color: rgba(0,0,0,.45); }'],
})
export class WorkPage implements OnInit {
  private readonly api = inject(WorkflowApi);
  protected readonly labels = WORKFLOW_LABELS.work;
  protected readonly reasons = WORK_REASONS;
  protected readonly reasonTones = REASON_TONES;
  protected readonly stateLabels = CASE_STATE_LABELS;
  protected readonly levelLabels = SUPERVISION_LEVEL_LABELS;
  protected readonly supervisionTone = supervisionTone;
  protected readonly tone = deadlineTone;
  protected readonly leftText = daysLeftText;
  protected readonly items = signal<WorkItem[]>([]);
  protected readonly loading = signal(false);
  /** The inbox's load; `loading` spins the table only for a load the user asked for (not the quiet refresh). */
  protected readonly loadState = new ActionState();
  protected readonly reason = signal<WorkReason | ''>('');
  protected readonly counts = computed(() => countByReason(this.items()));
  protected readonly shown = computed(() => workItemsFor(this.items(), this.reason()));

  constructor() {
    // A case handed to or taken from the unit shows up without a reload (a quiet refresh: no spinner).
    inject(LiveUpdates)
      .changes('my-work', WORK_POLL_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.load(true));
  }

  ngOnInit(): void {
    void this.load();
  }

  protected async load(quiet = false): Promise<void> {
    if (!quiet) this.loading.set(true);
    await this.loadState.run(async () => this.items.set((await this.api.inbox()).items));
    this.loading.set(false);
  }
}
