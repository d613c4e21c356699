import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { IndicatorDrillDown } from '@julu/contracts';
import { INDICATOR_DEFINITIONS } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DASHBOARD_LABELS } from './dashboard.labels';
import { IndicatorsApi } from './data-access/indicators.api';
import { formatValue } from './indicator-status';
import { periodLabel } from './periods';
import { filterRecords, type RecordFilter, snapshotState } from './records-view';
import { CardListDirective } from '../../core/list/card-list.directive';

/** The records behind one figure (indicator, period, unit), each with why it is in or out. */
@Component({
  selector: 'app-indicator-records-page',
  imports: [CardListDirective, DatePipe, FormsModule, RouterLink, ActionErrorComponent, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzRadioModule, NzTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-records.page.html',
  styleUrl: './indicator-records.page.css',
})
export class IndicatorRecordsPage {
  private readonly api = inject(IndicatorsApi);
  /** Route parameter. */
  readonly code = input.required<string>();
  /** Query parameters. */
  readonly period = input<string>();
  readonly unitId = input<string>();

  protected readonly labels = DASHBOARD_LABELS.dashboard;
  protected readonly drill = signal<IndicatorDrillDown | null>(null);
  protected readonly loading = new ActionState();
  protected readonly filter = signal<RecordFilter>('ALL');
  protected readonly definition = computed(() => INDICATOR_DEFINITIONS.find((d) => d.code === this.code()) ?? null);
  protected readonly records = computed(() => filterRecords(this.drill()?.records ?? [], this.filter()));
  protected readonly state = computed(() => {
    const drill = this.drill();
    return drill ? snapshotState(drill) : null;
  });
  protected readonly valueText = computed(() => formatValue(this.drill()?.value ?? null, this.definition()?.unit ?? ''));
  protected readonly periodText = computed(() => periodLabel(this.drill()?.periodKey ?? this.period() ?? ''));
  protected readonly recomputingText = computed(() => {
    const d = this.drill();
    if (!d?.snapshot) return '';
    return this.labels.recomputing.replace('{live}', `${d.numerator} / ${d.denominator}`).replace('{snapshot}', `${d.snapshot.numerator} / ${d.snapshot.denominator}`);
  });
  /** Back to the dashboard on the same period, unit and indicator. */
  protected readonly backParams = computed(() => ({ period: this.drill()?.periodKey ?? this.period(), unitId: this.unitId(), code: this.code() }));

  constructor() {
    effect(() => {
      const [code, period, unitId] = [this.code(), this.period() ?? null, this.unitId() ?? null];
      untracked(() => void this.load(code, period, unitId));
    });
  }

  protected reload(): void {
    void this.load(this.code(), this.period() ?? null, this.unitId() ?? null);
  }

  private async load(code: string, period: string | null, unitId: string | null): Promise<void> {
    await this.loading.run(async () => this.drill.set(await this.api.records(code, period, unitId)));
  }
}
