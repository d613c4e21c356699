import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type DutySwapView, type DutyUnavailabilityView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { DecideDutySwapDto, DeclareUnavailabilityDto, RequestDutySwapDto, SwapsQuery, UnitQuery } from '../dto/swap.dto';
import { SwapsService } from './swaps.service';
import { UnavailabilityService } from './unavailability.service';

const ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '记录不存在或不在您的管辖范围内' }) });

/** 替班/换班 requests and their approval; declared unavailability before a roster is drawn up. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty')
export class SwapsController {
  constructor(
    private readonly swaps: SwapsService,
    private readonly unavailability: UnavailabilityService,
  ) {}

  @Get('swaps')
  @Allow('duty')
  list(@Query() query: SwapsQuery, @CurrentUser() user: CurrentUserDto): Promise<DutySwapView[]> {
    return this.swaps.list(query.status, user);
  }

  @Post('swaps')
  @Idempotent()
  @Allow('duty')
  request(@Body() dto: RequestDutySwapDto, @CurrentUser() user: CurrentUserDto): Promise<DutySwapView> {
    return this.swaps.request(dto, user);
  }

  @Post('swaps/:id/decision')
  @HttpCode(200)
  @Allow('rosterManagement')
  decide(@Param('id', ID) id: string, @Body() dto: DecideDutySwapDto, @CurrentUser() user: CurrentUserDto): Promise<DutySwapView> {
    return this.swaps.decide(id, dto, user);
  }

  @Get('unavailability')
  @Allow('duty')
  unavailable(@Query() query: UnitQuery, @CurrentUser() user: CurrentUserDto): Promise<DutyUnavailabilityView[]> {
    return this.unavailability.list(query.unitId, user);
  }

  @Post('unavailability')
  @Idempotent()
  @Allow('duty')
  declare(@Body() dto: DeclareUnavailabilityDto, @CurrentUser() user: CurrentUserDto): Promise<DutyUnavailabilityView> {
    return this.unavailability.declare(dto, user);
  }

  @Delete('unavailability/:id')
  @HttpCode(204)
  @Allow('duty')
  withdraw(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<void> {
    return this.unavailability.remove(id, user);
  }
}
