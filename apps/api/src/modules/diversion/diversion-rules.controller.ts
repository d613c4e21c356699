import { Body, Controller, Get, Param, ParseBoolPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, DiversionRuleView } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { DiversionRulesService } from './diversion-rules.service';
import { DiversionRuleDto } from './dto/diversion-rule.dto';

/** 分流规则表: read by everyone who diverts, revised by administrators. */
@ApiTags('diversion')
@ApiBearerAuth()
@Controller('diversion/rules')
export class DiversionRulesController {
  constructor(private readonly rules: DiversionRulesService) {}

  @Get()
  @Allow('diversion')
  @ApiQuery({ name: 'history', required: false, type: Boolean })
  list(@Query('history', new ParseBoolPipe({ optional: true })) history?: boolean): Promise<DiversionRuleView[]> {
    return this.rules.list(history ?? false);
  }

  @Put(':code')
  @Allow('administration')
  revise(@Param('code') code: string, @Body() dto: DiversionRuleDto, @CurrentUser() user: CurrentUserDto): Promise<DiversionRuleView> {
    return this.rules.revise(code, dto, user);
  }
}
