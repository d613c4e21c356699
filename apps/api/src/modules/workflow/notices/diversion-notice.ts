import { DIVERSION_ROUTE_LABELS, type DiversionRoute } from '@julu/contracts';

/** Who decided and how the matter came in: the legal basis of a 分流 depends on both. */
export interface DiversionFacts {
  route: DiversionRoute | undefined;
  competentOrgan: string;
  note: string;
  /** The deciding organ is the 信访部门 (Art 22) rather than another organ (Arts 23, 31). */
  petitionBureau: boolean;
  visit: boolean;
}

/** 涉法涉诉: matters of 诉讼权利救济 for the 政法部门 (Art 31(一)). */
const LAW_ROUTES: readonly DiversionRoute[] = ['LITIGATION', 'PROCURATORATE', 'POLICE'];
/** The item of Art 31 each remaining route is imported under (导入相应程序). */
const ART_31_ITEM: Readonly<Partial<Record<DiversionRoute, string>>> = { ARBITRATION: '（二）', PARTY_APPEAL: '（三）', ADMIN_RECONSIDERATION: '（四）', ADMIN_RULING: '（四）' };

export const FORWARDING_TITLE = '信访事项转送告知书';
export const IMPORT_TITLE = '导入法定途径告知书';

/** A 分流 that is a 转送 by the organ itself (the petitioner is told where it went), not a referral. */
export function isForwarding(f: Pick<DiversionFacts, 'route' | 'visit'>): boolean {
  return f.route === 'DISCIPLINE' || (f.route !== undefined && LAW_ROUTES.includes(f.route) && !f.visit);
}

/**
 * The body of a 分流 notice after the matter line. Nothing here says 不予受理: Art 22 ¶2 makes
 * the 信访部门 转送 涉法涉诉 letters to the 政法部门 and 检举控告 to the 纪检监察机关 itself, and
 * tell a visitor with a litigation matter where to go; Art 31(一)–(四) import a 申诉求决 matter
 * into its procedure (Art 28 ¶2: 诉访分离).
 */
export function diversionParagraphs(f: DiversionFacts): string[] {
  const organ = f.competentOrgan;
  if (f.route === 'DISCIPLINE') {
    const basis = f.petitionBureau ? '第二十二条第二款' : '第三十条第一款';
    return [
      `根据《信访工作条例》${basis}的规定，该检举控告事项已按照管理权限转送${organ}依规依纪依法处理。`,
      '处理情况由该机关按照有关规定告知（《信访工作条例》第二十三条第四款）。',
    ];
  }
  if (f.route && LAW_ROUTES.includes(f.route)) {
    if (f.visit) {
      return [
        `该事项涉及诉讼权利救济，应当依照法律法规规定的程序向有关政法部门提出（《信访工作条例》第二十条第二款、第二十二条第二款）。请你（们）通过${DIVERSION_ROUTE_LABELS[f.route]}途径向${organ}反映。`,
        '法定途径有申请期限的，请注意在期限内提出，以免影响你（们）的权利。',
      ];
    }
    const basis = f.petitionBureau ? '第二十二条第二款' : '第二十八条第二款、第三十一条第一项';
    return [`根据《信访工作条例》${basis}的规定，该涉法涉诉事项已转送${organ}依法处理。`, '处理情况由该机关依照法律规定的程序告知。'];
  }
  const item = f.route ? ART_31_ITEM[f.route] : undefined;
  const route = f.route ? DIVERSION_ROUTE_LABELS[f.route] : '法定途径';
  return [
    `根据《信访工作条例》第三十一条${item ?? ''}的规定，该事项应当通过${route}解决，导入相应程序。请你（们）依照有关法律法规规定的程序向${organ}提出。`,
    '法定途径有申请期限的，请注意在期限内提出，以免影响你（们）的权利。',
  ];
}
