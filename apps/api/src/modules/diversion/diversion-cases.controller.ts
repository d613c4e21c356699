import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ConsultationView, CurrentUser as CurrentUserDto, DiversionCaseView, DiversionQueueResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { caseNotFound, DiversionCasesService } from './diversion-cases.service';
import { DiversionDecisionsService } from './diversion-decisions.service';
import { ConsultationDto, DivertCaseDto, FlagLawRelatedDto } from './dto/diversion-case.dto';
import { DiversionQueueQueryDto } from './dto/diversion-ledger.query';

const ID = new ParseUUIDPipe({ exceptionFactory: caseNotFound });

/** 分流工作台: the queue of flagged cases with suggestions, the flag, the decision, consultations. */
@ApiTags('diversion')
@ApiBearerAuth()
@Controller('diversion')
export class DiversionCasesController {
  constructor(
    private readonly cases: DiversionCasesService,
    private readonly decisions: DiversionDecisionsService,
  ) {}

  @Get('queue')
  @Allow('diversion')
  queue(@Query() query: DiversionQueueQueryDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionQueueResponse> {
    return this.cases.queue(query, user);
  }

  @Get('cases/:id')
  @Allow('diversion')
  get(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DiversionCaseView> {
    return this.cases.get(id, user);
  }

  @Post('cases/:id/flag')
  @Allow('diversion')
  flag(@Param('id', ID) id: string, @Body() dto: FlagLawRelatedDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionCaseView> {
    return this.cases.flag(id, dto, user);
  }

  @Post('cases/:id/decision')
  @Allow('diversion')
  decide(@Param('id', ID) id: string, @Body() dto: DivertCaseDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionCaseView> {
    return this.decisions.decide(id, dto, user);
  }

  @Post('cases/:id/consultations')
  @Idempotent()
  @Allow('diversion')
  consult(@Param('id', ID) id: string, @Body() dto: ConsultationDto, @CurrentUser() user: CurrentUserDto): Promise<ConsultationView> {
    return this.cases.addConsultation(id, dto, user);
  }
}
