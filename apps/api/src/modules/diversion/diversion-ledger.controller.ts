import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, DiversionCountRow, DiversionLedgerResponse, DiversionView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../core/http/download';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { DiversionDecisionsService, diversionNotFound } from './diversion-decisions.service';
import { DiversionLedgerService } from './diversion-ledger.service';
import { ChannelFollowUpDto } from './dto/diversion-case.dto';
import { DiversionCountsQueryDto, DiversionLedgerQueryDto } from './dto/diversion-ledger.query';

/** 分流台账, its export, the monthly counts and the channel follow-up of a decision. */
@ApiTags('diversion')
@ApiBearerAuth()
@Controller('diversion')
export class DiversionLedgerController {
  constructor(
    private readonly ledger: DiversionLedgerService,
    private readonly decisions: DiversionDecisionsService,
  ) {}

  @Get('ledger')
  @Allow('diversion')
  list(@Query() query: DiversionLedgerQueryDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionLedgerResponse> {
    return this.ledger.list(query, user);
  }

  @Get('ledger/export')
  @Allow('diversion')
  async export(@Query() query: DiversionLedgerQueryDto, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    sendAsAttachment(res, XLSX, `分流台账-${chinaDate(new Date())}.xlsx`, 'diversion-ledger.xlsx');
    await this.ledger.export(query, user, res);
  }

  @Get('counts')
  @Allow('diversion')
  counts(@Query() query: DiversionCountsQueryDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionCountRow[]> {
    return this.ledger.counts(query, user);
  }

  @Post('records/:id/follow-up')
  @Allow('diversion')
  followUp(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: diversionNotFound })) id: string,
    @Body() dto: ChannelFollowUpDto,
    @CurrentUser() user: CurrentUserDto,
  ): Promise<DiversionView> {
    return this.decisions.followUp(id, dto, user);
  }
}
