import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { API_ERROR_CODES, type CaseWorkflowView, type CurrentUser as CurrentUserDto } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { CaseWorkflowQueries } from './case-workflow.queries';
import { CaseTransitionDto } from './dto/case-transition.dto';
import { RecordEvaluationDto } from './dto/evaluation.dto';
import { EvaluationsService } from './evaluations/evaluations.service';
import { CASE_NOT_FOUND } from './transitions/case-context';
import { TransitionsService } from './transitions/transitions.service';

const CASE_ID = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: CASE_NOT_FOUND }) });

/** A case's workflow: its view, its transitions (the table decides who may do what) and 回访 evaluations. */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('cases/:id')
export class WorkflowController {
  constructor(
    private readonly queries: CaseWorkflowQueries,
    private readonly transitions: TransitionsService,
    private readonly evaluations: EvaluationsService,
  ) {}

  @Get('workflow')
  @Allow('signedIn')
  view(@Param('id', CASE_ID) id: string, @CurrentUser() user: CurrentUserDto): Promise<CaseWorkflowView> {
    return this.queries.view(id, user);
  }

  @Post('transitions')
  @Idempotent()
  @Allow('signedIn')
  transition(@Param('id', CASE_ID) id: string, @Body() dto: CaseTransitionDto, @CurrentUser() user: CurrentUserDto): Promise<CaseWorkflowView> {
    return this.transitions.apply(id, dto, user);
  }

  @Post('evaluations')
  @Idempotent()
  @Allow('staffEvaluation')
  evaluate(@Param('id', CASE_ID) id: string, @Body() dto: RecordEvaluationDto, @CurrentUser() user: CurrentUserDto): Promise<CaseWorkflowView> {
    return this.evaluations.recordByStaff(id, dto, user);
  }
}
