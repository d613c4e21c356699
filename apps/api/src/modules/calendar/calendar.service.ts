import { Injectable } from '@nestjs/common';
import type { CurrentUser, HolidayYearView } from '@julu/contracts';
import { HolidayCalendar, type HolidayYear, OFFICIAL_HOLIDAYS } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { OutboxService } from '../../core/outbox/outbox.service';
import { conflict, invalidField, notFound } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import type { HolidayYearDto } from './dto/holiday-year.dto';
import { HolidayYearEntity } from './entities/holiday-year.entity';
import { checkHolidayYear } from './holiday-year.rules';

/** Years past the last published one that are counted provisionally (weekends only) until added. */
const PROVISIONAL_YEARS_AHEAD = 3;

/** The calendar the clocks count on, and which of its years are provisional. */
export interface StatutoryCalendar {
  calendar: HolidayCalendar;
  provisionalYears: ReadonlySet<number>;
}

interface HolidayYearRow {
  year: number;
  notice: string;
  holidays: HolidayYear['holidays'];
  workdays: string[];
}

/**
 * 法定节假日 and 调休 (the `calendar` module): the years shipped in the repository
 * (libs/domain official-holidays.data.ts, each with its notice) plus the years administrators add
 * when the State Council publishes them. A year not yet published is counted provisionally
 * (weekends off, no festivals) so a deadline reaching into it is still computed, flagged and
 * recomputed when the year is added.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async years(manager?: EntityManager): Promise<HolidayYearView[]> {
    const rows: HolidayYearRow[] = await (manager ?? this.dataSource).query('SELECT year, notice, holidays, workdays FROM holiday_year ORDER BY year');
    const stored = new Map(rows.map((r) => [r.year, r]));
    // A stored row for a built-in year is an administrator's correction: it overrides the shipped data.
    const builtIn = OFFICIAL_HOLIDAYS.map((y): HolidayYearView => {
      const corrected = stored.get(y.year);
      return corrected
        ? { year: y.year, notice: corrected.notice, holidays: corrected.holidays, workdays: corrected.workdays, source: 'CORRECTED' }
        : { year: y.year, notice: y.notice, holidays: [...y.holidays], workdays: [...y.workdays], source: 'BUILT_IN' };
    });
    const added = rows
      .filter((r) => !OFFICIAL_HOLIDAYS.some((y) => y.year === r.year))
      .map((r): HolidayYearView => ({ year: r.year, notice: r.notice, holidays: r.holidays, workdays: r.workdays, source: 'ADDED' }));
    return [...builtIn, ...added].sort((a, b) => a.year - b.year);
  }

  async statutoryCalendar(manager?: EntityManager): Promise<StatutoryCalendar> {
    const years = await this.years(manager);
    const last = Math.max(...years.map((y) => y.year));
    const provisional: HolidayYear[] = [];
    for (let year = last + 1; year <= last + PROVISIONAL_YEARS_AHEAD; year++) {
      provisional.push({ year, notice: '尚未发布', holidays: [], workdays: [] });
    }
    return { calendar: new HolidayCalendar([...years, ...provisional]), provisionalYears: new Set(provisional.map((y) => y.year)) };
  }

  /** Adds a year published by the State Council; running clocks counted provisionally are then recomputed. */
  async addYear(dto: HolidayYearDto, user: CurrentUser): Promise<HolidayYearView> {
    const problem = checkHolidayYear(dto);
    if (problem) throw invalidField(problem.field, problem.message);
    return this.transactions.run(async (m) => {
      const existing = await this.years(m);
      if (existing.some((y) => y.year === dto.year)) throw conflict(`${dto.year}年的放假安排已存在`);
      await insertRow(m, HolidayYearEntity, { year: dto.year, notice: dto.notice.trim(), holidays: dto.holidays, workdays: dto.workdays, createdBy: user.id });
      await this.audit.record(m, {
        action: 'calendar.add-year',
        entityType: 'holiday_year',
        entityId: String(dto.year),
        changes: { year: { after: dto.year }, notice: { after: dto.notice } },
      });
      await this.outbox.record(m, { eventType: 'calendar.year-added', aggregateType: 'holiday_year', aggregateId: String(dto.year), payload: { year: dto.year } });
      return { year: dto.year, notice: dto.notice.trim(), holidays: dto.holidays, workdays: dto.workdays, source: 'ADDED' };
    });
  }

  /**
   * Corrects a year (built-in or added): the stored row replaces the shipped data, the change is
   * audited with both versions, and running clocks counted on that year are recomputed by the worker.
   */
  async correctYear(year: number, dto: HolidayYearDto, user: CurrentUser): Promise<HolidayYearView> {
    if (dto.year !== year) throw invalidField('year', `请求体中的年份（${dto.year}）与地址中的年份（${year}）不一致`);
    const problem = checkHolidayYear(dto);
    if (problem) throw invalidField(problem.field, problem.message);
    return this.transactions.run(async (m) => {
      const before = (await this.years(m)).find((y) => y.year === year);
      if (!before) throw notFound(`${year}年的放假安排尚未录入，请先录入（POST /api/calendar/years）`);
      const notice = dto.notice.trim();
      await m.query(
        `INSERT INTO holiday_year (year, notice, holidays, workdays, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (year) DO UPDATE SET notice = EXCLUDED.notice, holidays = EXCLUDED.holidays, workdays = EXCLUDED.workdays, created_by = EXCLUDED.created_by, created_at = now()`,
        [year, notice, JSON.stringify(dto.holidays), JSON.stringify(dto.workdays), user.id],
      );
      const after = { notice, holidays: dto.holidays, workdays: dto.workdays };
      await this.audit.record(m, {
        action: 'calendar.correct-year',
        entityType: 'holiday_year',
        entityId: String(year),
        changes: {
          notice: { before: before.notice, after: notice },
          holidays: { before: before.holidays, after: after.holidays },
          workdays: { before: before.workdays, after: after.workdays },
        },
      });
      await this.outbox.record(m, { eventType: 'calendar.year-corrected', aggregateType: 'holiday_year', aggregateId: String(year), payload: { year } });
      return { year, ...after, source: before.source === 'ADDED' ? 'ADDED' : 'CORRECTED' };
    });
  }
}
