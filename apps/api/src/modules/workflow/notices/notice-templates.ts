import { type CaseTransitionRequest, HANDLING_OUTCOME_LABELS, NO_REACCEPTANCE_GROUND_LABELS, NOTICE_KIND_LABELS, type NoticeKind } from '@julu/contracts';
import { parseLocalDate } from '@julu/domain';
import { diversionParagraphs, FORWARDING_TITLE, IMPORT_TITLE, isForwarding } from './diversion-notice';

/** Case data a notice is filled from. */
export interface NoticeContext {
  caseNo: string;
  title: string;
  mainRequest: string;
  factsReasons: string | null;
  /** The day the organ received the matter (收到日期): the notices date the matter from it. */
  receivedOn: string;
  request: CaseTransitionRequest;
  priorCaseNo: string | null;
  /** For 延期: the new last day. */
  newDueOn: string | null;
  /** For 延期: the days and the reason of the approved request (Art 34: 告知信访人延期理由). */
  extension?: { days: number; reason: string | null } | null;
  /** The deciding organ is the 信访部门 (Art 22), not another organ (Art 23). */
  petitionBureau: boolean;
  /** The matter was brought by a visit (走访), not in writing. */
  visit: boolean;
}

/** The kind's short name in a notice number, after the organ's prefix: 巨信受告〔2026〕12号. */
export const NOTICE_NUMBER_PREFIX: Readonly<Record<NoticeKind, string>> = {
  ACCEPTANCE: '受告',
  NON_ACCEPTANCE: '不受告',
  NO_REACCEPTANCE: '不再受告',
  EXTENSION: '延告',
  HANDLING_OPINION: '处意',
  REVIEW_OPINION: '复查意',
  REREVIEW_OPINION: '复核意',
};

/** An issuing organ as the notice numbering needs it; `countyName` is the county the deployment serves (e.g. 巨鹿县). */
export interface NoticeOrgan {
  name: string;
  documentAbbr: string | null;
  countyName?: string | null;
}

/**
 * The organ part of a notice number: the issuing unit's 机关代字 (`document_abbr`) where one is set,
 * else the unit's own name with the county's name dropped before 县 (巨鹿县人力资源和社会保障局 →
 * 县人力资源和社会保障局受告〔2026〕1号), so a number never claims another organ's document. When no
 * unit decided, the caller passes the bureau (its 机关代字 is set by the seed and on the org page).
 */
export function noticeOrganPrefix(unit: NoticeOrgan): string {
  const abbr = unit.documentAbbr?.trim();
  if (abbr) return abbr;
  const county = unit.countyName?.trim().replace(/县$/, '');
  const name = unit.name.trim();
  return (county && name.startsWith(`${county}县`) ? name.slice(county.length) : name).slice(0, 20);
}

export const noticeNumber = (organPrefix: string, kind: NoticeKind, year: number, seq: number): string => `${organPrefix}${NOTICE_NUMBER_PREFIX[kind]}〔${year}〕${seq}号`;

export const cnDate = (date: string): string => {
  const d = parseLocalDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/** The body of a notice, paragraph by paragraph (the recipient line is separate), filled from the case and the decision. */
export function noticeParagraphs(kind: NoticeKind, c: NoticeContext): string[] {
  const r = c.request;
  const matter = `你（们）于${cnDate(c.receivedOn)}提出的关于“${c.title}”的信访事项（编号：${c.caseNo}）`;
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
      const organ = r.competentOrgan ?? '有权处理的机关';
      if (r.action === 'DIVERT') {
        return [
          `${matter}，经审查：${r.note ?? ''}`,
          ...diversionParagraphs({ route: r.diversionRoute, competentOrgan: organ, note: r.note ?? '', petitionBureau: c.petitionBureau, visit: c.visit }),
        ];
      }
      return [`${matter}，经审查：${r.note ?? ''}`, `该事项不属于本机关、单位职权范围。根据《信访工作条例》第二十三条第一款的规定，请你（们）向${organ}提出。`];
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

/** The title printed on the notice: a 分流 is a 转送告知 or an 导入法定途径告知, never a 不予受理告知书. */
export function noticeTitle(kind: NoticeKind, c?: Pick<NoticeContext, 'request' | 'visit'>): string {
  if (kind === 'NON_ACCEPTANCE' && c?.request.action === 'DIVERT') return isForwarding({ route: c.request.diversionRoute, visit: c.visit }) ? FORWARDING_TITLE : IMPORT_TITLE;
  return NOTICE_KIND_LABELS[kind];
}
