import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { BudgetMonitoringView, CurrentUser as CurrentUserDto, SelfEvaluationView } from '@julu/contracts';
import type { Response } from 'express';
import { Allow } from '../../core/http/access.decorator';
import { sendAsAttachment, XLSX } from '../../core/http/download';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { PROJECT_ID } from './budget-projects.controller';
import { BudgetMonitoringService } from './budget-monitoring.service';
import { CreateBudgetMonitoringDto, SaveSelfEvaluationDto } from './dto/budget-evaluation.dto';
import { SelfEvaluationService } from './self-evaluation.service';

/** 绩效运行监控 and 绩效自评 of a budget project (DOMAIN.md §6.4–6.5). */
@ApiTags('budget')
@ApiBearerAuth()
@Controller('budget/projects/:id')
@Allow('budget')
export class BudgetEvaluationController {
  constructor(
    private readonly monitoring: BudgetMonitoringService,
    private readonly evaluation: SelfEvaluationService,
  ) {}

  /** The project's monitoring records, newest first. */
  @Get('monitoring')
  monitoringList(@Param('id', PROJECT_ID) id: string): Promise<BudgetMonitoringView[]> {
    return this.monitoring.list(id);
  }

  @Post('monitoring')
  addMonitoring(@Param('id', PROJECT_ID) id: string, @Body() dto: CreateBudgetMonitoringDto, @CurrentUser() user: CurrentUserDto): Promise<BudgetMonitoringView> {
    return this.monitoring.create(id, dto, user);
  }

  /** The saved self-evaluation, or a draft scored from the scorecard as it stands. */
  @Get('self-evaluation')
  selfEvaluation(@Param('id', PROJECT_ID) id: string): Promise<SelfEvaluationView> {
    return this.evaluation.get(id);
  }

  @Put('self-evaluation')
  saveSelfEvaluation(@Param('id', PROJECT_ID) id: string, @Body() dto: SaveSelfEvaluationDto, @CurrentUser() user: CurrentUserDto): Promise<SelfEvaluationView> {
    return this.evaluation.save(id, dto, user);
  }

  /** The 项目支出绩效自评表 (.xlsx) of the saved evaluation, or of the draft while none is saved. */
  @Get('self-evaluation/export')
  @ApiProduces(XLSX)
  async exportSelfEvaluation(@Param('id', PROJECT_ID) id: string, @Res() res: Response): Promise<void> {
    const { fileName, content } = await this.evaluation.export(id);
    sendAsAttachment(res, XLSX, fileName, 'self-evaluation.xlsx');
    res.end(content);
  }
}
