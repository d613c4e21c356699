import { Global, Module } from '@nestjs/common';
import { AuditLogSearchService } from './audit-log-search.service';
import { AuditLogsController } from './audit-logs.controller';
import { AuditService } from './audit.service';

/** The append-only audit log. Global: every domain module records its writes here. */
@Global()
@Module({ controllers: [AuditLogsController], providers: [AuditService, AuditLogSearchService], exports: [AuditService] })
export class AuditModule {}
