import { Module } from '@nestjs/common';
import { IdentityNumberController } from './identity-number.controller';
import { IdentityNumberService } from './identity-number.service';

/** Petitioners, cases and visits. So far: the resident-ID check used by the intake forms. */
@Module({ controllers: [IdentityNumberController], providers: [IdentityNumberService] })
export class PetitionsModule {}
