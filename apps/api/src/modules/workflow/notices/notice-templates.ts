import {
  type CaseTransitionRequest,
  DIVERSION_ROUTE_LABELS,
  HANDLING_OUTCOME_LABELS,
  NO_REACCEPTANCE_GROUND_LABELS,
  NOTICE_KIND_LABELS,
  type NoticeKind,
} from '@julu/contracts';
import { chinaDate, parseLocalDate } from '@julu/domain';

/** Case data a notice is filled from. */
export interface NoticeContext {
  caseNo: string;
  title: string;
  mainRequest: string;
  factsReasons: string | null;
  registeredAt: Date;
  request: CaseTransitionRequest;
  priorCaseNo: string | null;
  /** For 延期: the new last day. */
  newDueOn: string | null;
  /** For 延期: the days and the reason of the approved request (Art 34: 告知信访人延期理由). */
  extension?: { days: number; reason: string | null } | null;
}

/** Short names used in the notice numbers, e.g. 巨信受告〔2026〕12号. */
export const NOTICE_NUMBER_PREFIX: Readonly<Record<NoticeKind, string>> = {
  ACCEPTANCE: '受告',
  NON_ACCEPTANCE: '不受告',
  NO_REACCEPTANCE: '不再受告',
  EXTENSION: '延告',
  HANDLING_OPINION: '处意',
  REVIEW_OPINION: '复查意',
  REREVIEW_OPINION: '复核意',
};

export const noticeNumber = (kind: NoticeKind, year: number, seq: number): string => `巨信${NOTICE_NUMBER_PREFIX[kind]}〔${year}〕${seq}号`;

export const cnDate = (date: string): string => {
  const d = parseLocalDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/** The body of a notice, paragraph by paragraph (the recipient line is separate), filled from the case and the decision. */
export function noticeParagraphs(kind: NoticeKind, c: NoticeContext): string[] {
  const r = c.request;
  const matter = `你（们）于${cnDate(chinaDate(c.registeredAt))}提出的关于“${c.title}”的信访事项（编号：${c.caseNo}）`;
  const outcome = r.outcome ? HANDLING_OUTCOME_LABELS[r.outcome] : '';
  const opinion = [`一、信访人的请求：${c.mainRequest}`, `二、事实和理由：${c.factsReasons ?? '见信访登记材料。'}`, `三、处理意见：${outcome}。${r.note ?? ''}`];
  switch (kind) {
    case 'ACCEPTANCE':
      return [
        `${matter}，经审查，属于本机关职权范围。根据《信访工作条例》第二十三条的规定，决定予以受理。`,
        '本机关将自受理之日起六十日内办结；情况复杂的，经本机关负责人批准，可以适当延长办理期限，但延长期限不得超过三十日，并告知延期理由。办理结果将以书面形式答复。',
        '你（们）可以凭查询码在“信访事项查询评价”页面查询办理进展，并对受理工作进行评价。',
      ];
    case 'NON_ACCEPTANCE': {
      const route = r.diversionRoute ? `${DIVERSION_ROUTE_LABELS[r.diversionRoute]}等法定途径` : '法定途径';
      return [
        `${matter}，经审查：${r.note ?? ''}`,
        `根据《信访工作条例》第二十二条、第三十一条的规定，该事项应当通过${route}解决，本机关不予受理。请你（们）依照有关法律、行政法规规定的程序向${r.competentOrgan ?? '有权处理的机关'}提出。`,
        '法定途径有申请期限的，请注意在期限内提出，以免影响你（们）的权利。',
      ];
    }
    case 'NO_REACCEPTANCE': {
      const ground = r.noReacceptanceGround ?? 'IN_HANDLING';
      const article = ground === 'IN_HANDLING' ? '第十九条第三款' : '第三十六条第三款';
      return [
        `${matter}，经查，与你（们）此前提出的信访事项（编号：${c.priorCaseNo ?? '—'}）属同一事项，${NO_REACCEPTANCE_GROUND_LABELS[ground]}。${r.note ?? ''}`,
        `根据《信访工作条例》${article}的规定，本机关不再受理。`,
      ];
    }
    case 'EXTENSION':
      return [
        `${matter}，本机关已依法受理。因${(c.extension?.reason ?? '情况复杂').replace(/[。；，]+$/, '')}，经本机关负责人批准，办理期限延长${c.extension?.days ?? r.extensionDays}日，延长后的办理期限至${c.newDueOn ? cnDate(c.newDueOn) : '—'}。`,
        '根据《信访工作条例》第三十四条的规定，特此告知。',
      ];
    case 'HANDLING_OPINION':
      return [
        `${matter}，本机关已办理完毕，现出具处理意见如下：`,
        ...opinion,
        `四、依据：${r.legalBasis ?? ''}`,
        '如对本处理意见不服，可以自收到本意见书之日起三十日内，向本机关的上一级机关请求复查（《信访工作条例》第三十五条）。',
      ];
    case 'REVIEW_OPINION':
      return [
        `你（们）对${c.caseNo}号信访事项处理意见不服提出的复查请求，经复查，意见如下：`,
        `复查意见：${outcome}。${r.note ?? ''}`,
        ...(r.legalBasis ? [`依据：${r.legalBasis}`] : []),
        '如对本复查意见不服，可以自收到本意见书之日起三十日内，向复查机关的上一级机关请求复核（《信访工作条例》第三十六条）。',
      ];
    case 'REREVIEW_OPINION':
      return [
        `你（们）对${c.caseNo}号信访事项复查意见不服提出的复核请求，经复核，意见如下：`,
        `复核意见：${outcome}。${r.note ?? ''}`,
        ...(r.legalBasis ? [`依据：${r.legalBasis}`] : []),
        '本复核意见为最终意见。信访人对复核意见不服，仍以同一事实和理由提出信访的，不再受理（《信访工作条例》第三十六条第三款）。',
      ];
  }
}

export const noticeTitle = (kind: NoticeKind): string => NOTICE_KIND_LABELS[kind];
