import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type PetitionerView, type RevealResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CreatePetitionerDto } from './dto/create-petitioner.dto';
import { FindPetitionersDto } from './dto/find-petitioners.dto';
import { RevealDto } from './dto/reveal.dto';
import { PetitionersService } from './petitioners.service';

const PETITIONER_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访人不存在或不在您的管辖范围内' }) });

/**
 * 信访人. Reception and township officers register and look up petitioners (officers within their
 * township); supervisors and administrators read county-wide. Handlers see petitioners only through
 * the cases assigned to their unit (cases come with the intake work), so not here.
 */
@ApiTags('petitioners')
@ApiBearerAuth()
@Controller('petitioners')
export class PetitionersController {
  constructor(private readonly petitioners: PetitionersService) {}

  @Post()
  @Idempotent()
  @Allow('intake')
  create(@Body() dto: CreatePetitionerDto, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView> {
    return this.petitioners.create(dto, user);
  }

  /** A lookup, not a change: POST only so that ID and phone numbers travel in the body, never in a logged URL. */
  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({ summary: '按完整证件号码、电话号码或姓名（村内）精确查找信访人；查找条件放在请求体中，不出现在网址里' })
  @ApiOkResponse({ description: '匹配的信访人（已脱敏），至多 20 条' })
  @Allow('petitioners')
  find(@Body() dto: FindPetitionersDto, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView[]> {
    return this.petitioners.find(dto, user);
  }

  @Get(':id')
  @Allow('petitioners')
  get(@Param('id', PETITIONER_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView> {
    return this.petitioners.get(id, user);
  }

  /** Shows one full value (ID number, phone, address) for a stated reason; writes an audit row. */
  @Post(':id/reveal')
  @HttpCode(200)
  @Allow('petitioners')
  reveal(@Param('id', PETITIONER_ID) id: string, @Body() dto: RevealDto, @CurrentUser() user: CurrentUserDto): Promise<RevealResponse> {
    return this.petitioners.reveal(id, dto.field, dto.reason, user);
  }
}
