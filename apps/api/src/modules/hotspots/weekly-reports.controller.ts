import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, WeeklyReportStatusRow } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { WeeklyReportDto, WeeklyReportQueryDto } from './dto/weekly-report.dto';
import { WeeklyReportsService } from './weekly-reports.service';

/** 每周排查报告: submitted by townships; the week's status per township. */
@ApiTags('hotspots')
@ApiBearerAuth()
@Controller('hotspot-weekly-reports')
export class WeeklyReportsController {
  constructor(private readonly reports: WeeklyReportsService) {}

  @Get()
  @Allow('hotspots')
  week(@Query() query: WeeklyReportQueryDto, @CurrentUser() user: CurrentUserDto): Promise<WeeklyReportStatusRow[]> {
    return this.reports.week(query.weekStart, user);
  }

  @Post()
  @Allow('hotspots')
  submit(@Body() dto: WeeklyReportDto, @CurrentUser() user: CurrentUserDto): Promise<WeeklyReportStatusRow> {
    return this.reports.submit(dto, user);
  }
}
