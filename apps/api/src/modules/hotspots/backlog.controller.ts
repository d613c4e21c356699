import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BacklogCaseView, BacklogListResponse, CurrentUser as CurrentUserDto } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../core/http/download';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { BacklogExportService } from './backlog-export.service';
import { backlogNotFound, BacklogService } from './backlog.service';
import { BacklogListQueryDto, BacklogResolutionDto, CreateBacklogCaseDto, LeaderActivityDto } from './dto/backlog.dto';

const ID = new ParseUUIDPipe({ exceptionFactory: backlogNotFound });

/** 信访积案 and 领导包案. */
@ApiTags('hotspots')
@ApiBearerAuth()
@Controller('backlog-cases')
export class BacklogController {
  constructor(
    private readonly backlog: BacklogService,
    private readonly exporter: BacklogExportService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('hotspots')
  create(@Body() dto: CreateBacklogCaseDto, @CurrentUser() user: CurrentUserDto): Promise<BacklogCaseView> {
    return this.backlog.create(dto, user);
  }

  @Get()
  @Allow('hotspots')
  list(@Query() query: BacklogListQueryDto, @CurrentUser() user: CurrentUserDto): Promise<BacklogListResponse> {
    return this.backlog.list(query, user);
  }

  @Get('export')
  @Allow('hotspots')
  async export(@Query() query: BacklogListQueryDto, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    sendAsAttachment(res, XLSX, `信访积案台账-${chinaDate(new Date())}.xlsx`, 'backlog-cases.xlsx');
    await this.exporter.write(query, user, res);
  }

  @Get(':id')
  @Allow('hotspots')
  get(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<BacklogCaseView> {
    return this.backlog.get(id, user);
  }

  @Post(':id/activities')
  @Idempotent()
  @Allow('hotspots')
  addActivity(@Param('id', ID) id: string, @Body() dto: LeaderActivityDto, @CurrentUser() user: CurrentUserDto): Promise<BacklogCaseView> {
    return this.backlog.addActivity(id, dto, user);
  }

  @Post(':id/resolution')
  @Allow('hotspots')
  resolve(@Param('id', ID) id: string, @Body() dto: BacklogResolutionDto, @CurrentUser() user: CurrentUserDto): Promise<BacklogCaseView> {
    return this.backlog.resolve(id, dto, user);
  }
}
