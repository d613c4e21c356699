import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { type CurrentUser as CurrentUserDto, type LoginResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Public } from '../../core/http/public.decorator';
import { AuthService } from './auth.service';
import { CurrentSessionId, CurrentUser } from '../../core/http/current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiTooManyRequestsResponse({
    description: 'Too many failed logins from this address (for this username or across usernames), or for this username from everywhere: wait Retry-After seconds.',
  })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResponse> {
    return this.auth.login(dto.username, dto.password, ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshTokenDto): Promise<LoginResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() dto: RefreshTokenDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Allow('signedIn')
  @Get('me')
  me(@CurrentUser() user: CurrentUserDto): CurrentUserDto {
    return user;
  }

  @ApiBearerAuth()
  @Allow('signedIn')
  @Put('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: CurrentUserDto, @CurrentSessionId() sessionId: string, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, sessionId, dto.currentPassword, dto.newPassword);
  }
}
