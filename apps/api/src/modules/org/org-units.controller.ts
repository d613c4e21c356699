import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type OrgUnitSummary, ROLES } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { OrgUnitsService } from './org-units.service';

/** The county's units (no personal data): every signed-in role may read them. */
@ApiTags('org')
@ApiBearerAuth()
@Allow(...ROLES)
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  list(): Promise<OrgUnitSummary[]> {
    return this.orgUnits.listAdministrative();
  }
}
