import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type RepeatCandidatesResponse, type RepeatLinkView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { DecideRepeatDto, RepeatCandidatesDto } from './dto/repeat.dto';
import { RepeatCandidatesService } from './repeat-candidates.service';
import { RepeatLinksService } from './repeat-links.service';

const CASE_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访事项不存在或不在您的管辖范围内' }) });

/** 重复信访: candidates while registering, and staff decisions (confirm = merge, undo = unmerge). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class RepeatsController {
  constructor(
    private readonly candidates: RepeatCandidatesService,
    private readonly links: RepeatLinksService,
  ) {}

  @Post('repeat-candidates')
  @HttpCode(200)
  @Allow('repeatDecisions')
  find(@Body() dto: RepeatCandidatesDto, @CurrentUser() user: CurrentUserDto): Promise<RepeatCandidatesResponse> {
    return this.candidates.find(dto, user);
  }

  @Get(':id/repeat-links')
  @Allow('signedIn')
  list(@Param('id', CASE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<RepeatLinkView[]> {
    return this.links.list(id, user);
  }

  @Post(':id/repeat-links')
  @HttpCode(200)
  @Allow('repeatDecisions')
  decide(@Param('id', CASE_ID) id: string, @Body() dto: DecideRepeatDto, @CurrentUser() user: CurrentUserDto): Promise<RepeatLinkView> {
    return this.links.decide(id, dto, user);
  }

  @Delete(':id/repeat-links/:priorCaseId')
  @Allow('repeatDecisions')
  undo(@Param('id', CASE_ID) id: string, @Param('priorCaseId', CASE_ID) priorCaseId: string, @CurrentUser() user: CurrentUserDto): Promise<RepeatLinkView> {
    return this.links.undo(id, priorCaseId, user);
  }
}
