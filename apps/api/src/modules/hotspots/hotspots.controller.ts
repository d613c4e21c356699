import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, HotspotDetailView, HotspotImportReport, HotspotIncidentResult, HotspotListResponse } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../core/http/download';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CreateHotspotDto, HotspotFollowUpDto, HotspotIncidentDto, HotspotTransitionDto, LinkHotspotCaseDto } from './dto/hotspot.dto';
import { HotspotListQueryDto } from './dto/hotspot-list.query';
import { HotspotActionsService } from './hotspot-actions.service';
import { HotspotExportService } from './hotspot-export.service';
import { HotspotImportService, type UploadedSheet } from './hotspot-import.service';
import { HotspotIncidentService } from './hotspot-incident.service';
import { hotspotNotFound, HotspotsService } from './hotspots.service';

const ID = new ParseUUIDPipe({ exceptionFactory: hotspotNotFound });

/** 信访隐患排查化解台账. */
@ApiTags('hotspots')
@ApiBearerAuth()
@Controller('hotspots')
export class HotspotsController {
  constructor(
    private readonly hotspots: HotspotsService,
    private readonly actions: HotspotActionsService,
    private readonly exporter: HotspotExportService,
    private readonly importer: HotspotImportService,
    private readonly incidents: HotspotIncidentService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('hotspots')
  create(@Body() dto: CreateHotspotDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotDetailView> {
    return this.hotspots.create(dto, user);
  }

  @Get()
  @Allow('hotspots')
  list(@Query() query: HotspotListQueryDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotListResponse> {
    return this.hotspots.list(query, user);
  }

  @Get('export')
  @Allow('hotspots')
  async export(@Query() query: HotspotListQueryDto, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    sendAsAttachment(res, XLSX, `信访隐患排查化解台账-${chinaDate(new Date())}.xlsx`, 'hotspots.xlsx');
    await this.exporter.write(query, user, res);
  }

  @Post('import')
  @Allow('hotspots')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 2 } }))
  import(@UploadedFile() file: UploadedSheet | undefined, @CurrentUser() user: CurrentUserDto): Promise<HotspotImportReport> {
    return this.importer.import(file, user);
  }

  @Get(':id')
  @Allow('hotspots')
  get(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<HotspotDetailView> {
    return this.hotspots.get(id, user);
  }

  @Post(':id/transitions')
  @Allow('hotspots')
  transition(@Param('id', ID) id: string, @Body() dto: HotspotTransitionDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotDetailView> {
    return this.actions.transition(id, dto, user);
  }

  @Post(':id/follow-ups')
  @Idempotent()
  @Allow('hotspots')
  followUp(@Param('id', ID) id: string, @Body() dto: HotspotFollowUpDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotDetailView> {
    return this.actions.addFollowUp(id, dto, user);
  }

  @Post(':id/cases')
  @Allow('hotspots')
  linkCase(@Param('id', ID) id: string, @Body() dto: LinkHotspotCaseDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotDetailView> {
    return this.actions.linkCase(id, dto, user);
  }

  @Post(':id/incident')
  @Idempotent()
  @Allow('hotspots')
  reportIncident(@Param('id', ID) id: string, @Body() dto: HotspotIncidentDto, @CurrentUser() user: CurrentUserDto): Promise<HotspotIncidentResult> {
    return this.incidents.report(id, dto, user);
  }
}
