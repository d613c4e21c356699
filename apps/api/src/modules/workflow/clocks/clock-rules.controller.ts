import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ClockRule } from '@julu/contracts';
import { Allow } from '../../../core/http/access.decorator';
import { UpdateClockRuleDto } from '../dto/update-clock-rule.dto';
import { ClockRulesService } from './clock-rules.service';

/** 法定期限规则 D1–D9: everyone reads; administrators adapt a limit to their province. */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('clock-rules')
export class ClockRulesController {
  constructor(private readonly rules: ClockRulesService) {}

  @Get()
  @Allow('signedIn')
  list(): Promise<ClockRule[]> {
    return this.rules.list();
  }

  @Put(':code')
  @Allow('administration')
  update(@Param('code') code: string, @Body() dto: UpdateClockRuleDto): Promise<ClockRule> {
    return this.rules.update(code, dto);
  }
}
