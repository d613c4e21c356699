import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type AttachmentView,
  canUse,
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  type CaseDetail,
  CHANNEL_LABELS,
  MATTER_TYPE_LABELS,
  type RepeatLinkView,
  VISITED_LEVEL_LABELS,
  type VisitView,
} from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { PETITIONERS_LABELS } from '../petitioners/petitioners.labels';
import { RECEPTION_LABELS } from '../reception/reception.labels';
import { CASES_LABELS } from './cases.labels';
import { CasesApi } from './data-access/cases.api';
import { saveFile } from '../../core/download';
import { WorkflowPanelComponent } from '../workflow/workflow-panel.component';
import { CardListDirective } from '../../core/list/card-list.directive';
import { FilePickComponent } from '../../core/forms/file-pick.component';

/** 事项详情: what was registered, who brought it, its workflow (办理流程), attachments and visits. */
@Component({
  selector: 'app-case-detail-page',
  imports: [
    FilePickComponent,
    DatePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzTableModule,
    NzTagModule,
    ActionErrorComponent,
    WorkflowPanelComponent,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-detail.page.html',
  styles: [
    'nz-card + nz-card, app-workflow-panel, app-workflow-panel + nz-card { display: block; margin-top: 16px; } .pre { white-space: pre-wrap; } .hint { color: rgba(0,0,0,.5); }',
    '.attachment { display: flex; align-items: center; gap: 8px; }',
  ],
})
export class CaseDetailPage {
  private readonly api = inject(CasesApi);
  readonly id = input.required<string>();
  protected readonly labels = { ...CASES_LABELS, reception: RECEPTION_LABELS.reception, petitioners: PETITIONERS_LABELS.petitioners };
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly sourceLabels = CASE_SOURCE_LABELS;
  protected readonly matterTypeLabels = MATTER_TYPE_LABELS;
  protected readonly statusLabel = (status: string): string => CASE_STATUS_LABELS[status] ?? status;
  protected readonly levelLabels = VISITED_LEVEL_LABELS;
  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly visits = signal<VisitView[]>([]);
  protected readonly loading = new ActionState();
  protected readonly attachments = signal<AttachmentView[]>([]);
  protected readonly uploading = new ActionState();
  protected readonly downloading = new ActionStates();
  protected readonly undoing = new ActionStates();
  private readonly role = inject(AuthService).user()?.role;
  protected readonly canUpload = canUse(this.role, 'intake');
  protected readonly canDecideRepeats = canUse(this.role, 'repeatDecisions');
  protected readonly repeatLinks = signal<RepeatLinkView[]>([]);

  constructor() {
    // Again whenever the id changes: the router reuses this page from one case to the next (e.g. a notification's link).
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  private load(): void {
    void this.loading.run(async () => {
      const [detail, visits, attachments, links] = await Promise.all([
        this.api.get(this.id()),
        this.api.visits(this.id()),
        this.api.attachments(this.id()),
        this.api.repeatLinks(this.id()),
      ]);
      this.detail.set(detail);
      this.visits.set(visits);
      this.attachments.set(attachments);
      this.repeatLinks.set(links);
    });
  }

  protected async upload(file: File | undefined): Promise<void> {
    if (!file) return;
    await this.uploading.run(async () => {
      const added = await this.api.uploadAttachment(this.id(), file);
      this.attachments.update((list) => [...list, added]);
    });
  }

  /** 撤销重复关联 (unmerge): the case is no longer counted as a repeat of that earlier case. */
  protected async undoRepeat(link: RepeatLinkView): Promise<void> {
    if (await this.undoing.for(link.priorCaseId).run(() => this.api.undoRepeat(this.id(), link.priorCaseId))) this.load();
  }

  protected async download(attachment: AttachmentView): Promise<void> {
    await this.downloading.for(attachment.id).run(async () => saveFile(await this.api.attachmentFile(this.id(), attachment.id), attachment.fileName));
  }

  /** Keeps the summary's 状态 in step with the workflow panel after each transition. */
  protected stateChanged(state: CaseDetail['status']): void {
    this.detail.update((d) => (d && d.status !== state ? { ...d, status: state } : d));
  }

  protected repeatStatusLabel(status: RepeatLinkView['status']): string {
    return status === 'CONFIRMED'
      ? CASES_LABELS.caseDetail.repeatConfirmed
      : status === 'DISMISSED'
        ? CASES_LABELS.caseDetail.repeatDismissed
        : CASES_LABELS.caseDetail.repeatUndone;
  }

  protected sizeLabel(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  protected representativeNames(visit: VisitView): string {
    return visit.representatives.map((r) => r.name).join('、');
  }

  protected roleLabel(role: string): string {
    return role === 'PRIMARY' ? CASES_LABELS.caseDetail.primary : role === 'REPRESENTATIVE' ? CASES_LABELS.caseDetail.representative : CASES_LABELS.caseDetail.coPetitioner;
  }
}
