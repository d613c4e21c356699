import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The append-only audit log. Global: every domain module records its writes here. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
