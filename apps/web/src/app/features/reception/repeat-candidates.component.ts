import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import type { RepeatCandidate, RepeatCandidatesResponse, RepeatDecision } from '@julu/contracts';
import { similarityPercent } from '@julu/domain';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { RECEPTION_LABELS } from './reception.labels';

/** Staff decisions on candidates by case id, recorded on the new case once it is registered. */
export type RepeatDecisions = ReadonlyMap<string, { decision: RepeatDecision; candidate: RepeatCandidate }>;

/**
 * 可能的重复信访与群体事项: earlier cases of the same person (scored, each to confirm or dismiss) and
 * other people's same matter nearby. A score is shown as people read it: 相似度 94%.
 */
@Component({
  selector: 'app-repeat-candidates',
  imports: [NzCardModule, NzButtonModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './repeat-candidates.component.html',
  styleUrl: './repeat-candidates.component.css',
})
export class RepeatCandidatesComponent {
  readonly candidates = input.required<RepeatCandidatesResponse>();
  readonly decisions = model.required<RepeatDecisions>();
  protected readonly labels = RECEPTION_LABELS;

  protected similarity(score: number): string {
    return `${RECEPTION_LABELS.reception.similarity} ${similarityPercent(score)}`;
  }

  /** Choosing the same decision again takes it back. */
  protected decide(candidate: RepeatCandidate, decision: RepeatDecision): void {
    const next = new Map(this.decisions());
    if (next.get(candidate.caseId)?.decision === decision) next.delete(candidate.caseId);
    else next.set(candidate.caseId, { decision, candidate });
    this.decisions.set(next);
  }

  protected decisionOf(caseId: string): RepeatDecision | null {
    return this.decisions().get(caseId)?.decision ?? null;
  }
}
