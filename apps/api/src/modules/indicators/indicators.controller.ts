import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AnnualPetitionReport, CurrentUser as CurrentUserDto, IndicatorDashboard, IndicatorDrillDown, IndicatorTrend, TownshipComparison } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { AnnualReportQuery, IndicatorScopeQuery, IndicatorTrendQuery, RecomputeIndicatorsDto } from './dto/indicator.query';
import { AnnualReportService } from './annual-report.service';
import { IndicatorQueriesService } from './indicator-queries.service';
import { IndicatorRecomputeService } from './indicator-recompute.service';

/** 指标: the dashboard, comparisons, trends and the records behind every figure. */
@ApiTags('indicators')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly queries: IndicatorQueriesService,
    private readonly recompute: IndicatorRecomputeService,
    private readonly annual: AnnualReportService,
  ) {}

  @Get('annual-report')
  @Allow('indicators')
  annualReport(@Query() query: AnnualReportQuery, @CurrentUser() user: CurrentUserDto): Promise<AnnualPetitionReport> {
    return this.annual.report(user, query.year);
  }

  @Get('dashboard')
  @Allow('indicators')
  @ApiOkResponse({
    description:
      'The cards of a period and unit with their snapshots. `computedAt` (dashboard and each snapshot): when the figures last changed; ' +
      'a recomputation that finds them unchanged does not rewrite a snapshot. `checkedAt`: when the figures of this period and unit were ' +
      'last computed, changed or not (the latest recomputation, year reconciliation or case event covering them), shown as 计算于; ' +
      'null, like `computedAt`, while there is no snapshot.',
  })
  dashboard(@Query() query: IndicatorScopeQuery, @CurrentUser() user: CurrentUserDto): Promise<IndicatorDashboard> {
    return this.queries.dashboard(user, query.period, query.unitId);
  }

  @Get(':code/townships')
  @Allow('indicators')
  townships(@Param('code') code: string, @Query() query: IndicatorScopeQuery, @CurrentUser() user: CurrentUserDto): Promise<TownshipComparison> {
    return this.queries.townships(user, code, query.period);
  }

  @Get(':code/trend')
  @Allow('indicators')
  trend(@Param('code') code: string, @Query() query: IndicatorTrendQuery, @CurrentUser() user: CurrentUserDto): Promise<IndicatorTrend> {
    return this.queries.trend(user, code, query.unitId, query.year);
  }

  @Get(':code/records')
  @Allow('indicators')
  records(@Param('code') code: string, @Query() query: IndicatorScopeQuery, @CurrentUser() user: CurrentUserDto): Promise<IndicatorDrillDown> {
    return this.queries.records(user, code, query.period, query.unitId);
  }

  @Post('recompute')
  @HttpCode(202)
  @Allow('administration')
  recomputeNow(@Body() dto: RecomputeIndicatorsDto): Promise<{ marked: number }> {
    return this.recompute.request(dto.period);
  }
}
