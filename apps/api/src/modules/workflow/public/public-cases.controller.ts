import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicCaseView } from '@julu/contracts';
import { runAsSystem } from '../../../core/database/row-security';
import { Public } from '../../../core/http/public.decorator';
import { PublicEvaluationDto, PublicLookupDto } from '../dto/evaluation.dto';
import { PublicCasesService } from './public-cases.service';

/**
 * 信访事项查询评价: the petitioner's own case by query code, without an account. No one is signed
 * in, so the service reads past the row policies (runAsSystem); the query code and last four
 * characters are its authorisation.
 */
@ApiTags('public')
@Controller('public/cases')
export class PublicCasesController {
  constructor(private readonly cases: PublicCasesService) {}

  @Post('lookup')
  @HttpCode(200)
  @Public()
  lookup(@Body() dto: PublicLookupDto, @Ip() ip: string): Promise<PublicCaseView> {
    return runAsSystem(() => this.cases.lookup(dto, ip));
  }

  @Post('evaluation')
  @HttpCode(200)
  @Public()
  evaluate(@Body() dto: PublicEvaluationDto, @Ip() ip: string): Promise<PublicCaseView> {
    return runAsSystem(() => this.cases.evaluate(dto, ip));
  }
}
