import {
  EVALUATION_STAGES,
  type EvaluationStage,
  type PublicEvaluationRequest,
  type PublicLookupRequest,
  type RecordEvaluationRequest,
  SATISFACTION_RESULTS,
  type SatisfactionResult,
} from '@julu/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RecordEvaluationDto implements RecordEvaluationRequest {
  @IsIn(EVALUATION_STAGES, { message: '评价环节应为 受理环节 或 办理环节' })
  stage!: EvaluationStage;

  @IsIn(SATISFACTION_RESULTS, { message: '评价结果应为 满意、基本满意 或 不满意' })
  result!: SatisfactionResult;

  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '评价意见不能超过 500 字' })
  comment?: string;
}

export class PublicLookupDto implements PublicLookupRequest {
  @Matches(/^[A-Za-z0-9]{4,32}$/, { message: '查询码应为 4–32 位字母或数字' })
  queryCode!: string;

  @Matches(/^[0-9Xx]{4}$/, { message: '请输入证件号码或手机号码的后四位' })
  last4!: string;
}

export class PublicEvaluationDto extends PublicLookupDto implements PublicEvaluationRequest {
  @IsIn(EVALUATION_STAGES, { message: '评价环节应为 受理环节 或 办理环节' })
  stage!: EvaluationStage;

  @IsIn(SATISFACTION_RESULTS, { message: '评价结果应为 满意、基本满意 或 不满意' })
  result!: SatisfactionResult;

  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '评价意见不能超过 500 字' })
  comment?: string;
}
