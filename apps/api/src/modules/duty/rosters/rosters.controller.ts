import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type DutyMemberView, type DutyRosterPage, type DutyRosterView, type DutyShiftView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { CreateDutyRosterDto, RostersQuery, ShiftsQuery } from '../dto/roster.dto';
import { UnitQuery } from '../dto/swap.dto';
import { ROSTER_NOT_FOUND, RostersService } from './rosters.service';

const ROSTER_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: ROSTER_NOT_FOUND }) });

/** 值班表: generated from a template, published, closed; the month calendar of a unit's shifts. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty')
export class RostersController {
  constructor(private readonly rosters: RostersService) {}

  @Get('members')
  @Allow('duty')
  members(@Query() query: UnitQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyMemberView[]> {
    return this.rosters.members(query.unitId, user);
  }

  @Get('rosters')
  @Allow('duty')
  list(@Query() query: RostersQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyRosterPage> {
    return this.rosters.list(query, user);
  }

  @Post('rosters')
  @Idempotent()
  @Allow('rosterManagement')
  generate(@Body() dto: CreateDutyRosterDto, @CurrentUser() user: CurrentUserDto): Promise<DutyRosterView> {
    return this.rosters.generate(dto, user);
  }

  @Get('rosters/:id')
  @Allow('duty')
  get(@Param('id', ROSTER_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutyRosterView> {
    return this.rosters.get(id, user);
  }

  @Post('rosters/:id/publish')
  @HttpCode(200)
  @Allow('rosterManagement')
  publish(@Param('id', ROSTER_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutyRosterView> {
    return this.rosters.publish(id, user);
  }

  @Post('rosters/:id/close')
  @HttpCode(200)
  @Allow('rosterManagement')
  close(@Param('id', ROSTER_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutyRosterView> {
    return this.rosters.close(id, user);
  }

  @Get('shifts')
  @Allow('duty')
  month(@Query() query: ShiftsQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyShiftView[]> {
    return this.rosters.month(query.unitId, query.month, user);
  }
}
