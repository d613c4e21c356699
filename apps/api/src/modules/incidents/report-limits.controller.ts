import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { IncidentReportLimit } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { UpdateReportLimitDto } from './dto/update-report-limit.dto';
import { ReportLimitsService } from './report-limits.service';

/** 报告时限 per level: everyone who reports reads them; administrators set them. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incident-report-limits')
export class ReportLimitsController {
  constructor(private readonly limits: ReportLimitsService) {}

  @Get()
  @Allow('incidents')
  list(): Promise<IncidentReportLimit[]> {
    return this.limits.list();
  }

  @Put(':level')
  @Allow('administration')
  update(@Param('level') level: string, @Body() dto: UpdateReportLimitDto): Promise<IncidentReportLimit> {
    return this.limits.update(level, dto);
  }
}
