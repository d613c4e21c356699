import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CurrentUser as CurrentUserDto, type NotificationList, type SupervisionRow, type WorkInbox } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { CurrentUser } from '../../../core/http/current-user.decorator';
import { SupervisionQuery } from '../dto/supervision.query';
import { NotificationsService } from './notifications.service';
import { WorkQueriesService } from './work-queries.service';

const NOTIFICATION_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '通知不存在' }) });

/** 我的工作, the supervision list and the notification inbox. */
@ApiTags('work')
@ApiBearerAuth()
@Controller()
export class WorkController {
  constructor(
    private readonly work: WorkQueriesService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get('work/inbox')
  @Allow('caseWork')
  inbox(@CurrentUser() user: CurrentUserDto): Promise<WorkInbox> {
    return this.work.inbox(user);
  }

  @Get('work/supervision')
  @Allow('supervision')
  supervision(@Query() query: SupervisionQuery, @CurrentUser() user: CurrentUserDto): Promise<{ items: SupervisionRow[] }> {
    return this.work.supervision(user, query);
  }

  @Get('notifications')
  @Allow('signedIn')
  notificationList(@CurrentUser() user: CurrentUserDto): Promise<NotificationList> {
    return this.notifications.list(user);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @Allow('signedIn')
  readAll(@CurrentUser() user: CurrentUserDto): Promise<NotificationList> {
    return this.notifications.markAllRead(user);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @Allow('signedIn')
  read(@Param('id', NOTIFICATION_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<NotificationList> {
    return this.notifications.markRead(id, user);
  }
}
