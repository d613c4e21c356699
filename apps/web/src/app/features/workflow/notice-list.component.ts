import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DELIVERY_METHOD_LABELS, type NoticeView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { WORKFLOW_LABELS } from './workflow.labels';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 告知书和意见书 of a case: print each, and record when it reached the petitioner. */
@Component({
  selector: 'app-notice-list',
  imports: [CardListDirective, DatePipe, RouterLink, NzTableModule, NzTagModule, NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table appCardList #t [nzData]="notices()" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="small" [nzNoResult]="labels.noNotices" data-testid="wf-notices">
      <thead>
        <tr>
          <th>{{ labels.notices }}</th>
          <th>{{ labels.noticeNo }}</th>
          <th>{{ labels.issuedOn }}</th>
          <th>{{ labels.delivery }}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (n of t.data; track n.id) {
          <tr [attr.data-testid]="'wf-notice-' + n.kind">
            <td>{{ n.title }}</td>
            <td>{{ n.noticeNo }}</td>
            <td>{{ n.issuedOn }}</td>
            <td>
              @if (n.deliveredAt && n.deliveryMethod) {
                <nz-tag nzColor="green" [attr.data-testid]="'wf-notice-delivered-' + n.kind">{{ methodLabels[n.deliveryMethod] }}</nz-tag>
                <span class="hint">{{ n.deliveredAt | date: 'yyyy-MM-dd HH:mm' }}</span>
              } @else {
                <nz-tag nzColor="orange">{{ labels.notDelivered }}</nz-tag>
              }
            </td>
            <td class="ops">
              <a nz-button nzSize="small" [routerLink]="['/notices', n.id, 'print']" [attr.data-testid]="'wf-notice-print-' + n.kind"><span nz-icon nzType="printer"></span>{{ labels.print }}</a>
              @if (!n.deliveredAt) {
                <button nz-button nzSize="small" nzType="primary" type="button" (click)="deliver.emit(n)" [attr.data-testid]="'wf-notice-deliver-' + n.kind">{{ labels.deliver }}</button>
              }
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: ['.hint { color: rgba(0,0,0,.45); font-size: 12px; } .ops { display: flex; gap: 8px; flex-wrap: wrap; }'],
})
export class NoticeListComponent {
  readonly notices = input.required<NoticeView[]>();
  readonly deliver = output<NoticeView>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly methodLabels = DELIVERY_METHOD_LABELS;
}
