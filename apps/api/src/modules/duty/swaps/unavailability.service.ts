import { Injectable } from '@nestjs/common';
import type { CurrentUser, DeclareUnavailabilityRequest, DutyUnavailabilityView } from '@julu/contracts';
import { DataSource } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService } from '../../audit';
import { dutyUnit, dutyUnitCondition } from '../duty-units';
import { DutyUnavailabilityEntity } from '../entities/duty-unavailability.entity';

interface Row {
  id: string;
  unit_id: string;
  user_id: string;
  user_name: string;
  date_from: string;
  date_to: string;
  reason: string;
  created_at: Date;
}

const SELECT = `SELECT a.id, a.unit_id, a.user_id, u.display_name AS user_name, a.date_from::text AS date_from, a.date_to::text AS date_to, a.reason, a.created_at
  FROM duty_unavailability a JOIN app_user u ON u.id = a.user_id`;

const toView = (r: Row): DutyUnavailabilityView => ({
  id: r.id,
  unitId: r.unit_id,
  person: { id: r.user_id, name: r.user_name },
  from: r.date_from,
  to: r.date_to,
  reason: r.reason,
  createdAt: r.created_at.toISOString(),
});

/** Declared unavailability (请假、出差): the roster generator leaves these people out on those days. */
@Injectable()
export class UnavailabilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async list(unitId: string, user: CurrentUser): Promise<DutyUnavailabilityView[]> {
    await dutyUnit(this.dataSource.manager, unitId, user);
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE a.unit_id = $1 ORDER BY a.date_from DESC, a.id LIMIT 500`, [unitId]);
    return rows.map(toView);
  }

  async declare(dto: DeclareUnavailabilityRequest, user: CurrentUser): Promise<DutyUnavailabilityView> {
    if (dto.from > dto.to) throw invalidField('to', '结束日期不能早于开始日期');
    return this.transactions.run(async (m) => {
      const personId = dto.userId ?? user.id;
      const [person]: { org_unit_id: string | null }[] = await m.query('SELECT org_unit_id FROM app_user WHERE id = $1 AND disabled_at IS NULL', [personId]);
      if (!person?.org_unit_id) throw invalidField('userId', '人员不存在或不属于任何值班单位');
      const unit = await dutyUnit(m, person.org_unit_id, user);
      const { id } = await insertRow(
        m,
        DutyUnavailabilityEntity,
        { unitId: unit.id, userId: personId, dateFrom: dto.from, dateTo: dto.to, reason: dto.reason.trim(), createdBy: user.id },
        ['id'],
      );
      await this.audit.record(m, {
        action: 'duty_unavailability.declare',
        entityType: 'duty_unavailability',
        entityId: id,
        changes: { from: { after: dto.from }, to: { after: dto.to } },
        reason: dto.reason.trim(),
      });
      const [row]: Row[] = await m.query(`${SELECT} WHERE a.id = $1`, [id]);
      return toView(row);
    });
  }

  async remove(id: string, user: CurrentUser): Promise<void> {
    await this.transactions.run(async (m) => {
      const params: unknown[] = [id];
      const deleted: unknown[] = await m.query(`DELETE FROM duty_unavailability a WHERE id = $1 AND ${dutyUnitCondition(user, 'a.unit_id', params)} RETURNING id`, params);
      if ((deleted[0] as unknown[]).length === 0) throw notFound('申报不存在或不在您的管辖范围内');
      await this.audit.record(m, { action: 'duty_unavailability.delete', entityType: 'duty_unavailability', entityId: id });
    });
  }
}
