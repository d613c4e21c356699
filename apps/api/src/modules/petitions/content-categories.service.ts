import { Injectable } from '@nestjs/common';
import type { ContentCategory } from '@julu/contracts';
import { DataSource } from 'typeorm';

/** The 内容分类 dictionary (L1 and L2). */
@Injectable()
export class ContentCategoriesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every entry in display order (each L1 followed by its L2); retired entries are kept for old cases. */
  async list(): Promise<ContentCategory[]> {
    const rows: { code: string; label: string; parent_code: string | null; aliases: string[]; retired_at: Date | null }[] = await this.dataSource.query(
      `SELECT code, label, parent_code, aliases, retired_at FROM content_category
       ORDER BY coalesce(parent_code, code), parent_code NULLS FIRST, sort_order, code`,
    );
    return rows.map((r) => ({ code: r.code, label: r.label, parentCode: r.parent_code, aliases: r.aliases, retired: r.retired_at !== null }));
  }
}
