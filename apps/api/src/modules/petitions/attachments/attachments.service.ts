import { BadRequestException, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { API_ERROR_CODES, type AttachmentView, type CurrentUser } from '@julu/contracts';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { AuditService } from '../../audit';
import { caseNotFound } from '../cases/case-queries.service';
import { caseCondition } from '../cases/case-scope';
import { CaseAttachmentEntity } from '../entities/case-attachment.entity';
import { ensurePrivateDir, writePrivateFile } from '../../../core/storage/private-files';
import { ACCEPTED_EXTENSIONS, detectAttachmentType, safeFileName } from './attachment-types';

/** The part of an uploaded multipart file this service needs. */
export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

interface AttachmentRow {
  id: string;
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by_name: string;
  uploaded_at: Date;
}

const toView = (r: AttachmentRow): AttachmentView => ({
  id: r.id,
  caseId: r.case_id,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  uploadedByName: r.uploaded_by_name,
  uploadedAt: r.uploaded_at.toISOString(),
});

const ATTACHMENT_SQL = `
  SELECT a.id, a.case_id, a.file_name, a.content_type, a.size_bytes, u.display_name AS uploaded_by_name, a.uploaded_at
  FROM case_attachment a JOIN app_user u ON u.id = a.uploaded_by`;

/**
 * Case attachments, stored as files outside the database (ATTACHMENT_DIR, named by id). A file is
 * checked before anything is written: size, and that its name and first bytes agree on an accepted
 * type. The file is written inside the transaction that inserts its row and removed again if that
 * transaction fails, so a refused or failed upload leaves nothing behind.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(caseId: string, file: UploadedFile | undefined, user: CurrentUser): Promise<AttachmentView> {
    if (!file) throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: '请选择要上传的文件（表单字段 file）' });
    const maxBytes = this.config.ATTACHMENT_MAX_MB * 1024 * 1024;
    if (file.size > maxBytes) {
      throw new PayloadTooLargeException({ code: API_ERROR_CODES.PAYLOAD_TOO_LARGE, message: `文件超过 ${this.config.ATTACHMENT_MAX_MB} MB，请压缩或拆分后再上传` });
    }
    const fileName = safeFileName(Buffer.from(file.originalname, 'latin1').toString('utf8'));
    const contentType = detectAttachmentType(fileName, file.buffer.subarray(0, 16));
    if (!contentType || file.size === 0) {
      throw new BadRequestException({
        code: API_ERROR_CODES.VALIDATION_FAILED,
        message: `不支持的文件类型或文件内容与扩展名不符；可上传 ${ACCEPTED_EXTENSIONS.join('、')} 文件`,
      });
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    let written: string | null = null;
    try {
      return await this.transactions.run(async (m) => {
        await this.visibleCase(m, caseId, user);
        const row = await insertRow(m, CaseAttachmentEntity, { caseId, fileName, contentType, sizeBytes: file.size, sha256, uploadedBy: user.id }, ['id']);
        await this.audit.record(m, {
          action: 'attachment.upload',
          entityType: 'petition_case',
          entityId: caseId,
          changes: { attachment: { after: `${fileName}（${file.size} 字节）` } },
        });
        await ensurePrivateDir(this.config.ATTACHMENT_DIR);
        written = this.path(row.id);
        await writePrivateFile(written, file.buffer);
        const [view]: AttachmentRow[] = await m.query(`${ATTACHMENT_SQL} WHERE a.id = $1`, [row.id]);
        return toView(view);
      });
    } catch (error) {
      if (written) await rm(written, { force: true });
      throw error;
    }
  }

  async list(caseId: string, user: CurrentUser): Promise<AttachmentView[]> {
    await this.visibleCase(this.dataSource.manager, caseId, user);
    const rows: AttachmentRow[] = await this.dataSource.query(`${ATTACHMENT_SQL} WHERE a.case_id = $1 ORDER BY a.uploaded_at`, [caseId]);
    return rows.map(toView);
  }

  /** The file, for anyone who may see the case; the download is audited (attachments hold personal data). */
  async open(caseId: string, attachmentId: string, user: CurrentUser): Promise<{ view: AttachmentView; stream: Readable }> {
    await this.visibleCase(this.dataSource.manager, caseId, user);
    const rows: AttachmentRow[] = await this.dataSource.query(`${ATTACHMENT_SQL} WHERE a.id = $1 AND a.case_id = $2`, [attachmentId, caseId]);
    if (!rows[0]) throw new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '附件不存在' });
    await this.audit.record(this.dataSource.manager, { action: 'attachment.download', entityType: 'petition_case', entityId: caseId, reason: rows[0].file_name });
    return { view: toView(rows[0]), stream: createReadStream(this.path(attachmentId)) };
  }

  private path(id: string): string {
    return join(this.config.ATTACHMENT_DIR, id);
  }

  private async visibleCase(m: EntityManager, caseId: string, user: CurrentUser): Promise<void> {
    const params: unknown[] = [caseId];
    const scope = caseCondition(territoryOf(user), params);
    const rows: unknown[] = await m.query(`SELECT 1 FROM petition_case c WHERE c.id = $1 AND ${scope}`, params);
    if (rows.length === 0) throw caseNotFound();
  }
}
