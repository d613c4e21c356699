import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES, type ContentCategory, type CreateContentCategoryRequest, type UpdateContentCategoryRequest } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { AuditService, changedFields } from '../audit';
import { invalid } from '../../core/http/api-errors';
import { ContentCategoryEntity } from './entities/content-category.entity';

interface CategoryRow {
  code: string;
  label: string;
  parent_code: string | null;
  aliases: string[];
  sort_order: number;
  retired_at: Date | null;
  version: number;
}

const toView = (r: CategoryRow): ContentCategory => ({
  code: r.code,
  label: r.label,
  parentCode: r.parent_code,
  aliases: r.aliases,
  retired: r.retired_at !== null,
  version: r.version,
});

/**
 * The 内容分类 dictionary (L1 and L2), editable by administrators. Entries are never deleted:
 * a renamed entry keeps its old label as an alias, a retired one stays for the cases that use it,
 * and every change raises the entry's version and is audited with before/after.
 */
@Injectable()
export class ContentCategoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every entry in display order (each L1 followed by its L2); retired entries are kept for old cases. */
  async list(): Promise<ContentCategory[]> {
    const rows: CategoryRow[] = await this.dataSource.query(
      `SELECT c.* FROM content_category c LEFT JOIN content_category p ON p.code = c.parent_code
       ORDER BY coalesce(p.sort_order, c.sort_order), coalesce(c.parent_code, c.code), c.parent_code NULLS FIRST, c.sort_order, c.code`,
    );
    return rows.map(toView);
  }

  create(request: CreateContentCategoryRequest): Promise<ContentCategory> {
    return this.transactions.run(async (m) => {
      if (request.parentCode) {
        const parent = await this.lock(m, request.parentCode, () => invalid(`上级分类 ${request.parentCode} 不存在`));
        if (parent.parent_code) throw invalid('内容分类只有两级，不能在二级分类下再建分类');
        if (parent.retired_at) throw invalid(`上级分类 ${parent.label} 已停用`);
        if (!new RegExp(`^${parent.code}\\d{2}$`).test(request.code)) throw invalid(`二级分类代码须为上级代码 ${parent.code} 加两位数字，例如 ${parent.code}01`);
      } else if (!/^\d{2}$/.test(request.code)) {
        throw invalid('一级分类代码须为两位数字，例如 19');
      }
      const clash: { code: string; label: string }[] = await m.query(
        `SELECT code, label FROM content_category WHERE code = $1 OR (parent_code IS NOT DISTINCT FROM $2 AND label = $3 AND retired_at IS NULL)`,
        [request.code, request.parentCode ?? null, request.label.trim()],
      );
      if (clash[0])
        throw new ConflictException({
          code: API_ERROR_CODES.CONFLICT,
          message: clash[0].code === request.code ? `代码 ${request.code} 已被“${clash[0].label}”使用` : `同级已有“${request.label.trim()}”`,
        });
      const [{ next }]: { next: number }[] = await m.query('SELECT coalesce(max(sort_order), 0) + 1 AS next FROM content_category WHERE parent_code IS NOT DISTINCT FROM $1', [
        request.parentCode ?? null,
      ]);
      const written = await insertRow(
        m,
        ContentCategoryEntity,
        {
          code: request.code,
          parentCode: request.parentCode ?? null,
          label: request.label.trim(),
          aliases: (request.aliases ?? []).map((a) => a.trim()).filter(Boolean),
          sortOrder: next,
        },
        ['code', 'label', 'parentCode', 'aliases', 'sortOrder', 'retiredAt', 'version'],
      );
      const row: CategoryRow = {
        code: written.code,
        label: written.label,
        parent_code: written.parentCode,
        aliases: written.aliases,
        sort_order: written.sortOrder,
        retired_at: written.retiredAt,
        version: written.version,
      };
      await this.audit.record(m, {
        action: 'category.create',
        entityType: 'content_category',
        entityId: row.code,
        changes: { label: { after: row.label }, parentCode: { after: row.parent_code } },
      });
      return toView(row);
    });
  }

  update(code: string, request: UpdateContentCategoryRequest): Promise<ContentCategory> {
    return this.transactions.run(async (m) => {
      const current = await this.lock(m, code, () => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '内容分类不存在' }));
      const label = request.label?.trim() ?? current.label;
      let aliases = request.aliases ? request.aliases.map((a) => a.trim()).filter(Boolean) : current.aliases;
      if (label !== current.label) aliases = [...aliases.filter((a) => a !== label && a !== current.label), current.label];
      const retired = request.retired ?? current.retired_at !== null;
      if (retired && current.retired_at === null && !current.parent_code) {
        const children: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM content_category WHERE parent_code = $1 AND retired_at IS NULL', [code]);
        if (children[0].n > 0) throw new ConflictException({ code: API_ERROR_CODES.CONFLICT, message: `“${current.label}”下还有 ${children[0].n} 个在用的二级分类，请先停用它们` });
      }
      await m.query(
        `UPDATE content_category SET label = $2, aliases = $3, sort_order = $4, version = version + 1, updated_at = now(),
           retired_at = CASE WHEN $5 THEN coalesce(retired_at, now()) ELSE NULL END
         WHERE code = $1`,
        [code, label, aliases, request.sortOrder ?? current.sort_order, retired],
      );
      // (TypeORM answers an UPDATE with [rows, count]; the row is read back plainly instead.)
      const [row]: CategoryRow[] = await m.query('SELECT * FROM content_category WHERE code = $1', [code]);
      const before = { label: current.label, aliases: current.aliases.join('、'), sortOrder: current.sort_order, retired: current.retired_at !== null };
      const after = { label, aliases: aliases.join('、'), sortOrder: row.sort_order, retired };
      const changes = changedFields(before, after);
      await this.audit.record(m, {
        action: 'category.update',
        entityType: 'content_category',
        entityId: code,
        changes: { ...changes, version: { before: current.version, after: row.version } },
      });
      return toView(row);
    });
  }

  private async lock(m: EntityManager, code: string, missing: () => Error): Promise<CategoryRow> {
    const rows: CategoryRow[] = await m.query('SELECT * FROM content_category WHERE code = $1 FOR UPDATE', [code]);
    if (!rows[0]) throw missing();
    return rows[0];
  }
}
