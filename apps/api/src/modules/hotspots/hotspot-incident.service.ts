import { Injectable } from '@nestjs/common';
import type { CurrentUser, HotspotIncidentResult } from '@julu/contracts';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { conflict } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import { IncidentsService } from '../incidents';
import type { HotspotIncidentDto } from './dto/hotspot.dto';
import { HotspotFollowUpEntity } from './entities/hotspot-follow-up.entity';
import { HotspotsService } from './hotspots.service';

const OPEN = ['UNRESOLVED', 'RESOLVING', 'STABILIZED'];

/**
 * 转为突发事件快报: when a hotspot breaks out (a group visit, a gathering), its quick report is made
 * from the ledger: the incident takes the hotspot's place, people and description, and the log of
 * the hotspot names the incident, in one transaction.
 */
@Injectable()
export class HotspotIncidentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly hotspots: HotspotsService,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditService,
  ) {}

  async report(id: string, dto: HotspotIncidentDto, user: CurrentUser): Promise<HotspotIncidentResult> {
    return this.transactions.run(async (m) => {
      const h = await this.hotspots.visible(m, id, user, true);
      if (!OPEN.includes(h.status)) throw conflict('该隐患已办结或中止，不能转为突发事件快报');
      const incident = await this.incidents.create(
        {
          title: h.description.slice(0, 100),
          discoveredAt: dto.discoveredAt ?? new Date().toISOString(),
          level: dto.level,
          nature: dto.nature,
          townshipId: h.township_id,
          ...(h.village_id ? { villageId: h.village_id } : {}),
          placeDetail: dto.placeDetail.trim(),
          peopleCount: h.people_involved,
          description: `由信访隐患 ${h.hotspot_no} 转报。${h.description}。主要诉求：${h.main_demand}`,
          measures: h.measures_stability,
        },
        user,
      );
      await insertRow(m, HotspotFollowUpEntity, { hotspotId: h.id, authorId: user.id, action: null, content: `转为突发事件快报 ${incident.incidentNo}` });
      await this.audit.record(m, { action: 'hotspot.to_incident', entityType: 'risk_hotspot', entityId: h.id, changes: { incidentId: { after: incident.id } } });
      return { incidentId: incident.id, incidentNo: incident.incidentNo, hotspot: await this.hotspots.detail(m, h.id, user) };
    });
  }
}
