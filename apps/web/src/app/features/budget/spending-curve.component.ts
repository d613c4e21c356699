import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { BudgetExecutionView } from '@julu/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { CardListDirective } from '../../core/list/card-list.directive';
import { BUDGET_LABELS } from './budget.labels';

/** Cumulative execution month by month against the plan's checkpoints, as a chart or a table. */
@Component({
  selector: 'app-spending-curve',
  imports: [NgxEchartsDirective, NzButtonModule, NzTableModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="switch">
      <button nz-button nzSize="small" type="button" [nzType]="viewMode() === 'chart' ? 'primary' : 'default'" (click)="viewMode.set('chart')">{{ labels.chartView }}</button>
      <button nz-button nzSize="small" type="button" [nzType]="viewMode() === 'table' ? 'primary' : 'default'" (click)="viewMode.set('table')" data-testid="curve-table-view">{{ labels.tableView }}</button>
    </div>
    @if (viewMode() === 'chart') {
      <div echarts class="chart" [options]="options()" data-testid="spending-curve"></div>
    } @else {
      <nz-table appCardList #t [nzData]="rows()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" data-testid="spending-curve-table">
        <thead>
          <tr><th>{{ labels.month }}</th><th>{{ labels.executed }}</th><th>{{ labels.plan }}</th></tr>
        </thead>
        <tbody>
          @for (r of t.data; track r.month) {
            <tr><td>{{ r.month }}月</td><td>{{ r.executedPercent === null ? '—' : r.executedPercent + '%' }}</td><td>{{ r.planPercent === null ? '' : r.planPercent + '%' }}</td></tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: ['.chart { height: 300px; width: 100%; } .switch { display: flex; gap: 4px; margin-bottom: 8px; }'],
})
export class SpendingCurveComponent {
  readonly execution = input.required<BudgetExecutionView>();
  protected readonly labels = BUDGET_LABELS;
  protected readonly viewMode = signal<'chart' | 'table'>('chart');
  protected readonly rows = computed(() => this.execution().curve);
  protected readonly options = computed((): EChartsCoreOption => {
    const curve = this.execution().curve;
    return {
      // No animation: a redraw after new spending shows the new figures at once (and screenshots are exact).
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
      legend: { top: 0, data: [this.labels.executed, this.labels.plan] },
      grid: { left: 48, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: curve.map((p) => `${p.month}月`) },
      yAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
      series: [
        { name: this.labels.executed, type: 'line', data: curve.map((p) => p.executedPercent), itemStyle: { color: '#1677ff' }, areaStyle: { opacity: 0.08 } },
        {
          name: this.labels.plan,
          type: 'line',
          data: curve.map((p) => p.planPercent),
          connectNulls: true,
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#fa8c16' },
          symbolSize: 8,
        },
      ],
    };
  });
}
