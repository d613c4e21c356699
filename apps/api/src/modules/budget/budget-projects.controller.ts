import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { GoalImportReport, BudgetProjectSummary, BudgetProjectView, BudgetSpendingView, CurrentUser as CurrentUserDto, GoalRowView } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { notFound } from '../../core/http/api-errors';
import { Idempotent } from '../../core/idempotency/idempotent.decorator';
import { CurrentUser } from '../../core/http/current-user.decorator';
import { BudgetProjectsService } from './budget-projects.service';
import { BudgetSpendingService } from './budget-spending.service';
import { PROJECT_NOT_FOUND } from './budget.rows';
import { BudgetYearQuery, CreateBudgetProjectDto, CreateBudgetSpendingDto, UpdateGoalRowDto } from './dto/budget-project.dto';
import { GoalImportService, type UploadedTable } from './goal-import.service';
import { GoalRowsService } from './goal-rows.service';

export const PROJECT_ID = new ParseUUIDPipe({ exceptionFactory: () => notFound(PROJECT_NOT_FOUND) });

/** 预算项目, their spending and the actuals of their 绩效目标表 rows. */
@ApiTags('budget')
@ApiBearerAuth()
@Controller('budget/projects')
@Allow('budget')
export class BudgetProjectsController {
  constructor(
    private readonly projects: BudgetProjectsService,
    private readonly spending: BudgetSpendingService,
    private readonly goalRows: GoalRowsService,
    private readonly goalImport: GoalImportService,
  ) {}

  @Get()
  list(@Query() query: BudgetYearQuery): Promise<BudgetProjectSummary[]> {
    return this.projects.list(query.year);
  }

  @Post()
  @Idempotent()
  create(@Body() dto: CreateBudgetProjectDto, @CurrentUser() user: CurrentUserDto): Promise<BudgetProjectView> {
    return this.projects.create(dto, user);
  }

  @Get(':id')
  get(@Param('id', PROJECT_ID) id: string): Promise<BudgetProjectView> {
    return this.projects.get(id);
  }

  @Get(':id/spending')
  spendingList(@Param('id', PROJECT_ID) id: string): Promise<BudgetSpendingView[]> {
    return this.spending.list(id);
  }

  @Post(':id/spending')
  @Idempotent()
  addSpending(@Param('id', PROJECT_ID) id: string, @Body() dto: CreateBudgetSpendingDto, @CurrentUser() user: CurrentUserDto): Promise<BudgetSpendingView> {
    return this.spending.create(id, dto, user);
  }

  @Put(':id/goal-rows/:rowId')
  updateRow(
    @Param('id', PROJECT_ID) id: string,
    @Param('rowId', PROJECT_ID) rowId: string,
    @Body() dto: UpdateGoalRowDto,
    @CurrentUser() user: CurrentUserDto,
  ): Promise<GoalRowView> {
    return this.goalRows.update(id, rowId, dto, user);
  }

  /** Replaces the project's goal rows with those of a 绩效目标表 (.xlsx); returns the row-by-row report. */
  @Post(':id/goal-table')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 6 * 1024 * 1024, files: 1, fields: 5 } }))
  importGoalTable(@Param('id', PROJECT_ID) id: string, @UploadedFile() file: UploadedTable | undefined, @CurrentUser() user: CurrentUserDto): Promise<GoalImportReport> {
    return this.goalImport.import(id, file, user);
  }
}
