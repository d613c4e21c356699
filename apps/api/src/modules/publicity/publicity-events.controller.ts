import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UploadedFile as UploadedFileParam, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, PublicityEventListResponse, PublicityEventView, PublicityPhotoView } from '@julu/contracts';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment } from '../../core/http/download';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CreatePublicityEventDto } from './dto/create-publicity-event.dto';
import { ListPublicityEventsQuery } from './dto/list-publicity-events.query';
import { eventNotFound, PublicityEventsService } from './publicity-events.service';
import { type UploadedPhoto, PublicityPhotosService } from './publicity-photos.service';

const ID = new ParseUUIDPipe({ exceptionFactory: eventNotFound });
/** Multer's own ceiling, only to bound memory; the service gives the real limit and message. */
const HARD_LIMIT_BYTES = 101 * 1024 * 1024;

/** 信访宣传活动 and their evidence photos. */
@ApiTags('publicity')
@ApiBearerAuth()
@Controller('publicity/events')
export class PublicityEventsController {
  constructor(
    private readonly events: PublicityEventsService,
    private readonly photos: PublicityPhotosService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('publicity')
  create(@Body() dto: CreatePublicityEventDto, @CurrentUser() user: CurrentUserDto): Promise<PublicityEventView> {
    return this.events.create(dto, user);
  }

  @Get()
  @Allow('publicity')
  list(@Query() query: ListPublicityEventsQuery, @CurrentUser() user: CurrentUserDto): Promise<PublicityEventListResponse> {
    return this.events.list(query, user);
  }

  @Get(':id')
  @Allow('publicity')
  get(@Param('id', ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<PublicityEventView> {
    return this.events.get(id, user);
  }

  @Post(':id/photos')
  @Allow('publicity')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: HARD_LIMIT_BYTES, files: 1, fields: 5 } }))
  upload(@Param('id', ID) id: string, @UploadedFileParam() file: UploadedPhoto | undefined, @CurrentUser() user: CurrentUserDto): Promise<PublicityPhotoView> {
    return this.photos.upload(id, file, user);
  }

  @Get(':id/photos/:photoId')
  @Allow('publicity')
  async photo(@Param('id', ID) id: string, @Param('photoId', ID) photoId: string, @CurrentUser() user: CurrentUserDto, @Res() res: Response): Promise<void> {
    const { view, stream } = await this.photos.open(id, photoId, user);
    sendAsAttachment(res, view.contentType, view.fileName, 'photo');
    await pipeline(stream, res);
  }
}
