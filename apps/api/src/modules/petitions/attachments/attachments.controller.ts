import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res, UploadedFile as UploadedFileParam, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type AttachmentView, type CurrentUser as CurrentUserDto } from '@julu/contracts';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow } from '../../../core/http/access.decorator';
import { sendAsAttachment } from '../../../core/http/download';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { AttachmentsService, type UploadedFile } from './attachments.service';

const ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访事项或附件不存在' }) });
/** Multer's own ceiling, above any ATTACHMENT_MAX_MB, only to bound memory; the service gives the real limit and message. */
const HARD_LIMIT_BYTES = 101 * 1024 * 1024;

/** 附件: scanned letters, photos and documents of a case. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Allow('intake')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: HARD_LIMIT_BYTES, files: 1, fields: 5 } }))
  upload(@Param('id', ID) id: string, @UploadedFileParam() file: UploadedFile | undefined, @CurrentUser() user: CurrentUserDto): Promise<AttachmentView> {
    return this.attachments.upload(id, file, user);
  }

  @Get()
  @Allow('signedIn')
  list(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<AttachmentView[]> {
    return this.attachments.list(id, user);
  }

  @Get(':attachmentId')
  @Allow('signedIn')
  async download(@Param('id', ID) id: string, @Param('attachmentId', ID) attachmentId: string, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    const { view, stream } = await this.attachments.open(id, attachmentId, user);
    sendAsAttachment(res, view.contentType, view.fileName, 'attachment');
    await pipeline(stream, res);
  }
}
