import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditLogListResponse } from '@julu/contracts';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../core/http/download';
import { AuditLogSearchService } from './audit-log-search.service';
import { AuditLogFilterQuery, AuditLogListQuery } from './dto/audit-log.query';

/** 审计日志: search and export, for administrators and the bureau's supervisors. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow('audit')
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
    sendAsAttachment(res, XLSX, `审计日志-${stamp}.xlsx`, `audit-log-${stamp}.xlsx`);
    await this.search.exportXlsx({ ...query }, res);
  }
}
