import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { IndicatorCard, IndicatorTrend } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { DASHBOARD_LABELS } from './dashboard.labels';
import { trendLineOption, trendRows } from './chart-options';
import { type ChartClick, recordsRoute } from './records-view';
import { CardListDirective } from '../../core/list/card-list.directive';

/** The selected indicator month by month for one unit, as a line or a table; a point opens that month's records. */
@Component({
  selector: 'app-trend-chart',
  imports: [CardListDirective, FormsModule, RouterLink, NgxEchartsDirective, NzRadioModule, NzTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <span class="hint">{{ labels.trendHint }}</span>
      <nz-radio-group role="radiogroup" [attr.aria-label]="labels.trendView" [ngModel]="view()" (ngModelChange)="view.set($event)" nzSize="small" data-testid="trend-view">
        <label nz-radio-button nzValue="chart">{{ labels.chart }}</label>
        <label nz-radio-button nzValue="table" data-testid="trend-view-table">{{ labels.table }}</label>
      </nz-radio-group>
    </div>
    @if (view() === 'chart') {
      <div
        echarts
        class="chart"
        [options]="options()"
        [initOpts]="{ renderer: 'svg' }"
        (chartClick)="open($event)"
        role="img"
        [attr.aria-label]="card().name + labels.trend"
        data-testid="trend-chart"
      ></div>
    } @else {
      <nz-table appCardList #t [nzData]="rows()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" [nzPageSize]="12" data-testid="trend-table">
        <thead>
          <tr>
            <th>{{ labels.month }}</th>
            <th nzAlign="right">{{ labels.value }}</th>
            <th nzAlign="right">{{ labels.numerator }}</th>
            <th nzAlign="right">{{ labels.denominator }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of t.data; track r.periodKey) {
            <tr>
              <td>
                <a [routerLink]="link()" [queryParams]="{ period: r.periodKey, unitId: trend().orgUnitId }">{{ r.month }}</a>
              </td>
              <td nzAlign="right">{{ r.valueText }}</td>
              <td nzAlign="right">{{ r.numerator }}</td>
              <td nzAlign="right">{{ r.denominator }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: `
    .bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
    .hint { font-size: 12px; color: rgba(0, 0, 0, 0.45); }
    .chart { width: 100%; height: 300px; }
  `,
})
export class TrendChartComponent {
  private readonly router = inject(Router);
  readonly card = input.required<IndicatorCard>();
  readonly trend = input.required<IndicatorTrend>();
  protected readonly labels = DASHBOARD_LABELS.dashboard;
  protected readonly view = signal<'chart' | 'table'>('chart');
  private readonly currentMonth = chinaDate(new Date()).slice(0, 7);
  protected readonly rows = computed(() => trendRows(this.card(), this.trend(), this.currentMonth));
  protected readonly options = computed(() => trendLineOption(this.card(), this.rows()));
  protected readonly link = computed(() => recordsRoute(this.card().code));

  protected open(event: ChartClick): void {
    const row = event.componentType === 'series' ? this.rows()[event.dataIndex] : undefined;
    if (row) void this.router.navigate(this.link(), { queryParams: { period: row.periodKey, unitId: this.trend().orgUnitId } });
  }
}
