import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReportLimitView } from '@julu/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { INCIDENTS_LABELS } from './incidents.labels';
import { countdownText, limitTone } from './countdown';

/** One report limit: met or late (with the time), or a live countdown while it is open. */
@Component({
  selector: 'app-limit-tag',
  imports: [NzTagModule, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-tag [nzColor]="tone()" [attr.data-testid]="testId()" [attr.data-status]="limit().status">
      {{ label() }}
      @switch (limit().status) {
        @case ('MET') {
          {{ labels.met }} {{ limit().reportedAt | date: 'HH:mm' }}
        }
        @case ('LATE') {
          {{ labels.late }} {{ limit().minutesLate }} {{ labels.minutes }}
        }
        @case ('OVERDUE') {
          {{ labels.overdue }} · {{ text() }}
        }
        @case ('OPEN') {
          {{ text() }}
        }
      }
    </nz-tag>
  `,
  styles: [':host { display: inline-block; margin: 2px 0; } nz-tag { font-variant-numeric: tabular-nums; }'],
})
export class LimitTagComponent {
  readonly limit = input.required<ReportLimitView>();
  readonly label = input.required<string>();
  /** The current time (ms), corrected to the server's clock; ticks every second while a limit is open. */
  readonly now = input.required<number>();
  readonly testId = input<string>('');
  protected readonly labels = INCIDENTS_LABELS.incidents;
  protected readonly tone = computed(() => limitTone(this.limit(), this.now()));
  protected readonly text = computed(() => countdownText(this.limit(), this.now()));
}
