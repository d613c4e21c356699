import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type ReturnEscortPage, type ReturnEscortView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { EscortsQuery, ReturnEscortDto } from '../dto/escort.dto';
import { EscortsService } from './escorts.service';

const ESCORT_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '劝返/接返记录不存在或不在您的管辖范围内' }) });

/** 劝返/接返 records. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty/escorts')
export class EscortsController {
  constructor(private readonly escorts: EscortsService) {}

  @Get()
  @Allow('duty')
  list(@Query() query: EscortsQuery, @CurrentUser() user: CurrentUserDto): Promise<ReturnEscortPage> {
    return this.escorts.list(query, user);
  }

  @Post()
  @Idempotent()
  @Allow('duty')
  create(@Body() dto: ReturnEscortDto, @CurrentUser() user: CurrentUserDto): Promise<ReturnEscortView> {
    return this.escorts.create(dto, user);
  }

  @Get(':id')
  @Allow('duty')
  get(@Param('id', ESCORT_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<ReturnEscortView> {
    return this.escorts.get(id, user);
  }

  @Put(':id')
  @Allow('duty')
  update(@Param('id', ESCORT_ID) id: string, @Body() dto: ReturnEscortDto, @CurrentUser() user: CurrentUserDto): Promise<ReturnEscortView> {
    return this.escorts.update(id, dto, user);
  }
}
