import { Injectable } from '@nestjs/common';
import { type CreateOrgUnitRequest, DOCUMENT_ABBR_UNIT_TYPES, ORG_UNIT_TYPE_LABELS, type OrgUnitDetail, type OrgUnitType, type UpdateOrgUnitRequest } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { insertRow } from '../../core/database/typed-writes';
import { AuditService, changedFields } from '../audit';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { ORG_UNIT_COLUMNS, type OrgUnitRow, toOrgUnitDetail } from './org-unit.row';
import { canChangeType, codeProblem, PARENT_TYPES } from './org-unit.rules';
import { orgUnitNotFound } from './org-units.service';
import { conflict, invalid } from '../../core/http/api-errors';

/**
 * Administration of the org tree: add, rename (the old name stays an alias so old records still
 * resolve), recode, 乡改镇, set the 机关代字, retire and restore. Every change is audited with before/after.
 */
@Injectable()
export class OrgAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateOrgUnitRequest): Promise<OrgUnitDetail> {
    const name = request.name.trim();
    return this.dataSource.transaction(async (m) => {
      const parent = await this.lockUnit(m, request.parentId, () => invalid('所选上级单位不存在'));
      if (parent.retired_at) throw invalid(`上级单位 ${parent.name} 已撤销`);
      if (!PARENT_TYPES[request.type].includes(parent.type)) {
        throw invalid(`${ORG_UNIT_TYPE_LABELS[request.type]}不能设在${ORG_UNIT_TYPE_LABELS[parent.type]}（${parent.name}）之下`);
      }
      const code = request.code ?? null;
      if (code) this.checkCode(code, request.type, parent.code);
      await this.checkUnique(m, { parentId: parent.id, name, code, exceptId: null });
      const sortOrder: { next: number }[] = await m.query('SELECT coalesce(max(sort_order), 0) + 1 AS next FROM org_unit WHERE parent_id = $1', [parent.id]);
      const { id } = await insertRow(m, OrgUnitEntity, { code, name, type: request.type, parentId: parent.id, sortOrder: sortOrder[0].next }, ['id']);
      await this.audit.record(m, {
        action: 'org_unit.create',
        entityType: 'org_unit',
        entityId: id,
        changes: { name: { after: name }, type: { after: request.type }, parentId: { after: parent.id }, code: { after: code } },
      });
      return this.read(m, id);
    });
  }

  async update(id: string, request: UpdateOrgUnitRequest): Promise<OrgUnitDetail> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockUnit(m, id, orgUnitNotFound);
      const parent = current.parent_id ? await this.lockUnit(m, current.parent_id, orgUnitNotFound) : null;
      const name = request.name?.trim() ?? current.name;
      const type = request.type ?? current.type;
      const code = request.code !== undefined ? request.code : current.code;
      const retired = request.retired ?? current.retired_at !== null;
      const documentAbbr = request.documentAbbr !== undefined ? request.documentAbbr : current.document_abbr;

      if (current.type === 'COUNTY' && (type !== 'COUNTY' || retired)) throw invalid('县级单位不能撤销或改变类型');
      if (!canChangeType(current.type, type)) {
        throw invalid(`不能把${ORG_UNIT_TYPE_LABELS[current.type]}改为${ORG_UNIT_TYPE_LABELS[type]}；请新建单位并撤销原单位`);
      }
      if (code && code !== current.code) this.checkCode(code, type, parent?.code ?? null);
      if (retired && current.retired_at === null) await this.checkRetirable(m, current);
      if (!retired && parent?.retired_at) throw invalid(`上级单位 ${parent.name} 已撤销，不能恢复其下级单位`);
      if (!retired) await this.checkUnique(m, { parentId: current.parent_id, name, code, exceptId: id });
      if (documentAbbr && documentAbbr !== current.document_abbr) await this.checkDocumentAbbr(m, documentAbbr, { ...current, type });

      const aliases = name !== current.name ? [...current.aliases.filter((a) => a !== name && a !== current.name), current.name] : current.aliases;
      const sortOrder = request.sortOrder ?? current.sort_order;
      await m.query(
        `UPDATE org_unit SET name = $2, type = $3, code = $4, aliases = $5, sort_order = $6, updated_at = now(),
           retired_at = CASE WHEN $7 THEN coalesce(retired_at, now()) ELSE NULL END, document_abbr = $8
         WHERE id = $1`,
        [id, name, type, code, aliases, sortOrder, retired, documentAbbr],
      );
      const before = {
        name: current.name,
        type: current.type,
        code: current.code,
        sortOrder: current.sort_order,
        retired: current.retired_at !== null,
        documentAbbr: current.document_abbr,
      };
      const after = { name, type, code, sortOrder, retired, documentAbbr };
      const changes = changedFields(before, after);
      await this.audit.record(m, { action: 'org_unit.update', entityType: 'org_unit', entityId: id, changes });
      return this.read(m, id);
    });
  }

  private checkCode(code: string, type: OrgUnitType, parentCode: string | null): void {
    const problem = codeProblem(code, type, parentCode);
    if (problem) throw invalid(problem);
  }

  /** Active siblings have distinct names; codes are unique across the tree. */
  private async checkUnique(m: EntityManager, c: { parentId: string | null; name: string; code: string | null; exceptId: string | null }): Promise<void> {
    const clash: { name: string; code: string | null; retired_at: Date | null }[] = await m.query(
      `SELECT name, code, retired_at FROM org_unit
       WHERE id IS DISTINCT FROM $4::uuid
         AND ((parent_id IS NOT DISTINCT FROM $1::uuid AND name = $2 AND retired_at IS NULL) OR code = $3)
       LIMIT 1`,
      [c.parentId, c.name, c.code, c.exceptId],
    );
    if (!clash[0]) return;
    if (c.code && clash[0].code === c.code) throw conflict(`区划代码 ${c.code} 已被 ${clash[0].name} 使用`);
    throw conflict(`同一上级单位下已有名为 ${c.name} 的单位`);
  }

  /**
   * A 机关代字 names one organ: notices are numbered per 代字 (a shared one would interleave two
   * organs' numbers), and only units that issue notices have one.
   */
  private async checkDocumentAbbr(m: EntityManager, abbr: string, unit: Pick<OrgUnitRow, 'id' | 'type'>): Promise<void> {
    if (!DOCUMENT_ABBR_UNIT_TYPES.includes(unit.type)) throw invalid(`${ORG_UNIT_TYPE_LABELS[unit.type]}不出具告知书，不设机关代字`);
    const [holder]: { name: string; retired: boolean }[] = await m.query(
      'SELECT name, retired_at IS NOT NULL AS retired FROM org_unit WHERE document_abbr = $1 AND id <> $2 LIMIT 1',
      [abbr, unit.id],
    );
    if (holder) throw conflict(`机关代字 ${abbr} 已由 ${holder.name}${holder.retired ? '（已撤销）' : ''} 使用；各机关的代字不能相同，告知书按代字编号`);
  }

  /** A unit with active children or enabled accounts stays: retiring it would orphan them. */
  private async checkRetirable(m: EntityManager, unit: OrgUnitRow): Promise<void> {
    if (unit.child_count > 0) throw conflict(`${unit.name} 下还有 ${unit.child_count} 个未撤销的下级单位，请先撤销或移交`);
    const users: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM app_user WHERE org_unit_id = $1 AND disabled_at IS NULL', [unit.id]);
    if (users[0].n > 0) throw conflict(`${unit.name} 还有 ${users[0].n} 个启用的账号，请先调整这些账号的所属单位`);
  }

  private async lockUnit(m: EntityManager, id: string, missing: () => Error): Promise<OrgUnitRow> {
    const locked: unknown[] = await m.query('SELECT id FROM org_unit WHERE id = $1 FOR UPDATE', [id]);
    if (locked.length === 0) throw missing();
    const rows: OrgUnitRow[] = await m.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit u WHERE u.id = $1`, [id]);
    return rows[0];
  }

  private async read(m: EntityManager, id: string): Promise<OrgUnitDetail> {
    const rows: OrgUnitRow[] = await m.query(`SELECT ${ORG_UNIT_COLUMNS} FROM org_unit u WHERE u.id = $1`, [id]);
    return toOrgUnitDetail(rows[0]);
  }
}
