import { Module } from '@nestjs/common';
import { OrgUnitsController } from './org-units.controller';
import { OrgUnitsService } from './org-units.service';

/** The county's organisation tree. */
@Module({ controllers: [OrgUnitsController], providers: [OrgUnitsService], exports: [OrgUnitsService] })
export class OrgModule {}
