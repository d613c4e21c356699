import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type CaseDetail, CASE_SOURCE_LABELS, CASE_STATUS_LABELS, CHANNEL_LABELS, MATTER_TYPE_LABELS, VISITED_LEVEL_LABELS, type VisitView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { CasesApi } from './data-access/cases.api';

/** 事项详情: what was registered, who brought it, and its visits. (Its workflow part comes with the workflow issue.) */
@Component({
  selector: 'app-case-detail-page',
  imports: [DatePipe, RouterLink, NzCardModule, NzDescriptionsModule, NzTableModule, NzTagModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-detail.page.html',
  styles: ['nz-card + nz-card { margin-top: 16px; } .pre { white-space: pre-wrap; }'],
})
export class CaseDetailPage implements OnInit {
  private readonly api = inject(CasesApi);
  readonly id = input.required<string>();
  protected readonly labels = LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly sourceLabels = CASE_SOURCE_LABELS;
  protected readonly matterTypeLabels = MATTER_TYPE_LABELS;
  protected readonly statusLabel = (status: string): string => CASE_STATUS_LABELS[status] ?? status;
  protected readonly levelLabels = VISITED_LEVEL_LABELS;
  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly visits = signal<VisitView[]>([]);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  private load(): void {
    void Promise.all([this.api.get(this.id()), this.api.visits(this.id())])
      .then(([detail, visits]) => {
        this.detail.set(detail);
        this.visits.set(visits);
      })
      .catch((error: unknown) => this.error.set(apiErrorMessage(error)));
  }

  protected representativeNames(visit: VisitView): string {
    return visit.representatives.map((r) => r.name).join('、');
  }

  protected roleLabel(role: string): string {
    return role === 'PRIMARY' ? LABELS.caseDetail.primary : role === 'REPRESENTATIVE' ? LABELS.caseDetail.representative : LABELS.caseDetail.coPetitioner;
  }
}
