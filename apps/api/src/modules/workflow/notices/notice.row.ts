import type { DeliveryMethod, NoticeKind, NoticeView } from '@julu/contracts';

export interface NoticeRow {
  id: string;
  case_id: string;
  case_no: string;
  kind: NoticeKind;
  title: string;
  notice_no: string;
  recipient: string;
  paragraphs: string[];
  issuer: string;
  issued_on: string;
  delivery_method: DeliveryMethod | null;
  delivered_at: Date | null;
  /** Only in NOTICE_PRINT_SELECT. */
  query_code?: string | null;
}

export const NOTICE_SELECT = `
  SELECT n.id, n.case_id, c.case_no, n.kind, n.title, n.notice_no, n.recipient, n.paragraphs, n.issuer,
         n.issued_on::text AS issued_on, n.delivery_method, n.delivered_at
  FROM case_notice n JOIN petition_case c ON c.id = n.case_id`;

/**
 * The notice as printed for delivery: a notice that tells the petitioner to use the 查询码 (the
 * 受理告知书) carries it, as the organ that delivers it is the channel for it (DOMAIN.md, S8: printed
 * when there is no mobile for the SMS). The code alone opens nothing: the lookup also needs the last
 * four characters of the petitioner's ID number or mobile.
 */
export const NOTICE_PRINT_SELECT = NOTICE_SELECT.replace(
  'n.delivery_method, n.delivered_at',
  `n.delivery_method, n.delivered_at, CASE WHEN n.paragraphs::text LIKE '%凭查询码%' THEN c.query_code END AS query_code`,
);

export function toNoticeView(row: NoticeRow): NoticeView {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNo: row.case_no,
    kind: row.kind,
    title: row.title,
    noticeNo: row.notice_no,
    recipient: row.recipient,
    paragraphs: row.paragraphs,
    issuer: row.issuer,
    issuedOn: row.issued_on,
    deliveryMethod: row.delivery_method,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    queryCode: row.query_code ?? null,
  };
}
