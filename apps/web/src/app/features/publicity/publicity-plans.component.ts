import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { canUse, type OrgUnitDetail, type PublicityPlanRow } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { PublicityApi } from './data-access/publicity.api';
import { PLANNED_TIMES, planRequestOf } from './plan-form';
import { CardListDirective } from '../../core/list/card-list.directive';

interface PlanDraft extends PublicityPlanRow {
  draftTimes: number | null;
  draftNote: string;
}

const draftOf = (r: PublicityPlanRow): PlanDraft => ({ ...r, draftTimes: r.plannedTimes, draftNote: r.note });

/** 年度宣传计划: a township's villages with planned and done for the year; planners set each village's plan. */
@Component({
  selector: 'app-publicity-plans',
  imports: [ActionErrorComponent, CardListDirective, FormsModule, NzTableModule, NzSelectModule, NzInputModule, NzInputNumberModule, NzButtonModule, NzTagModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publicity-plans.component.html',
  styles: [
    '.hint { color: rgba(0,0,0,.55); font-size: 13px; } .township { width: 100%; max-width: 240px; margin-bottom: 12px; } nz-alert { display: block; margin-bottom: 12px; } nz-input-number { width: 80px; } .note { min-width: 120px; }',
  ],
})
export class PublicityPlansComponent {
  private readonly api = inject(PublicityApi);
  private readonly auth = inject(AuthService);
  readonly year = input.required<number>();
  protected readonly labels = LABELS.publicity;
  protected readonly range = PLANNED_TIMES;
  protected readonly role = computed(() => this.auth.user()?.role);
  /** Reception reads; township officers, leaders and administrators set plans (as the API allows). */
  protected readonly canEdit = computed(() => canUse(this.role(), 'publicityPlans'));
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly townshipId = signal<string | null>(null);
  protected readonly rows = signal<PlanDraft[]>([]);
  /** Loading (error above the table); each village's 设置计划, its error in its own row. */
  protected readonly loading = new ActionState();
  protected readonly saving = new ActionStates();
  protected readonly notice = signal<string | null>(null);

  constructor() {
    if (this.role() !== 'TOWNSHIP_OFFICER') void this.loading.run(async () => this.townships.set(await this.api.townships()));
    effect(() => {
      const year = this.year();
      const townshipId = this.townshipId();
      if (this.role() === 'TOWNSHIP_OFFICER' || townshipId) void this.load(year, townshipId ?? undefined);
    });
  }

  protected async save(row: PlanDraft): Promise<void> {
    this.notice.set(null);
    const body = planRequestOf(this.year(), row.draftTimes, row.draftNote);
    if (!body) {
      this.saving.for(row.villageId).fail(`${row.villageName}：${this.labels.planRange}`);
      return;
    }
    await this.saving.for(row.villageId).run(async () => {
      const saved = await this.api.setPlan(row.villageId, body);
      this.rows.update((list) => list.map((r) => (r.villageId === saved.villageId ? draftOf(saved) : r)));
      this.notice.set(`${saved.villageName}：${this.labels.planSaved}`);
    });
  }

  private async load(year: number, townshipId: string | undefined): Promise<void> {
    await this.loading.run(async () => this.rows.set((await this.api.plans(year, townshipId)).map(draftOf)));
  }
}
