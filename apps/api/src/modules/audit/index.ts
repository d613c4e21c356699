export { AuditModule } from './audit.module';
export { AuditService, type AuditEntry } from './audit.service';
export { changedFields } from './changed-fields';
export { AuditLogEntity } from './entities/audit-log.entity';
