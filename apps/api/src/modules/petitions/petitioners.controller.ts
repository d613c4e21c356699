import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type PetitionerView, type RevealResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../identity/current-user.decorator';
import { CreatePetitionerDto } from './dto/create-petitioner.dto';
import { FindPetitionersDto } from './dto/find-petitioners.query';
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
  @Allow('RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN')
  create(@Body() dto: CreatePetitionerDto, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView> {
    return this.petitioners.create(dto, user);
  }

  @Get()
  @Allow('RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN')
  find(@Query() query: FindPetitionersDto, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView[]> {
    return this.petitioners.find(query, user);
  }

  @Get(':id')
  @Allow('RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN')
  get(@Param('id', PETITIONER_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<PetitionerView> {
    return this.petitioners.get(id, user);
  }

  /** Shows one full value (ID number, phone, address) for a stated reason; writes an audit row. */
  @Post(':id/reveal')
  @HttpCode(200)
  @Allow('RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN')
  reveal(@Param('id', PETITIONER_ID) id: string, @Body() dto: RevealDto, @CurrentUser() user: CurrentUserDto): Promise<RevealResponse> {
    return this.petitioners.reveal(id, dto.field, dto.reason, user);
  }
}
