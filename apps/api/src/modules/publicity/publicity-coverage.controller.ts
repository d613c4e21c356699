import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, PublicityCoverageView, PublicityPlanRow } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { notFound } from '../../core/http/api-errors';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { PublicityYearQuery } from './dto/list-publicity-events.query';
import { UpsertPublicityPlanDto } from './dto/upsert-publicity-plan.dto';
import { PublicityCoverageService } from './publicity-coverage.service';

const VILLAGE_ID = new ParseUUIDPipe({ exceptionFactory: () => notFound('村（社区）不存在或不在您的管辖范围内') });

/** 行政村覆盖率 by township and the annual plan per village. */
@ApiTags('publicity')
@ApiBearerAuth()
@Controller('publicity')
export class PublicityCoverageController {
  constructor(private readonly coverage: PublicityCoverageService) {}

  @Get('coverage')
  @Allow('publicity')
  table(@Query() query: PublicityYearQuery, @CurrentUser() user: CurrentUserDto): Promise<PublicityCoverageView> {
    return this.coverage.coverage(query.year, user);
  }

  @Get('plans')
  @Allow('publicity')
  plans(@Query() query: PublicityYearQuery, @CurrentUser() user: CurrentUserDto): Promise<PublicityPlanRow[]> {
    return this.coverage.plans(query.year, query.townshipId, user);
  }

  @Put('plans/:id')
  @Allow('publicityPlans')
  setPlan(@Param('id', VILLAGE_ID) villageId: string, @Body() dto: UpsertPublicityPlanDto, @CurrentUser() user: CurrentUserDto): Promise<PublicityPlanRow> {
    return this.coverage.upsertPlan(villageId, dto, user);
  }
}
