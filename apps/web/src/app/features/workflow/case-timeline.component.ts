import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type CaseEventView, CASE_STATE_LABELS } from '@julu/contracts';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { WORKFLOW_LABELS } from './workflow.labels';

const RED_ACTIONS: ReadonlySet<CaseEventView['action']> = new Set(['NOT_ACCEPT', 'REJECT_DUPLICATE', 'SUPERVISE', 'OBJECT', 'REJECT_EXTENSION']);
const GREEN_ACTIONS: ReadonlySet<CaseEventView['action']> = new Set(['ACCEPT', 'REPLY', 'CLOSE', 'MEDIATE', 'DELIVER_NOTICE', 'EVALUATE']);

/** 办理过程: every step of the case, oldest first, with who took it and what they noted. */
@Component({
  selector: 'app-case-timeline',
  imports: [DatePipe, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (events().length) {
      <nz-timeline data-testid="wf-timeline">
        @for (e of events(); track e.id) {
          <nz-timeline-item [nzColor]="colour(e)">
            <div class="head">
              <strong>{{ e.label }}</strong>
              @if (e.toState && e.toState !== e.fromState) {
                <span class="state">→ {{ stateLabels[e.toState] }}</span>
              }
            </div>
            <div class="hint">{{ e.at | date: 'yyyy-MM-dd HH:mm' }}{{ e.actorName ? ' · ' + e.actorName : '' }}</div>
            @if (e.note) {
              <div class="note">{{ e.note }}</div>
            }
          </nz-timeline-item>
        }
      </nz-timeline>
    } @else {
      <p class="hint">{{ labels.noEvents }}</p>
    }
  `,
  styles: [
    '.head { display: flex; gap: 8px; } .state { color: rgba(0,0,0,.65); } .hint { color: rgba(0,0,0,.45); font-size: 12px; } .note { white-space: pre-wrap; margin-top: 2px; }',
  ],
})
export class CaseTimelineComponent {
  readonly events = input.required<CaseEventView[]>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly stateLabels = CASE_STATE_LABELS;

  protected colour(e: CaseEventView): string {
    return RED_ACTIONS.has(e.action) ? 'red' : GREEN_ACTIONS.has(e.action) ? 'green' : 'blue';
  }
}
