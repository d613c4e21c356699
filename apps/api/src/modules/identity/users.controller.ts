import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UserListResponse, UserSummary } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UsersService } from './users.service';

/** User administration (账号管理): administrators only. */
@ApiTags('users')
@ApiBearerAuth()
@Allow('ADMIN')
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
}
