import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, IncidentDetail, IncidentListResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { AddIncidentReportDto } from './dto/add-incident-report.dto';
import { CreateIncidentDto } from './dto/create-incident.dto';
import { ListIncidentsQuery } from './dto/list-incidents.query';
import { incidentNotFound, IncidentQueriesService } from './incident-queries.service';
import { IncidentsService } from './incidents.service';

const ID = new ParseUUIDPipe({ exceptionFactory: incidentNotFound });

/** 突发信访事件: quick report, the report chain and the live state of the report limits. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly queries: IncidentQueriesService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('incidents')
  create(@Body() dto: CreateIncidentDto, @CurrentUser() user: CurrentUserDto): Promise<IncidentDetail> {
    return this.incidents.create(dto, user);
  }

  @Get()
  @Allow('incidents')
  list(@Query() query: ListIncidentsQuery, @CurrentUser() user: CurrentUserDto): Promise<IncidentListResponse> {
    return this.queries.list(query, user);
  }

  @Get(':id')
  @Allow('incidents')
  get(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<IncidentDetail> {
    return this.queries.get(id, user);
  }

  @Post(':id/reports')
  @Idempotent()
  @Allow('incidents')
  addReport(@Param('id', ID) id: string, @Body() dto: AddIncidentReportDto, @CurrentUser() user: CurrentUserDto): Promise<IncidentDetail> {
    return this.incidents.addReport(id, dto, user);
  }
}
