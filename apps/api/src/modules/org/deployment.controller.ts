import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DeploymentNames } from '@julu/contracts';
import { Public } from '../../core/http/public.decorator';
import { OrgUnitsService } from './org-units.service';

/** The names of the county and bureau this deployment serves: what the login page and titles show. */
@ApiTags('org')
@Public()
@Controller('public/deployment')
export class DeploymentController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @ApiOkResponse({ description: 'The county and bureau names from the org tree (null before it has them).' })
  names(): Promise<DeploymentNames> {
    return this.orgUnits.deploymentNames();
  }
}
