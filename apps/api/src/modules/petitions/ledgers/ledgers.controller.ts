import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type ExportJobView } from '@julu/contracts';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow } from '../../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../../core/http/download';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { ListCasesQuery } from '../cases/dto/list-cases.query';
import { ExportRequestDto, VisitLedgerQueryDto } from './dto/ledger.dto';
import { ExportJobsService } from './export-jobs.service';
import { LedgersService } from './ledgers.service';

const EXPORT_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '导出任务不存在' }) });

const attachment = (res: Response, fileName: string): void => sendAsAttachment(res, XLSX, fileName, 'ledger.xlsx');

/**
 * 台账导出: ledgers of the caller's territory as .xlsx. Small ones stream at once; larger ones
 * run as background exports whose file only the requester can download.
 */
@ApiTags('ledgers')
@ApiBearerAuth()
@Allow('signedIn')
@Controller()
export class LedgersController {
  constructor(
    private readonly ledgers: LedgersService,
    private readonly jobs: ExportJobsService,
  ) {}

  @Get('ledgers/cases')
  @ApiProduces(XLSX)
  async cases(@Query() query: ListCasesQuery, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    await this.ledgers.direct('CASES', query, user, (fileName) => attachment(res, fileName), res);
  }

  @Get('ledgers/visits')
  @ApiProduces(XLSX)
  async visits(@Query() query: VisitLedgerQueryDto, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    await this.ledgers.direct('VISITS', query, user, (fileName) => attachment(res, fileName), res);
  }

  @Post('exports')
  @HttpCode(202)
  @Idempotent()
  request(@Body() dto: ExportRequestDto, @CurrentUser() user: CurrentUserDto): Promise<ExportJobView> {
    return this.jobs.request(dto, user);
  }

  @Get('exports')
  mine(@CurrentUser() user: CurrentUserDto): Promise<ExportJobView[]> {
    return this.jobs.mine(user);
  }

  @Get('exports/:id')
  get(@Param('id', EXPORT_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<ExportJobView> {
    return this.jobs.get(id, user);
  }

  @Get('exports/:id/file')
  @ApiProduces(XLSX)
  async file(@Param('id', EXPORT_ID) id: string, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    const { fileName, stream } = await this.jobs.open(id, user);
    attachment(res, fileName);
    await pipeline(stream, res);
  }
}
