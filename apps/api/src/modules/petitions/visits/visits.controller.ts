import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type VisitRegistration, type VisitView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { RegisterVisitDto } from './dto/register-visit.dto';
import { VisitsService } from './visits.service';

const CASE_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访事项不存在或不在您的管辖范围内' }) });

/** 来访接待登记: reception staff (and township officers for their township) log visits. */
@ApiTags('visits')
@ApiBearerAuth()
@Controller()
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Post('visits')
  @Idempotent()
  @Allow('intake')
  register(@Body() dto: RegisterVisitDto, @CurrentUser() user: CurrentUserDto): Promise<VisitRegistration> {
    return this.visits.register(dto, user);
  }

  @Get('cases/:id/visits')
  @Allow('signedIn')
  listForCase(@Param('id', CASE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<VisitView[]> {
    return this.visits.listForCase(id, user);
  }
}
