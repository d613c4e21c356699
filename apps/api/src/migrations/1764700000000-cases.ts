import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 内容分类 L1 as used in a county system (DOMAIN.md §2.3, S34), with post-2018-reform names as
 * aliases (our mapping of each new name to the older heading it replaced). L2 entries are added
 * by administrators.
 */
const CATEGORY_SEED: readonly [code: string, label: string, aliases: string[]][] = [
  ['01', '城乡建设', ['住房城乡建设']],
  ['02', '国土资源水利林业', ['自然资源']],
  ['03', '劳动社保', []],
  ['04', '农村农业', ['农业农村']],
  ['05', '政法', []],
  ['06', '纪检监察', []],
  ['07', '组织人事', ['党务政务']],
  ['08', '民政', ['民政与应急', '退役军人事务']],
  ['09', '教育', ['教育文体']],
  ['10', '卫生计生', ['卫生健康']],
  ['11', '经济综合', ['市场监管']],
  ['12', '政治综合', []],
  ['13', '交通能源环保', ['生态环境']],
  ['14', '商贸旅游', []],
  ['15', '宣传舆论', []],
  ['16', '信息产业', []],
  ['17', '科技文体', []],
  ['18', '其他', ['应急管理']],
];

/** Petition cases (信访事项), their petitioners, gap-free yearly case numbers, and the category dictionary. */
export class Cases1764700000000 implements MigrationInterface {
  name = 'Cases1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_category (
        code varchar(20) PRIMARY KEY,
        parent_code varchar(20) REFERENCES content_category (code),
        label varchar(50) NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        sort_order int NOT NULL DEFAULT 0,
        retired_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [index, [code, label, aliases]] of CATEGORY_SEED.entries()) {
      await q.query('INSERT INTO content_category (code, label, aliases, sort_order) VALUES ($1, $2, $3, $4)', [code, label, aliases, index + 1]);
    }

    // One row per year; taking a number locks the row until the registering transaction ends,
    // so numbers are neither duplicated nor lost (a rolled-back registration returns its number).
    await q.query(`CREATE TABLE case_number_counter (year int PRIMARY KEY, last_seq int NOT NULL)`);

    await q.query(`
      CREATE TABLE petition_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_no varchar(20) NOT NULL UNIQUE,
        case_year int NOT NULL,
        case_seq int NOT NULL,
        query_code varchar(16) NOT NULL UNIQUE,
        channel varchar(10) NOT NULL,
        channel_subtype varchar(30),
        source varchar(30) NOT NULL,
        matter_type varchar(20) NOT NULL,
        category_code varchar(20) NOT NULL REFERENCES content_category (code),
        category_label varchar(110) NOT NULL,
        title varchar(200) NOT NULL,
        main_request text NOT NULL,
        facts_reasons text,
        township_id uuid NOT NULL REFERENCES org_unit (id),
        village_id uuid REFERENCES org_unit (id),
        location_detail varchar(200),
        involved_unit_id uuid REFERENCES org_unit (id),
        people_count int NOT NULL CHECK (people_count >= 1),
        joint_signers int NOT NULL DEFAULT 0 CHECK (joint_signers >= 0),
        visited_level varchar(10),
        is_group boolean NOT NULL,
        is_skip_level boolean NOT NULL,
        is_joint_letter boolean NOT NULL,
        is_law_related boolean NOT NULL,
        status varchar(30) NOT NULL DEFAULT 'REGISTERED',
        handling_unit_id uuid REFERENCES org_unit (id),
        registered_at timestamptz NOT NULL DEFAULT now(),
        registered_by uuid NOT NULL REFERENCES app_user (id),
        registering_unit_id uuid REFERENCES org_unit (id),
        search_grams text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_year, case_seq)
      )`);
    // Keyset order, and each list filter with the same order behind it.
    await q.query('CREATE INDEX petition_case_registered_idx ON petition_case (registered_at DESC, id DESC)');
    for (const column of ['township_id', 'village_id', 'channel', 'matter_type', 'category_code', 'status', 'handling_unit_id']) {
      await q.query(`CREATE INDEX petition_case_${column}_idx ON petition_case (${column}, registered_at DESC, id DESC)`);
    }
    for (const flag of ['is_group', 'is_skip_level', 'is_law_related']) {
      await q.query(`CREATE INDEX petition_case_${flag}_idx ON petition_case (registered_at DESC, id DESC) WHERE ${flag}`);
    }
    await q.query('CREATE INDEX petition_case_search_idx ON petition_case USING gin (search_grams)');

    await q.query(`
      CREATE TABLE case_petitioner (
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        petitioner_id uuid NOT NULL REFERENCES petitioner (id),
        role varchar(20) NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (case_id, petitioner_id)
      )`);
    await q.query('CREATE INDEX case_petitioner_petitioner_idx ON case_petitioner (petitioner_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_petitioner');
    await q.query('DROP TABLE petition_case');
    await q.query('DROP TABLE case_number_counter');
    await q.query('DROP TABLE content_category');
  }
}
