import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NoticeView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { apiErrorMessage } from '../../core/api-error';
import { WORKFLOW_LABELS } from './workflow.labels';
import { WorkflowApi } from './data-access/workflow.api';
import { chineseDate, noticeBody } from './workflow-rules';

/**
 * A notice (告知书/意见书) as an A4 document: on screen a sheet, on paper the document alone. Not
 * encapsulated, because @page and the print rules must reach the page itself (selectors stay under .notice-print).
 */
@Component({
  selector: 'app-notice-print-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './notice-print.page.html',
  styleUrl: './notice-print.page.css',
})
export class NoticePrintPage implements OnInit {
  private readonly api = inject(WorkflowApi);
  readonly id = input.required<string>();
  protected readonly labels = WORKFLOW_LABELS.notice;
  protected readonly notice = signal<NoticeView | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly chineseDate = chineseDate;
  protected readonly noticeBody = noticeBody;

  ngOnInit(): void {
    this.api.notice(this.id()).then(
      (notice) => this.notice.set(notice),
      (error: unknown) => this.error.set(apiErrorMessage(error)),
    );
  }

  protected print(): void {
    window.print();
  }
}
