import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type DutySubsidyRateView, type DutySubsidySheetView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { CreateDutySubsidySheetDto, DutySubsidyRateDto } from '../dto/subsidy.dto';
import { SubsidiesService } from './subsidies.service';

const SHEET_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '补助发放表不存在或不在您的管辖范围内' }) });

/** 值班补助: the rates in force, and payment sheets approved by a bureau leader. */
@ApiTags('duty')
@ApiBearerAuth()
@Controller('duty')
export class SubsidiesController {
  constructor(private readonly subsidies: SubsidiesService) {}

  @Get('subsidy-rates')
  @Allow('duty')
  rates(): Promise<DutySubsidyRateView[]> {
    return this.subsidies.rates();
  }

  @Post('subsidy-rates')
  @Allow('administration')
  addRate(@Body() dto: DutySubsidyRateDto, @CurrentUser() user: CurrentUserDto): Promise<DutySubsidyRateView[]> {
    return this.subsidies.addRate(dto, user);
  }

  @Get('subsidy-sheets')
  @Allow('rosterManagement')
  list(@CurrentUser() user: CurrentUserDto): Promise<DutySubsidySheetView[]> {
    return this.subsidies.list(user);
  }

  @Post('subsidy-sheets')
  @Idempotent()
  @Allow('rosterManagement')
  create(@Body() dto: CreateDutySubsidySheetDto, @CurrentUser() user: CurrentUserDto): Promise<DutySubsidySheetView> {
    return this.subsidies.create(dto, user);
  }

  @Get('subsidy-sheets/:id')
  @Allow('rosterManagement')
  get(@Param('id', SHEET_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutySubsidySheetView> {
    return this.subsidies.get(id, user);
  }

  /** 局领导 approve; the approval is booked by the budget module through `duty.subsidy-approved`. */
  @Post('subsidy-sheets/:id/approve')
  @HttpCode(200)
  @Allow('subsidyApproval')
  approve(@Param('id', SHEET_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<DutySubsidySheetView> {
    return this.subsidies.approve(id, user);
  }
}
