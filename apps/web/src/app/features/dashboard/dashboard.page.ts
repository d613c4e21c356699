import { DatePipe, DOCUMENT } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type Params, Router, RouterLink } from '@angular/router';
import type { IndicatorCard, IndicatorDashboard, IndicatorTrend, OrgUnitDetail, TownshipComparison } from '@julu/contracts';
import { chinaDate, parsePeriod } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { DASHBOARD_LABELS } from './dashboard.labels';
import { LiveUpdates } from '../../core/live/live-updates.service';
import { IndicatorsApi } from './data-access/indicators.api';
import { IndicatorCardComponent } from './indicator-card.component';
import { targetApplies } from './indicator-status';
import { recordsRoute } from './records-view';
import { convertPeriod, periodContaining, periodKind, type PeriodKind, PERIOD_KINDS, periodLabel, periodOptions, periodYear } from './periods';
import { TownshipChartComponent } from './township-chart.component';
import { TrendChartComponent } from './trend-chart.component';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/** While the live stream is down, figures refresh this often (while the page is visible). */
const POLL_MS = 30_000;
/** After a recomputation request, the worker needs a few seconds. */
const AFTER_RECOMPUTE_MS = 5_000;

/**
 * 指标看板: KPI cards against their targets for a period and a unit, and for the selected indicator
 * the comparison across townships and the year's trend; every figure opens the records behind it.
 * Period, unit and selection live in the URL, so a view can be bookmarked and the back button works.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    InputLabelDirective,
    ActionErrorComponent,
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzRadioModule,
    NzSelectModule,
    IndicatorCardComponent,
    TownshipChartComponent,
    TrendChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.css',
})
export class DashboardPage {
  private readonly api = inject(IndicatorsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly document = inject(DOCUMENT);
  private readonly user = inject(AuthService).user;
  /** Query parameters. */
  readonly period = input<string>();
  readonly unitId = input<string>();
  readonly code = input<string>();

  protected readonly labels = DASHBOARD_LABELS.dashboard;
  protected readonly kinds = PERIOD_KINDS;
  private readonly today = chinaDate(new Date());
  protected readonly periodKey = computed(() => {
    const p = this.period();
    return p && parsePeriod(p) ? p : periodContaining('MONTH', this.today);
  });
  protected readonly kind = computed(() => periodKind(this.periodKey()));
  protected readonly periodOptions = computed(() => periodOptions(this.kind(), this.today));
  protected readonly periodText = computed(() => periodLabel(this.periodKey()));
  protected readonly units = signal<OrgUnitDetail[]>([]);
  protected readonly dashboard = signal<IndicatorDashboard | null>(null);
  protected readonly comparison = signal<TownshipComparison | null>(null);
  protected readonly trend = signal<IndicatorTrend | null>(null);
  protected readonly error = signal<string | null>(null);
  /** 重新计算: its error under the toolbar that holds the button. */
  protected readonly recomputing = new ActionState();
  protected readonly fixedUnit = computed(() => this.user()?.role === 'TOWNSHIP_OFFICER');
  protected readonly isAdmin = computed(() => this.user()?.role === 'ADMIN');
  /** The unit shown: the one asked for, else the one the API chose (county, or the officer's township). */
  /** The figure of the unit shown (the county, for the bureau) opens the records behind it. */
  protected readonly recordsRoute = recordsRoute;
  protected readonly shownUnitId = computed(() => this.unitId() ?? this.dashboard()?.orgUnitId ?? null);
  protected readonly selected = computed((): IndicatorCard | null => {
    const cards = this.dashboard()?.cards ?? [];
    return cards.find((c) => c.code === this.code()) ?? cards.find((c) => c.available) ?? cards[0] ?? null;
  });
  private readonly isCounty = computed(() => this.units().find((u) => u.id === this.dashboard()?.orgUnitId)?.type === 'COUNTY');
  /** The cards whose target applies to the period and unit shown. */
  protected readonly rated = computed(() => {
    const [period, county] = [this.periodKey(), this.isCounty()];
    return new Set((this.dashboard()?.cards ?? []).filter((c) => targetApplies(c.kind, period, county)).map((c) => c.code));
  });
  private readonly selectedCode = computed(() => this.selected()?.code ?? null);
  private readonly requests = { dashboard: 0, comparison: 0, trend: 0 };

  constructor() {
    effect(() => {
      const [period, unit] = [this.periodKey(), this.unitId() ?? null];
      untracked(() => void this.loadDashboard(period, unit));
    });
    effect(() => {
      const [code, period] = [this.selectedCode(), this.periodKey()];
      if (code) untracked(() => void this.loadComparison(code, period));
    });
    effect(() => {
      const [code, unit, year] = [this.selectedCode(), this.shownUnitId(), periodYear(this.periodKey())];
      if (code && unit) untracked(() => void this.loadTrend(code, unit, year));
    });
    void this.loadUnits();
    this.startPolling();
  }

  protected setKind(kind: PeriodKind): void {
    this.navigate({ period: convertPeriod(this.periodKey(), kind, this.today) });
  }

  protected setPeriod(period: string): void {
    this.navigate({ period });
  }

  protected setUnit(unitId: string): void {
    this.navigate({ unitId });
  }

  protected select(code: string): void {
    this.navigate({ code });
  }

  protected async recompute(): Promise<void> {
    await this.recomputing.run(async () => {
      const { marked } = await this.api.recompute(this.periodKey());
      this.message.success(this.labels.recomputeQueued.replace('{n}', String(marked)));
      setTimeout(() => void this.refresh(), AFTER_RECOMPUTE_MS);
    });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }

  /**
   * Refreshes when the live stream says the period shown was recomputed (polls while the stream is
   * down), only while the page is visible, and at once when it becomes visible again.
   */
  private startPolling(): void {
    const visible = (): boolean => this.document.visibilityState === 'visible';
    inject(LiveUpdates)
      .changes('indicators', POLL_MS, (hint) => hint.period === this.periodKey())
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (visible()) void this.refresh();
      });
    const onVisibility = (): void => {
      if (visible()) void this.refresh();
    };
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('visibilitychange', onVisibility);
    });
  }

  private async refresh(): Promise<void> {
    const [period, code, unit] = [this.periodKey(), this.selectedCode(), this.shownUnitId()];
    await Promise.all([
      this.loadDashboard(period, this.unitId() ?? null),
      code ? this.loadComparison(code, period) : null,
      code && unit ? this.loadTrend(code, unit, periodYear(period)) : null,
    ]);
  }

  private async loadUnits(): Promise<void> {
    try {
      this.units.set(await this.api.statisticalUnits());
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    }
  }

  private async loadDashboard(period: string, unitId: string | null): Promise<void> {
    const request = ++this.requests.dashboard;
    try {
      const dashboard = await this.api.dashboard(period, unitId);
      if (request !== this.requests.dashboard) return;
      this.dashboard.set(dashboard);
      this.error.set(null);
    } catch (error) {
      if (request === this.requests.dashboard) this.error.set(apiErrorMessage(error));
    }
  }

  private async loadComparison(code: string, period: string): Promise<void> {
    const request = ++this.requests.comparison;
    try {
      const comparison = await this.api.townships(code, period);
      if (request === this.requests.comparison) this.comparison.set(comparison);
    } catch (error) {
      if (request === this.requests.comparison) this.error.set(apiErrorMessage(error));
    }
  }

  private async loadTrend(code: string, unitId: string, year: number): Promise<void> {
    const request = ++this.requests.trend;
    try {
      const trend = await this.api.trend(code, unitId, year);
      if (request === this.requests.trend) this.trend.set(trend);
    } catch (error) {
      if (request === this.requests.trend) this.error.set(apiErrorMessage(error));
    }
  }
}
