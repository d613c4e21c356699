import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal } from '@angular/core';
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
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { PUBLICITY_LABELS } from './publicity.labels';
import { PublicityApi } from './data-access/publicity.api';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { PLAN_FIELDS, PLANNED_TIMES, planRequestOf, planRowErrors } from './plan-form';
import { CardListDirective } from '../../core/list/card-list.directive';

interface PlanDraft extends PublicityPlanRow {
  draftTimes: number | null;
  draftNote: string;
}

const draftOf = (r: PublicityPlanRow): PlanDraft => ({ ...r, draftTimes: r.plannedTimes, draftNote: r.note });

/** 年度宣传计划: a township's villages with planned and done for the year; planners set each village's plan. */
@Component({
  selector: 'app-publicity-plans',
  imports: [
    ActionErrorComponent,
    CardListDirective,
    FormErrorsComponent,
    FormsModule,
    FormFieldComponent,
    NzTableModule,
    NzSelectModule,
    NzInputModule,
    NzInputNumberModule,
    NzButtonModule,
    NzTagModule,
    NzAlertModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publicity-plans.component.html',
  styles: [
    '.hint { color: rgba(0,0,0,.55); font-size: 13px; } .township { width: 100%; max-width: 240px; margin-bottom: 12px; } nz-alert { display: block; margin-bottom: 12px; } nz-input-number { width: 80px; } .note { min-width: 120px; } app-form-field ::ng-deep nz-form-item { margin: 0; }',
  ],
})
export class PublicityPlansComponent {
  private readonly api = inject(PublicityApi);
  private readonly auth = inject(AuthService);
  readonly year = input.required<number>();
  protected readonly labels = PUBLICITY_LABELS.publicity;
  protected readonly range = PLANNED_TIMES;
  protected readonly role = computed(() => this.auth.user()?.role);
  /** Reception reads; township officers, leaders and administrators set plans (as the API allows). */
  protected readonly canEdit = computed(() => canUse(this.role(), 'publicityPlans'));
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly townshipId = signal<string | null>(null);
  protected readonly rows = signal<PlanDraft[]>([]);
  /** Loading (error above the table); each village's 设置计划, its problems under its own controls. */
  protected readonly loading = new ActionState();
  protected readonly notice = signal<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly planForms = new Map<string, FormErrors>();

  constructor() {
    if (this.role() !== 'TOWNSHIP_OFFICER') void this.loading.run(async () => this.townships.set(await this.api.townships()));
    effect(() => {
      const year = this.year();
      const townshipId = this.townshipId();
      if (this.role() === 'TOWNSHIP_OFFICER' || townshipId) void this.load(year, townshipId ?? undefined);
    });
  }

  /** One village's plan form (created on first use): checked against its current draft, its cursor kept in its row. */
  protected planForm(villageId: string): FormErrors {
    let form = this.planForms.get(villageId);
    if (!form) {
      form = new FormErrors({
        fields: PLAN_FIELDS,
        check: () => {
          const row = this.rows().find((r) => r.villageId === villageId);
          return row ? planRowErrors(row.draftTimes, row.draftNote) : [];
        },
        host: () => this.host.querySelector<HTMLElement>(`[data-village="${villageId}"]`) ?? this.host,
        injector: this.injector,
      });
      this.planForms.set(villageId, form);
    }
    return form;
  }

  protected async save(row: PlanDraft): Promise<void> {
    this.notice.set(null);
    await this.planForm(row.villageId).submit(async () => {
      const body = planRequestOf(this.year(), row.draftTimes, row.draftNote);
      if (!body) throw new Error(this.labels.planRange);
      const saved = await this.api.setPlan(row.villageId, body);
      this.rows.update((list) => list.map((r) => (r.villageId === saved.villageId ? draftOf(saved) : r)));
      this.notice.set(`${saved.villageName}：${this.labels.planSaved}`);
    });
  }

  private async load(year: number, townshipId: string | undefined): Promise<void> {
    await this.loading.run(async () => this.rows.set((await this.api.plans(year, townshipId)).map(draftOf)));
  }
}
