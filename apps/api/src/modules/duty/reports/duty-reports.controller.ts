import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type DutyReportDueRow, type DutyReportPage, type DutyReportView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { ReportDayQuery, ReportsDueQuery, ReportsQuery, SubmitDutyReportDto } from '../dto/report.dto';
import { DutyReportsService, REPORT_NOT_FOUND } from './duty-reports.service';

const REPORT_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: REPORT_NOT_FOUND }) });

/** 值班日报 / 零报告 and the day's reporting status by unit. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty/reports')
export class DutyReportsController {
  constructor(private readonly reports: DutyReportsService) {}

  @Get()
  @Allow('duty')
  list(@Query() query: ReportsQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyReportPage> {
    return this.reports.list(query, user);
  }

  @Post()
  @Idempotent()
  @Allow('duty')
  submit(@Body() dto: SubmitDutyReportDto, @CurrentUser() user: CurrentUserDto): Promise<DutyReportView> {
    return this.reports.submit(dto, user);
  }

  @Get('due')
  @Allow('duty')
  due(@Query() query: ReportsDueQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyReportDueRow[]> {
    return this.reports.due(query.date, user);
  }

  /** Where the day's report of one unit (the caller's own by default) stands, with the report if filed. */
  @Get('day')
  @Allow('duty')
  day(@Query() query: ReportDayQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyReportDueRow> {
    return this.reports.day(query.date, query.unitId, user);
  }

  /** 撤销 by the person who filed it, within DUTY_REPORT_UNDO_MINUTES; answers the day's state afterwards. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('duty')
  withdraw(@Param('id', REPORT_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutyReportDueRow> {
    return this.reports.withdraw(id, user);
  }
}
