import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { IndicatorCard } from '@julu/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopoverModule } from 'ng-zorro-antd/popover';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { DASHBOARD_LABELS } from './dashboard.labels';
import { cardStatus, formatTarget, formatValue, type IndicatorStatus } from './indicator-status';

const TAG_COLOURS: Readonly<Record<IndicatorStatus, string>> = { MET: 'success', NEAR: 'warning', MISSED: 'error', UNRATED: 'processing', NONE: 'default' };
/** Darker shades of the status colours, readable as text on white. */
const TEXT_COLOURS: Readonly<Record<IndicatorStatus, string>> = { MET: '#389e0d', NEAR: '#d48806', MISSED: '#cf1322', UNRATED: '#0958d9', NONE: '#8c8c8c' };

/** One KPI against its target: value, target, numerator/denominator; the definition on hover. */
@Component({
  selector: 'app-indicator-card',
  imports: [NzIconModule, NzPopoverModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="kpi"
      [class.selected]="selected()"
      [class.none]="status() === 'NONE'"
      [style.border-left-color]="textColour()"
      [attr.aria-pressed]="selected()"
      [attr.data-testid]="'kpi-' + card().code"
      [attr.data-status]="status()"
      (click)="picked.emit(card().code)"
    >
      <span class="name">{{ card().name }}</span>
      <span class="value" [style.color]="textColour()" [attr.data-testid]="'kpi-value-' + card().code">{{ valueText() }}</span>
      <span class="line">{{ card().kind === 'COUNT' ? labels.yearTarget : labels.target }} {{ targetText() }}</span>
      @if (card().kind === 'RATE') {
        <span class="line" [attr.data-testid]="'kpi-fraction-' + card().code">{{ labels.numerator }}/{{ labels.denominator }} {{ fraction() }}</span>
      }
      @if (card().warning; as warning) {
        <span class="line warning" [attr.data-testid]="'kpi-warning-' + card().code">⚠ {{ warning }}</span>
      }
      <nz-tag class="tag" [nzColor]="tagColour()">{{ statusLabel() }}</nz-tag>
    </button>
    <span
      class="info"
      nz-popover
      nzPopoverTrigger="hover"
      nzPopoverPlacement="bottom"
      [nzPopoverTitle]="card().name"
      [nzPopoverContent]="definition"
      tabindex="0"
      role="img"
      [attr.aria-label]="labels.definition + '：' + card().formula"
      [attr.data-testid]="'kpi-info-' + card().code"
    >
      <span nz-icon nzType="info-circle"></span>
    </span>
    <ng-template #definition>
      <dl class="definition">
        <dt>{{ labels.formula }}</dt>
        <dd>{{ card().formula }}</dd>
        <dt>{{ labels.numerator }}</dt>
        <dd>{{ card().numeratorText }}</dd>
        <dt>{{ labels.denominator }}</dt>
        <dd>{{ card().denominatorText }}</dd>
        <dt>{{ labels.interpretation }}</dt>
        <dd>{{ card().interpretation }}</dd>
      </dl>
    </ng-template>
  `,
  styles: `
    :host { position: relative; display: block; }
    .kpi { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; width: 100%; height: 100%; padding: 10px 12px; text-align: left;
      background: #fff; border: 1px solid #f0f0f0; border-left: 4px solid; border-radius: 6px; cursor: pointer; font: inherit; }
    .kpi:hover { box-shadow: 0 2px 8px rgba(0, 0, 0, 0.09); }
    .kpi:focus-visible { outline: 2px solid #1677ff; outline-offset: 2px; }
    .kpi.selected { border-color: #1677ff; box-shadow: 0 0 0 2px rgba(22, 119, 255, 0.25); }
    .kpi.none { background: #fafafa; }
    .name { font-weight: 500; padding-right: 20px; color: rgba(0, 0, 0, 0.88); }
    .value { font-size: 24px; font-weight: 600; line-height: 1.3; }
    .line { font-size: 12px; color: rgba(0, 0, 0, 0.55); }
    .warning { color: #ad6800; white-space: normal; }
    .tag { margin-top: 4px; }
    .info { position: absolute; top: 10px; right: 10px; color: rgba(0, 0, 0, 0.45); cursor: help; }
    .definition { max-width: 360px; margin: 0; }
    .definition dt { font-weight: 500; }
    .definition dd { margin: 0 0 6px; }
  `,
})
export class IndicatorCardComponent {
  readonly card = input.required<IndicatorCard>();
  readonly selected = input(false);
  /** Whether the target applies to this period and unit (see targetApplies). */
  readonly rated = input(true);
  readonly picked = output<string>();
  protected readonly labels = DASHBOARD_LABELS.dashboard;
  protected readonly status = computed(() => cardStatus(this.card(), this.rated()));
  protected readonly textColour = computed(() => TEXT_COLOURS[this.status()]);
  protected readonly tagColour = computed(() => TAG_COLOURS[this.status()]);
  protected readonly statusLabel = computed(() => (this.card().available ? this.labels.status[this.status()] : this.labels.status.UNAVAILABLE));
  protected readonly valueText = computed(() => formatValue(this.card().snapshot?.value ?? null, this.card().unit));
  protected readonly targetText = computed(() => formatTarget(this.card().target, this.card().unit));
  protected readonly fraction = computed(() => {
    const s = this.card().snapshot;
    return s ? `${s.numerator} / ${s.denominator}` : '— / —';
  });
}
