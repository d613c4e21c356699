import { Module } from '@nestjs/common';
import { DeploymentController } from './deployment.controller';
import { OrgAdminService } from './org-admin.service';
import { OrgUnitsController } from './org-units.controller';
import { OrgUnitsService } from './org-units.service';

/** The county's organisation tree. */
@Module({ controllers: [OrgUnitsController, DeploymentController], providers: [OrgUnitsService, OrgAdminService], exports: [OrgUnitsService] })
export class OrgModule {}
