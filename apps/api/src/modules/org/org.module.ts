import { Module } from '@nestjs/common';
import { OrgAdminService } from './org-admin.service';
import { OrgUnitsController } from './org-units.controller';
import { OrgUnitsService } from './org-units.service';

/** The county's organisation tree. */
@Module({ controllers: [OrgUnitsController], providers: [OrgUnitsService, OrgAdminService], exports: [OrgUnitsService] })
export class OrgModule {}
