import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { API_ERROR_CODES, type CurrentUser, type PublicityPhotoView } from '@julu/contracts';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { invalid, notFound } from '../../core/http/api-errors';
import { ensurePrivateDir, writePrivateFile } from '../../core/storage/private-files';
import { AuditService } from '../audit';
import { PublicityPhotoEntity } from './entities/publicity-photo.entity';
import { detectPhotoType, safePhotoName } from './photo-types';
import { type PhotoRow, toPhotoView } from './publicity-event.row';
import { PublicityEventsService } from './publicity-events.service';

export interface UploadedPhoto {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const PHOTO_SQL = 'SELECT id, event_id, file_name, content_type, size_bytes, uploaded_at FROM publicity_photo';

/**
 * 活动照片 (evidence of an event), stored like case attachments: files in ATTACHMENT_DIR named by
 * their row id (uuids never collide with the attachments'), written inside the transaction that
 * inserts the row and removed again if it fails.
 */
@Injectable()
export class PublicityPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly events: PublicityEventsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(eventId: string, file: UploadedPhoto | undefined, user: CurrentUser): Promise<PublicityPhotoView> {
    if (!file) throw invalid('请选择要上传的照片（表单字段 file）');
    if (file.size > this.config.ATTACHMENT_MAX_MB * 1024 * 1024) {
      throw new PayloadTooLargeException({ code: API_ERROR_CODES.PAYLOAD_TOO_LARGE, message: `照片超过 ${this.config.ATTACHMENT_MAX_MB} MB，请压缩后再上传` });
    }
    const fileName = safePhotoName(Buffer.from(file.originalname, 'latin1').toString('utf8'));
    const contentType = detectPhotoType(fileName, file.buffer.subarray(0, 16));
    if (!contentType) throw invalid('活动照片须为 JPG 或 PNG 图片');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    let written: string | null = null;
    try {
      return await this.transactions.run(async (m) => {
        await this.events.visible(m, eventId, user);
        const photo = await insertRow(m, PublicityPhotoEntity, { eventId, fileName, contentType, sizeBytes: file.size, sha256, uploadedBy: user.id }, [
          'id',
          'eventId',
          'fileName',
          'contentType',
          'sizeBytes',
          'uploadedAt',
        ]);
        const row: PhotoRow = {
          id: photo.id,
          event_id: photo.eventId,
          file_name: photo.fileName,
          content_type: photo.contentType,
          size_bytes: photo.sizeBytes,
          uploaded_at: photo.uploadedAt,
        };
        await this.audit.record(m, { action: 'publicity.photo.upload', entityType: 'publicity_event', entityId: eventId, changes: { photo: { after: fileName } } });
        await ensurePrivateDir(this.config.ATTACHMENT_DIR);
        written = join(this.config.ATTACHMENT_DIR, row.id);
        await writePrivateFile(written, file.buffer);
        return toPhotoView(row);
      });
    } catch (error) {
      if (written) await rm(written, { force: true });
      throw error;
    }
  }

  async open(eventId: string, photoId: string, user: CurrentUser): Promise<{ view: PublicityPhotoView; stream: Readable }> {
    await this.events.visible(this.dataSource.manager, eventId, user);
    const rows: PhotoRow[] = await this.dataSource.query(`${PHOTO_SQL} WHERE id = $1 AND event_id = $2`, [photoId, eventId]);
    if (!rows[0]) throw notFound('照片不存在');
    return { view: toPhotoView(rows[0]), stream: createReadStream(join(this.config.ATTACHMENT_DIR, photoId)) };
  }
}
