import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { CaseClockView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { WORKFLOW_LABELS } from './workflow.labels';
import { daysLeftText, deadlineTone } from './workflow-rules';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 法定期限: each legal clock of the case, its due day coloured by urgency, and why it falls on that day. */
@Component({
  selector: 'app-clock-table',
  imports: [CardListDirective, NzTableModule, NzTagModule, NzButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table appCardList #t [nzData]="clocks()" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="small" [nzNoResult]="labels.noClocks" data-testid="wf-clocks">
      <thead>
        <tr>
          <th>{{ labels.clock }}</th>
          <th>{{ labels.startedOn }}</th>
          <th>{{ labels.dueOn }}</th>
          <th>{{ labels.daysLeft }}</th>
          <th>{{ labels.status }}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (c of t.data; track c.id) {
          <tr [attr.data-testid]="'wf-clock-' + c.code">
            <td>
              <div>{{ c.label }}</div>
              <div class="hint">{{ c.article }}{{ c.responsibleUnitName ? ' · ' + c.responsibleUnitName : '' }}</div>
              @if (c.party === 'PETITIONER') {
                <nz-tag>{{ labels.petitionerClock }}</nz-tag>
              }
            </td>
            <td>{{ c.startedOn }}</td>
            <td>
              {{ c.dueOn }}
              @if (c.extendedDays) {
                <div class="hint">{{ labels.extended }} {{ c.extendedDays }} {{ labels.days }}</div>
              }
            </td>
            <td>
              @if (c.daysLeft !== null || c.overdue) {
                <nz-tag [nzColor]="tone(c)" [attr.data-testid]="'wf-clock-left-' + c.code">{{ leftText(c) }}</nz-tag>
              } @else {
                —
              }
            </td>
            <td>
              {{ labels.clockStatus[c.status] }}
              @if (c.status === 'STOPPED' && c.stopReason) {
                <div class="hint">{{ c.stopReason }}</div>
              }
              @for (p of c.pauses; track p.from) {
                <div class="hint">{{ labels.paused }} {{ p.from }} – {{ p.to ?? '' }} {{ p.reason }}</div>
              }
            </td>
            <td>
              <button nz-button nzType="link" nzSize="small" type="button" (click)="toggle(c.id)" [attr.aria-expanded]="open().has(c.id)" [attr.data-testid]="'wf-clock-why-' + c.code">
                {{ labels.why }}
              </button>
            </td>
          </tr>
          <tr [nzExpand]="open().has(c.id)">
            <ol class="why" [attr.data-testid]="'wf-clock-explanation-' + c.code">
              @for (line of c.explanation; track $index) {
                <li>{{ line }}</li>
              }
            </ol>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: ['.hint { color: rgba(0,0,0,.45); font-size: 12px; } .why { margin: 0; padding-left: 20px; line-height: 1.8; }'],
})
export class ClockTableComponent {
  readonly clocks = input.required<CaseClockView[]>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  protected tone(c: CaseClockView): string {
    return deadlineTone(c.daysLeft, c.overdue);
  }

  protected leftText(c: CaseClockView): string {
    return daysLeftText(c.daysLeft, c.overdue);
  }

  protected toggle(id: string): void {
    this.open.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }
}
