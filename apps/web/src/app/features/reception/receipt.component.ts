import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type CaseDetail, CHANNEL_LABELS } from '@julu/contracts';
import { LABELS } from '../../core/labels';

export interface ReceiptData {
  caseDetail: CaseDetail;
  queryCode: string;
}

/** 信访事项登记回执: what the petitioner takes home; printable on its own (see .print-area in styles.css). */
@Component({
  selector: 'app-receipt',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = data();
    <div class="print-area receipt" data-testid="receipt">
      <h2>{{ labels.receipt.title }}</h2>
      <table>
        <tr><th>{{ labels.receipt.caseNo }}</th><td data-testid="receipt-case-no">{{ r.caseDetail.caseNo }}</td></tr>
        <tr><th>{{ labels.receipt.queryCode }}</th><td class="code" data-testid="receipt-query-code">{{ r.queryCode || labels.receipt.noCode }}</td></tr>
        <tr><th>{{ labels.receipt.petitioner }}</th><td>{{ r.caseDetail.primaryPetitionerName }}</td></tr>
        <tr><th>{{ labels.receipt.channel }}</th><td>{{ channelLabels[r.caseDetail.channel] }}</td></tr>
        <tr><th>{{ labels.receipt.matter }}</th><td>{{ r.caseDetail.title }}</td></tr>
        <tr><th>{{ labels.receipt.registeredAt }}</th><td>{{ r.caseDetail.registeredAt | date: 'yyyy年M月d日 HH:mm' }}</td></tr>
        <tr><th>{{ labels.receipt.registeredBy }}</th><td>{{ labels.bureau }} {{ r.caseDetail.registeredByName }}</td></tr>
      </table>
      <p class="note">{{ labels.receipt.note }}</p>
    </div>
  `,
  styles: [
    '.receipt { background: #fff; padding: 16px 24px; border: 1px solid #d9d9d9; max-width: 640px; }',
    'h2 { text-align: center; margin: 0 0 12px; } table { width: 100%; border-collapse: collapse; }',
    'th, td { border: 1px solid #d9d9d9; padding: 6px 10px; text-align: left; } th { width: 120px; background: #fafafa; font-weight: normal; }',
    '.code { font-family: monospace; font-size: 18px; letter-spacing: 2px; } .note { color: rgba(0,0,0,.65); margin: 12px 0 0; }',
  ],
})
export class ReceiptComponent {
  readonly data = input.required<ReceiptData>();
  protected readonly labels = LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
}
