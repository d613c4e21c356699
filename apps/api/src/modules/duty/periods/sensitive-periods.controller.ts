import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type DefaultPeriodsResult, type SensitivePeriodView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { DefaultPeriodsDto, PeriodsQuery, SensitivePeriodDto } from '../dto/sensitive-period.dto';
import { SensitivePeriodsService } from './sensitive-periods.service';

const PERIOD_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '敏感节点不存在' }) });

/** 敏感节点: everyone reads; administrators define and adjust them. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty/periods')
export class SensitivePeriodsController {
  constructor(private readonly periods: SensitivePeriodsService) {}

  @Get()
  @Allow('signedIn')
  list(@Query() query: PeriodsQuery): Promise<SensitivePeriodView[]> {
    return this.periods.list(query.year);
  }

  @Post()
  @Allow('administration')
  create(@Body() dto: SensitivePeriodDto): Promise<SensitivePeriodView> {
    return this.periods.create(dto);
  }

  @Post('defaults')
  @Allow('administration')
  addDefaults(@Body() dto: DefaultPeriodsDto): Promise<DefaultPeriodsResult> {
    return this.periods.addDefaults(dto.year);
  }

  @Put(':id')
  @Allow('administration')
  update(@Param('id', PERIOD_ID) id: string, @Body() dto: SensitivePeriodDto): Promise<SensitivePeriodView> {
    return this.periods.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('administration')
  remove(@Param('id', PERIOD_ID) id: string): Promise<void> {
    return this.periods.remove(id);
  }
}
