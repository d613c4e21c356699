import { ApiProperty } from '@nestjs/swagger';
import type { UpdateIncidentReportLimitRequest } from '@julu/contracts';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateReportLimitDto implements UpdateIncidentReportLimitRequest {
  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: '电话报告时限须为整数分钟' })
  @Min(1, { message: '电话报告时限至少为 1 分钟' })
  @Max(1440, { message: '电话报告时限不能超过 24 小时' })
  phoneMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: '书面报告时限须为整数分钟' })
  @Min(1, { message: '书面报告时限至少为 1 分钟' })
  @Max(1440, { message: '书面报告时限不能超过 24 小时' })
  writtenMinutes!: number;
}
