import { Injectable } from '@nestjs/common';
import type { CaseWorkflowView, CurrentUser, NoticeKind } from '@julu/contracts';
import { chinaDate, permittedActions } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { ClocksService } from './clocks/clocks.service';
import { toClockView } from './clocks/clock.row';
import { caseEvaluations } from './evaluations/evaluation-status';
import { toNoticeView } from './notices/notice.row';
import { NoticesService } from './notices/notices.service';
import { type DeliveredNotices, loadWorkflowCase, workflowActor, workflowFacts } from './transitions/case-context';
import { CaseEventsService } from './transitions/case-events.service';

/** The workflow side of the case page: state, clocks, timeline, notices, evaluations, permitted actions. */
@Injectable()
export class CaseWorkflowQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clocks: ClocksService,
    private readonly notices: NoticesService,
    private readonly events: CaseEventsService,
  ) {}

  view(caseId: string, user: CurrentUser): Promise<CaseWorkflowView> {
    return this.dataSource.transaction('REPEATABLE READ', (m) => this.viewIn(m, caseId, user));
  }

  async viewIn(m: EntityManager, caseId: string, user: CurrentUser): Promise<CaseWorkflowView> {
    const now = new Date();
    const c = await loadWorkflowCase(m, caseId, user);
    const clocks = await this.clocks.forCase(m, caseId);
    const active = new Map(clocks.filter((k) => k.status !== 'STOPPED').map((k) => [k.code, k]));
    const notices = await this.notices.forCase(m, caseId);
    const delivered = await this.deliveredNotices(m, caseId);
    // While the petitioner's window is live, a request made in time may still arrive (transit grace):
    // offer the button; the transition checks the date the petitioner made it (Arts 35, 36).
    const window = active.get('D8') ?? active.get('D6');
    const today = chinaDate(now);
    const facts = window ? workflowFacts(c, active, delivered, today, window.started_on) : workflowFacts(c, active, delivered, today);
    const clockViews = clocks.map((k) => toClockView(k, now));
    return {
      caseId: c.id,
      caseNo: c.case_no,
      state: c.status,
      version: c.version,
      handlingUnitId: c.handling_unit_id,
      handlingUnitName: c.handling_unit_name,
      supervision: c.supervision_level ? { level: c.supervision_level, since: (c.supervision_since ?? now).toISOString(), note: c.supervision_note } : null,
      overdue: clockViews.some((k) => k.overdue && k.status !== 'STOPPED'),
      clocks: clockViews,
      events: await this.events.forCase(m, caseId),
      notices: notices.map(toNoticeView),
      evaluations: await caseEvaluations(m, caseId, this.config.EVALUATION_WINDOW_DAYS, now),
      permittedActions: permittedActions(facts, await workflowActor(m, c, user)),
    };
  }

  /** Whether the latest notice of each kind has been delivered. */
  async deliveredNotices(m: EntityManager, caseId: string): Promise<DeliveredNotices> {
    const rows: { kind: NoticeKind; delivered: boolean }[] = await m.query(
      `SELECT DISTINCT ON (kind) kind, delivered_at IS NOT NULL AS delivered FROM case_notice WHERE case_id = $1 ORDER BY kind, created_at DESC`,
      [caseId],
    );
    return new Map(rows.map((r) => [r.kind, r.delivered]));
  }
}
