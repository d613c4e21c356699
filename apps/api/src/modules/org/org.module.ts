import { Module } from '@nestjs/common';

/** The county's organisation tree. Administration screens arrive with the Identity issue. */
@Module({})
export class OrgModule {}
