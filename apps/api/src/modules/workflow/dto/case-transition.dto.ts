import {
  CASE_ACTIONS,
  type CaseAction,
  type CaseTransitionRequest,
  CLOSE_REASONS,
  type CloseReason,
  DIVERSION_ROUTES,
  type DiversionRoute,
  HANDLING_OUTCOMES,
  type HandlingOutcome,
  NO_REACCEPTANCE_GROUNDS,
  type NoReacceptanceGround,
  SETTLEMENT_KINDS,
  type SettlementKind,
  SUPERVISION_LEVELS,
  type SupervisionLevel,
} from '@julu/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/is-calendar-date';

/** One workflow action on a case; which optional fields are required depends on the action. */
export class CaseTransitionDto implements CaseTransitionRequest {
  @IsIn(CASE_ACTIONS, { message: '未知的办理操作' })
  action!: CaseAction;

  @IsInt({ message: 'expectedVersion 应为整数（页面显示时的事项版本）' })
  @Min(1)
  expectedVersion!: number;

  @IsOptional()
  @IsString()
  @MinLength(2, { message: '说明至少 2 个字' })
  @MaxLength(2000, { message: '说明不能超过 2000 字' })
  note?: string;

  @IsOptional()
  @IsUUID('all', { message: '承办单位无效' })
  handlingUnitId?: string;

  @IsOptional()
  @IsInt({ message: '反馈期限应为 1–90 的整数天' })
  @Min(1, { message: '反馈期限应为 1–90 的整数天' })
  @Max(90, { message: '反馈期限应为 1–90 的整数天' })
  feedbackDays?: number;

  @IsOptional()
  @IsIn(HANDLING_OUTCOMES, { message: '处理意见应为 支持、解释说明 或 不予支持' })
  outcome?: HandlingOutcome;

  @IsOptional()
  @IsString()
  @MinLength(2, { message: '请填写处理依据（法律、法规、政策条文）' })
  @MaxLength(1000)
  legalBasis?: string;

  @IsOptional()
  @IsIn(SETTLEMENT_KINDS, { message: '结案方式应为 调解 或 和解' })
  settlementKind?: SettlementKind;

  @IsOptional()
  @IsIn(DIVERSION_ROUTES, { message: '分流去向无效' })
  diversionRoute?: DiversionRoute;

  @IsOptional()
  @IsString()
  @MinLength(2, { message: '请填写有权处理的机关名称' })
  @MaxLength(100)
  competentOrgan?: string;

  @IsOptional()
  @IsUUID('all', { message: '原信访事项无效' })
  priorCaseId?: string;

  @IsOptional()
  @IsBoolean({ message: '同一事项的确认应为 true 或 false' })
  sameMatterConfirmed?: boolean;

  @IsOptional()
  @IsIn(NO_REACCEPTANCE_GROUNDS, { message: '不再受理的理由无效' })
  noReacceptanceGround?: NoReacceptanceGround;

  @IsOptional()
  @IsInt({ message: '延长天数应为 1–30 的整数（《信访工作条例》第三十四条）' })
  @Min(1, { message: '延长天数应为 1–30 的整数（《信访工作条例》第三十四条）' })
  @Max(30, { message: '延长天数应为 1–30 的整数（《信访工作条例》第三十四条）' })
  extensionDays?: number;

  @IsOptional()
  @IsIn(CLOSE_REASONS, { message: '办结理由无效' })
  closeReason?: CloseReason;

  @IsOptional()
  @IsIn(SUPERVISION_LEVELS, { message: '督办级别应为 普通、黄牌 或 红牌' })
  supervisionLevel?: SupervisionLevel;

  @IsOptional()
  @IsString()
  @MinLength(2, { message: '请填写出具意见的复查（复核）机关名称' })
  @MaxLength(100, { message: '复查（复核）机关名称不能超过 100 字' })
  reviewOrgan?: string;

  @IsOptional()
  @IsString()
  @MinLength(2, { message: '请填写意见书文号' })
  @MaxLength(40, { message: '意见书文号不能超过 40 字' })
  opinionNo?: string;

  @IsOptional()
  @IsCalendarDate({ message: '收到申请日期应为 YYYY-MM-DD' })
  receivedOn?: string;

  @IsOptional()
  @IsCalendarDate({ message: '信访人提出申请日期（邮戳日期、网上提交日期）应为 YYYY-MM-DD' })
  requestedOn?: string;
}
