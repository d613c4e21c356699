import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, UserListResponse, UserSummary } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

/** A malformed id is a 404 like any id that names no account. */
const USER_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'NOT_FOUND', message: '账号不存在' }) });

/** User administration (账号管理): administrators only. */
@ApiTags('users')
@ApiBearerAuth()
@Allow('administration')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery): Promise<UserListResponse> {
    return this.users.list(query.after, query.limit);
  }

  @Post()
  create(@Body() dto: CreateUserDto): Promise<UserSummary> {
    return this.users.create(dto);
  }

  @Patch(':id')
  update(@Param('id', USER_ID) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: CurrentUserDto): Promise<UserSummary> {
    return this.users.update(id, dto, actor);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@Param('id', USER_ID) id: string, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(id, dto.newPassword);
  }
}
