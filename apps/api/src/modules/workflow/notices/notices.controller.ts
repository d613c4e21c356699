import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type NoticeView } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { Idempotent } from '../../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { RecordDeliveryDto } from '../dto/record-delivery.dto';
import { NoticesService } from './notices.service';

const NOTICE_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '告知书不存在或不在您的管辖范围内' }) });

/** 告知书/意见书: read (for printing) by whoever reaches the case; delivery recorded by the deciding side. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get(':id')
  @Allow('signedIn')
  get(@Param('id', NOTICE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<NoticeView> {
    return this.notices.get(id, user);
  }

  @Post(':id/delivery')
  @Idempotent()
  // Administrators administer: recording a delivery (which starts the petitioner's window) is the organs' act.
  @Allow('caseWork')
  deliver(@Param('id', NOTICE_ID) id: string, @Body() dto: RecordDeliveryDto, @CurrentUser() user: CurrentUserDto): Promise<NoticeView> {
    return this.notices.deliver(id, dto, user);
  }
}
