import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, DutyReportDueRow, DutyReportPage, DutyReportView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { ReportsDueQuery, ReportsQuery, SubmitDutyReportDto } from '../dto/report.dto';
import { DUTY_ROLES } from '../duty-roles';
import { DutyReportsService } from './duty-reports.service';

/** 值班日报 / 零报告 and the day's reporting status by unit. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty/reports')
export class DutyReportsController {
  constructor(private readonly reports: DutyReportsService) {}

  @Get()
  @Allow(...DUTY_ROLES)
  list(@Query() query: ReportsQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyReportPage> {
    return this.reports.list(query, user);
  }

  @Post()
  @Idempotent()
  @Allow(...DUTY_ROLES)
  submit(@Body() dto: SubmitDutyReportDto, @CurrentUser() user: CurrentUserDto): Promise<DutyReportView> {
    return this.reports.submit(dto, user);
  }

  @Get('due')
  @Allow(...DUTY_ROLES)
  due(@Query() query: ReportsDueQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyReportDueRow[]> {
    return this.reports.due(query.date, user);
  }
}
