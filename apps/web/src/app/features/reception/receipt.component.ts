import { DatePipe, DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type CaseDetail, CHANNEL_LABELS, type PetitionerView } from '@julu/contracts';
import { DeploymentNames } from '../../core/deployment/deployment-names';
import { RECEPTION_LABELS } from './reception.labels';
import type { ReceptionForm } from './reception-form';

export interface ReceiptData {
  caseDetail: CaseDetail;
  queryCode: string;
  /** 代表 by name, with the number masked for the receipt (receiptIdNumber). */
  representatives: { name: string; idNumber: string | null }[];
  /**
   * Whether anyone on the case left an ID number or a mobile: the public query asks for the last
   * four characters of one, so without either the case cannot be looked up online.
   */
  queryable: boolean;
}

/**
 * The masked number as printed: the API's mask shows the last four characters, and those are the
 * public query's second factor, printed beside the query code they would unlock. The receipt
 * keeps only the first four (the region), enough to tell the representatives apart.
 */
export function receiptIdNumber(masked: string | null): string | null {
  return masked ? `${masked.slice(0, 4)}${'*'.repeat(Math.max(masked.length - 4, 0))}` : null;
}

/** The people part of the receipt, from the registered case and what the desk typed. */
export function receiptPeople(detail: CaseDetail, form: ReceptionForm, found: PetitionerView | null): Pick<ReceiptData, 'representatives' | 'queryable'> {
  const representatives = detail.petitioners.filter((p) => p.role === 'REPRESENTATIVE').map((p) => ({ name: p.name, idNumber: receiptIdNumber(p.idNumberMasked) }));
  const mobileGiven = found ? found.mobileMasked !== null : form.person.mobile.trim() !== '';
  return { representatives, queryable: mobileGiven || detail.petitioners.some((p) => p.idNumberMasked !== null) };
}

/** 信访事项登记回执: what the petitioner takes home; printable on its own (see .print-area in styles.css). */
@Component({
  selector: 'app-receipt',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './receipt.component.html',
  styleUrl: './receipt.component.css',
})
export class ReceiptComponent {
  readonly data = input.required<ReceiptData>();
  protected readonly labels = RECEPTION_LABELS;
  protected readonly names = inject(DeploymentNames);
  protected readonly channelLabels = CHANNEL_LABELS;
  /** Where the public query lives, as the petitioner types it into a browser. */
  protected readonly queryAddress = `${inject(DOCUMENT).location.origin}/query`;
}
