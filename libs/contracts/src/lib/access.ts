import { type Role, ROLES } from './roles';

const COUNTY_AND_TOWNSHIP = ['ADMIN', 'SUPERVISOR', 'RECEPTION', 'TOWNSHIP_OFFICER'] as const satisfies readonly Role[];
const INTAKE_ORGANS = ['ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'] as const satisfies readonly Role[];
const BUREAU_LEADERS = ['ADMIN', 'SUPERVISOR'] as const satisfies readonly Role[];

/**
 * The one access map (feature → roles): the API's `@Allow(feature)`, the web app's route guard and
 * its side menu all read it, so a page, its menu item and the routes behind it cannot disagree.
 * Territory (own township, own unit's cases) is not decided here but by row-level security.
 */
export const FEATURE_ACCESS = {
  /** Any signed-in account: own session, reference data, cases (narrowed by territory), 身份证号 check, notifications, live hints. */
  signedIn: ROLES,
  /** 接待登记: registering cases, visits, petitioners and attachments. */
  intake: INTAKE_ORGANS,
  /** The petitioner registry and revealing a masked number (audited). */
  petitioners: COUNTY_AND_TOWNSHIP,
  /** Deciding (and undoing) 重复信访 links. */
  repeatDecisions: COUNTY_AND_TOWNSHIP,
  /** Recording the petitioner's 满意度评价 on their behalf. */
  staffEvaluation: COUNTY_AND_TOWNSHIP,
  /** 我的工作: the units working cases (inbox, notice delivery); the administrator works no cases. */
  caseWork: ['RECEPTION', 'SUPERVISOR', 'TOWNSHIP_OFFICER', 'HANDLER'],
  /** 督查督办 across the county. */
  supervision: BUREAU_LEADERS,
  /** 分流 workbench: the intake organs and the handling unit a case was sent to (DOMAIN.md §1.10). */
  diversion: ROLES,
  /** 值班: today's duty, rosters, shifts, swaps, daily reports, escorts. */
  duty: COUNTY_AND_TOWNSHIP,
  /** 我的值班: one's own shifts (check-in/out) and the unit's daily reports; the administrator keeps no duty. */
  myDuty: ['SUPERVISOR', 'RECEPTION', 'TOWNSHIP_OFFICER'],
  /** Drawing up rosters, deciding swaps, drawing up subsidy sheets. */
  rosterManagement: ['ADMIN', 'SUPERVISOR', 'TOWNSHIP_OFFICER'],
  /** Approving a 值班补助发放表: the bureau's leaders only. */
  subsidyApproval: ['SUPERVISOR'],
  /** 突发事件 reports. */
  incidents: COUNTY_AND_TOWNSHIP,
  /** 法治宣传 events and coverage. */
  publicity: COUNTY_AND_TOWNSHIP,
  /** Setting a village's 宣传 plan: the township and the bureau, not reception. */
  publicityPlans: ['ADMIN', 'SUPERVISOR', 'TOWNSHIP_OFFICER'],
  /** 矛盾隐患 and 信访积案 ledgers; handlers have no part. */
  hotspots: COUNTY_AND_TOWNSHIP,
  /** 指标看板 and the annual report. */
  indicators: COUNTY_AND_TOWNSHIP,
  /** 预算绩效: the bureau's own finance. */
  budget: BUREAU_LEADERS,
  /** 审计日志. */
  audit: BUREAU_LEADERS,
  /** The organisation page (reading it; changing units is `administration`). */
  orgChart: BUREAU_LEADERS,
  /** System administration: users, units, categories, clock rules, calendar, periods, limits, rules, rates. */
  administration: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Feature = keyof typeof FEATURE_ACCESS;
export const FEATURES = Object.keys(FEATURE_ACCESS) as readonly Feature[];

export function isFeature(value: unknown): value is Feature {
  return typeof value === 'string' && Object.hasOwn(FEATURE_ACCESS, value);
}

/** Whether a role may use a feature (an unknown role or feature may use nothing). */
export function canUse(role: Role | null | undefined, feature: Feature): boolean {
  return !!role && (FEATURE_ACCESS[feature] as readonly Role[]).includes(role);
}
