import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type OrgUnitDetail, type OrgUnitResolution } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CreateOrgUnitDto } from './dto/create-org-unit.dto';
import { ListOrgUnitsQuery } from './dto/list-org-units.query';
import { ResolveOrgUnitQuery } from './dto/resolve-org-unit.query';
import { UpdateOrgUnitDto } from './dto/update-org-unit.dto';
import { OrgAdminService } from './org-admin.service';
import { OrgUnitsService } from './org-units.service';

const UNIT_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '单位不存在' }) });

/** The county's units (no personal data): every signed-in role reads them; administrators change them. */
@ApiTags('org')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(
    private readonly orgUnits: OrgUnitsService,
    private readonly admin: OrgAdminService,
  ) {}

  @Get()
  @Allow('signedIn')
  list(@Query() query: ListOrgUnitsQuery): Promise<OrgUnitDetail[]> {
    return this.orgUnits.list(query);
  }

  /** Current or former name → unit(s), so records written under an old name still resolve. */
  @Get('resolve')
  @Allow('signedIn')
  resolve(@Query() query: ResolveOrgUnitQuery): Promise<OrgUnitResolution[]> {
    return this.orgUnits.resolve(query.name, query.townshipId);
  }

  @Get(':id')
  @Allow('signedIn')
  get(@Param('id', UNIT_ID) id: string): Promise<OrgUnitDetail> {
    return this.orgUnits.get(id);
  }

  @Post()
  @Allow('administration')
  create(@Body() dto: CreateOrgUnitDto): Promise<OrgUnitDetail> {
    return this.admin.create(dto);
  }

  @Patch(':id')
  @Allow('administration')
  update(@Param('id', UNIT_ID) id: string, @Body() dto: UpdateOrgUnitDto): Promise<OrgUnitDetail> {
    return this.admin.update(id, dto);
  }
}
