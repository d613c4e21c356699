import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditLogListResponse } from '@julu/contracts';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { AuditLogSearchService } from './audit-log-search.service';
import { AuditLogFilterQuery, AuditLogListQuery } from './dto/audit-log.query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 审计日志: search and export, for administrators and the bureau's supervisors. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow('ADMIN', 'SUPERVISOR')
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly search: AuditLogSearchService) {}

  @Get()
  list(@Query() query: AuditLogListQuery): Promise<AuditLogListResponse> {
    const { before, limit, ...filters } = query;
    return this.search.list(filters, before, limit);
  }

  @Get('export')
  @ApiProduces(XLSX)
  async export(@Query() query: AuditLogFilterQuery, @Res() res: Response): Promise<void> {
    const stamp = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="audit-log-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`审计日志-${stamp}.xlsx`)}`);
    await this.search.exportXlsx({ ...query }, res);
  }
}
