import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CaseDetail, type CaseListResponse, type CaseRegistration, type CaseSummary, type CurrentUser as CurrentUserDto } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { CaseQueriesService } from './case-queries.service';
import { CaseRegistrationService } from './case-registration.service';
import { CaseLookupDto } from './dto/case-lookup.dto';
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

  /** A picker's search, not a change: POST so that a petitioner's name travels in the body, never in a logged URL. */
  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({ summary: '按案件编号、信访人姓名或标题字词查找本人可见的信访事项（供选择器使用），至多 20 条；查找内容放在请求体中，不出现在网址里' })
  @ApiOkResponse({ description: '匹配的信访事项摘要，最新的在前' })
  @Allow('signedIn')
  lookup(@Body() dto: CaseLookupDto, @CurrentUser() user: CurrentUserDto): Promise<CaseSummary[]> {
    return this.queries.lookup(dto.text, user);
  }

  @Get(':id')
  @Allow('signedIn')
  get(@Param('id', CASE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<CaseDetail> {
    return this.queries.get(id, user);
  }
}
