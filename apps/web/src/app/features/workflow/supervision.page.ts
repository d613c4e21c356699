import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CASE_STATE_LABELS, SUPERVISION_LEVEL_LABELS, SUPERVISION_LEVELS, type SupervisionLevel, type SupervisionRow } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { WORKFLOW_LABELS } from './workflow.labels';
import { type SupervisionQuery, WorkflowApi } from './data-access/workflow.api';
import { supervisionTone } from './workflow-rules';
import { CardListDirective } from '../../core/list/card-list.directive';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/** 督查督办: the cases under supervision or overdue, for the bureau's leaders. */
@Component({
  selector: 'app-supervision-page',
  imports: [
    InputLabelDirective,
    CardListDirective,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzTableModule,
    NzTagModule,
    NzSelectModule,
    NzCheckboxModule,
    NzButtonModule,
    NzIconModule,
    ActionErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supervision.page.html',
  styles: [
    '.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 12px; } .filters nz-select { width: 160px; } .hint { color: rgba(0,0,0,.45); }',
  ],
})
export class SupervisionPage implements OnInit {
  private readonly api = inject(WorkflowApi);
  protected readonly labels = WORKFLOW_LABELS.supervision;
  protected readonly levels = SUPERVISION_LEVELS;
  protected readonly levelLabels = SUPERVISION_LEVEL_LABELS;
  protected readonly stateLabels = CASE_STATE_LABELS;
  protected readonly supervisionTone = supervisionTone;
  protected level: SupervisionLevel | '' = '';
  protected overdueOnly = false;
  protected readonly rows = signal<SupervisionRow[]>([]);
  protected readonly loading = new ActionState();

  ngOnInit(): void {
    void this.search();
  }

  protected async search(): Promise<void> {
    const query: SupervisionQuery = {};
    if (this.level) query.level = this.level;
    if (this.overdueOnly) query.overdue = true;
    await this.loading.run(async () => this.rows.set((await this.api.supervision(query)).items));
  }
}
