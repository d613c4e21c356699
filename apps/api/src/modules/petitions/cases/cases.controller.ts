import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CaseDetail, type CaseListResponse, type CaseRegistration, type CurrentUser as CurrentUserDto } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { CaseQueriesService } from './case-queries.service';
import { CaseRegistrationService } from './case-registration.service';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

const CASE_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访事项不存在或不在您的管辖范围内' }) });

/**
 * 信访事项. Reception and township officers (for their township) register cases; every role reads
 * the cases of its territory: the county, its township, or (handlers) the cases assigned to its unit.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly registration: CaseRegistrationService,
    private readonly queries: CaseQueriesService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('intake')
  register(@Body() dto: CreateCaseDto, @CurrentUser() user: CurrentUserDto): Promise<CaseRegistration> {
    return this.registration.register(dto, user);
  }

  @Get()
  @Allow('signedIn')
  list(@Query() query: ListCasesQuery, @CurrentUser() user: CurrentUserDto): Promise<CaseListResponse> {
    return this.queries.list(query, user);
  }

  @Get(':id')
  @Allow('signedIn')
  get(@Param('id', CASE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<CaseDetail> {
    return this.queries.get(id, user);
  }
}
