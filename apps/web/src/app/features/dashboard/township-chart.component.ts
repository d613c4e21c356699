import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { IndicatorCard, TownshipComparison } from '@julu/contracts';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { FormsModule } from '@angular/forms';
import { DASHBOARD_LABELS } from './dashboard.labels';
import { barChartHeight, townshipBarOption, townshipRows } from './chart-options';
import { type ChartClick, recordsRoute } from './records-view';
import { CardListDirective } from '../../core/list/card-list.directive';

/** The selected indicator across townships, as bars or a table; a bar or a row opens that township's records. */
@Component({
  selector: 'app-township-chart',
  imports: [CardListDirective, FormsModule, RouterLink, NgxEchartsDirective, NzRadioModule, NzTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <span class="hint">{{ labels.barHint }}</span>
      <nz-radio-group role="radiogroup" [attr.aria-label]="labels.comparisonView" [ngModel]="view()" (ngModelChange)="view.set($event)" nzSize="small" data-testid="comparison-view">
        <label nz-radio-button nzValue="chart">{{ labels.chart }}</label>
        <label nz-radio-button nzValue="table" data-testid="comparison-view-table">{{ labels.table }}</label>
      </nz-radio-group>
    </div>
    @if (view() === 'chart') {
      <div
        echarts
        class="chart"
        [style.height.px]="height()"
        [options]="options()"
        [initOpts]="{ renderer: 'svg' }"
        (chartClick)="open($event)"
        role="img"
        [attr.aria-label]="card().name + labels.comparison"
        data-testid="comparison-chart"
      ></div>
    } @else {
      <nz-table appCardList #t [nzData]="rows()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" [nzPageSize]="rows().length" data-testid="comparison-table">
        <thead>
          <tr>
            <th>{{ labels.township }}</th>
            <th nzAlign="right">{{ labels.value }}</th>
            <th nzAlign="right">{{ labels.numerator }}</th>
            <th nzAlign="right">{{ labels.denominator }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of t.data; track r.orgUnitId) {
            <tr>
              <td>
                <a [routerLink]="link()" [queryParams]="{ period: period(), unitId: r.orgUnitId }" [attr.data-testid]="'comparison-row-' + r.name">{{ r.name }}</a>
              </td>
              <td nzAlign="right">{{ r.valueText }}</td>
              <td nzAlign="right">{{ r.numerator ?? '—' }}</td>
              <td nzAlign="right">{{ r.denominator ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: `
    .bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
    .hint { font-size: 12px; color: rgba(0, 0, 0, 0.45); }
    .chart { width: 100%; }
  `,
})
export class TownshipChartComponent {
  private readonly router = inject(Router);
  readonly card = input.required<IndicatorCard>();
  readonly comparison = input.required<TownshipComparison>();
  readonly period = input.required<string>();
  protected readonly labels = DASHBOARD_LABELS.dashboard;
  protected readonly view = signal<'chart' | 'table'>('chart');
  protected readonly rows = computed(() => townshipRows(this.card(), this.comparison()));
  protected readonly options = computed(() => townshipBarOption(this.card(), this.rows()));
  protected readonly height = computed(() => barChartHeight(this.rows().length));
  protected readonly link = computed(() => recordsRoute(this.card().code));

  protected open(event: ChartClick): void {
    const row = event.componentType === 'series' ? this.rows()[event.dataIndex] : undefined;
    if (row) void this.router.navigate(this.link(), { queryParams: { period: this.period(), unitId: row.orgUnitId } });
  }
}
