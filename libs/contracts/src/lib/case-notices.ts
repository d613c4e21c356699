/** The notices (告知书/意见书) a case issues and their delivery (送达). */

export const NOTICE_KINDS = ['ACCEPTANCE', 'NON_ACCEPTANCE', 'NO_REACCEPTANCE', 'EXTENSION', 'HANDLING_OPINION', 'REVIEW_OPINION', 'REREVIEW_OPINION'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  ACCEPTANCE: '受理告知书',
  NON_ACCEPTANCE: '不予受理告知书',
  NO_REACCEPTANCE: '不再受理告知书',
  EXTENSION: '延长办理期限告知书',
  HANDLING_OPINION: '信访事项处理意见书',
  REVIEW_OPINION: '信访事项复查意见书',
  REREVIEW_OPINION: '信访事项复核意见书',
};

export const DELIVERY_METHODS = ['IN_PERSON', 'POST', 'SMS', 'ONLINE', 'PUBLIC_NOTICE'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, string>> = {
  IN_PERSON: '直接送达',
  POST: '邮寄送达',
  SMS: '短信告知',
  ONLINE: '网上送达',
  PUBLIC_NOTICE: '公告送达',
};

export interface NoticeView {
  id: string;
  caseId: string;
  caseNo: string;
  kind: NoticeKind;
  title: string;
  /** The issuing organ's prefix, the kind, year and number: 巨信受告〔2026〕12号, 县人力资源和社会保障局受告〔2026〕3号. */
  noticeNo: string;
  recipient: string;
  /** The filled text, paragraph by paragraph. */
  paragraphs: string[];
  issuer: string;
  issuedOn: string;
  deliveryMethod: DeliveryMethod | null;
  deliveredAt: string | null;
  /** 查询码, only on the single notice as printed and only where its text says 凭查询码 (受理告知书). */
  queryCode: string | null;
}

export interface RecordDeliveryRequest {
  method: DeliveryMethod;
  /** ISO date-time; not in the future. */
  deliveredAt: string;
}
