import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  API_ERROR_CODES,
  type CreatePetitionerRequest,
  type CurrentUser,
  type FindPetitionersRequest,
  type PetitionerView,
  type RevealableField,
  type RevealResponse,
} from '@julu/contracts';
import { maskIdNumber, maskPhone, normalizePhone } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { PersonalDataCipher } from '../../core/personal-data/personal-data-cipher';
import { AuditService } from '../audit';
import { PetitionerEntity } from './entities/petitioner.entity';
import { idNumberLookupKey, normalizeIdentity, normalizeLandline, normalizeMobile } from './petitioner-identity';
import { type EncryptedColumn, petitionerCipherContext, PETITIONER_VIEW_SQL, type PetitionerRow, REVEAL_COLUMNS, toPetitionerView } from './petitioner.row';
import { invalid } from '../../core/http/api-errors';

const notFound = (): NotFoundException => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '信访人不存在或不在您的管辖范围内' });
const LOOKUP_LIMIT = 20;

/**
 * Petitioners (信访人): registration, exact lookup through blind indexes, masked views, and the
 * audited reveal of a full value. Every read is scoped to the caller's territory inside the query.
 */
@Injectable()
export class PetitionersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreatePetitionerRequest, user: CurrentUser): Promise<PetitionerView> {
    const identity = normalizeIdentity(request.idType, request.idNumber);
    const mobile = normalizeMobile(request.mobile);
    const landline = normalizeLandline(request.landline);
    const place = await this.resolvePlace(request.townshipId ?? null, request.villageId ?? null);
    const territory = territoryOf(user);
    if (territory.kind !== 'COUNTY' && !coversTownship(territory, place.townshipId)) {
      throw new ForbiddenException({ code: API_ERROR_CODES.FORBIDDEN, message: '只能登记本乡镇（开发区）的信访人，请选择所属乡镇' });
    }
    const idNumberIndex = identity.idNumber ? this.cipher.blindIndex('id_number', identity.idNumber) : null;
    return this.transactions.run(async (m) => {
      if (idNumberIndex) await this.refuseDuplicate(m, idNumberIndex);
      const addressDetail = request.addressDetail?.trim() || null;
      // The id is chosen here, not by the database: each ciphertext is bound to its row id.
      const id = randomUUID();
      const seal = (column: EncryptedColumn, plain: string | null): string | null => (plain === null ? null : this.cipher.encrypt(plain, petitionerCipherContext(id, column)));
      await insertRow(m, PetitionerEntity, {
        id,
        name: request.name.trim(),
        idType: request.idType,
        idNumberEnc: seal('id_number_enc', identity.idNumber),
        idNumberBidx: idNumberIndex,
        idNumberMasked: identity.idNumber ? maskIdNumber(identity.idNumber) : null,
        gender: identity.gender,
        birthYear: identity.birthYear,
        mobileEnc: seal('mobile_enc', mobile),
        mobileBidx: mobile ? this.cipher.blindIndex('phone', mobile) : null,
        mobileMasked: mobile ? maskPhone(mobile) : null,
        landlineEnc: seal('landline_enc', landline),
        landlineBidx: landline ? this.cipher.blindIndex('phone', landline) : null,
        landlineMasked: landline ? maskPhone(landline) : null,
        townshipId: place.townshipId,
        villageId: place.villageId,
        addressDetailEnc: seal('address_detail_enc', addressDetail),
        politicalStatus: request.politicalStatus ?? null,
        occupation: request.occupation?.trim() || null,
        workplace: request.workplace?.trim() || null,
        isRepresentative: request.isRepresentative ?? false,
        createdBy: user.id,
      });
      await this.audit.record(m, {
        action: 'petitioner.create',
        entityType: 'petitioner',
        entityId: id,
        changes: { name: { after: request.name.trim() }, townshipId: { after: place.townshipId }, villageId: { after: place.villageId } },
      });
      return this.view(m, id, user);
    });
  }

  /** Exact lookup: by full ID number, by phone (mobile or landline), or by name (within a village). */
  async find(query: FindPetitionersRequest, user: CurrentUser): Promise<PetitionerView[]> {
    const params: unknown[] = [];
    let match: string;
    if (query.idNumber) {
      params.push(this.cipher.blindIndex('id_number', idNumberLookupKey(query.idNumber)));
      match = `p.id_number_bidx = $${params.length}`;
    } else if (query.phone) {
      const digits = normalizePhone(query.phone);
      if (digits.length < 7) throw invalid('请输入完整的电话号码（至少 7 位数字）');
      params.push(this.cipher.blindIndex('phone', digits));
      match = `(p.mobile_bidx = $${params.length} OR p.landline_bidx = $${params.length})`;
    } else if (query.name) {
      params.push(query.name.trim());
      match = `p.name = $${params.length}`;
      if (query.villageId) {
        params.push(query.villageId);
        match += ` AND p.village_id = $${params.length}::uuid`;
      }
    } else {
      throw invalid('请提供证件号码、电话号码或姓名之一进行查找');
    }
    const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
    const by = query.idNumber ? 'idNumber' : query.phone ? 'phone' : null;
    // A lookup by a whole ID or phone number confirms who holds it: audited like a reveal (the
    // number itself never enters the audit row), committed with the read.
    return this.dataSource.transaction(async (m) => {
      const rows: PetitionerRow[] = await m.query(`${PETITIONER_VIEW_SQL} WHERE ${match} AND ${scope} ORDER BY p.created_at DESC LIMIT ${LOOKUP_LIMIT}`, params);
      if (by) {
        const found = rows.map((r) => r.id);
        await this.audit.record(m, { action: 'petitioner.lookup', entityType: 'petitioner', entityId: found[0] ?? null, changes: { by: { after: by }, found: { after: found } } });
      }
      return rows.map(toPetitionerView);
    });
  }

  get(id: string, user: CurrentUser): Promise<PetitionerView> {
    return this.view(this.dataSource.manager, id, user);
  }

  /** The full value of one protected field, for a stated reason; the audit row commits with the read. */
  async reveal(id: string, field: RevealableField, reason: string, user: CurrentUser): Promise<RevealResponse> {
    return this.dataSource.transaction(async (m) => {
      const params: unknown[] = [id];
      const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
      const rows: { value: string | null }[] = await m.query(`SELECT p.${REVEAL_COLUMNS[field]} AS value FROM petitioner p WHERE p.id = $1 AND ${scope}`, params);
      if (!rows[0]) throw notFound();
      await this.audit.record(m, { action: 'petitioner.reveal', entityType: 'petitioner', entityId: id, reason: reason.trim(), changes: { field: { after: field } } });
      const stored = rows[0].value;
      return { field, value: stored === null ? null : this.cipher.decrypt(stored, petitionerCipherContext(id, REVEAL_COLUMNS[field])) };
    });
  }

  private async view(m: EntityManager, id: string, user: CurrentUser): Promise<PetitionerView> {
    const params: unknown[] = [id];
    const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
    const rows: PetitionerRow[] = await m.query(`${PETITIONER_VIEW_SQL} WHERE p.id = $1 AND ${scope}`, params);
    if (!rows[0]) throw notFound();
    return toPetitionerView(rows[0]);
  }

  /**
   * A second record for the same ID number would split one person's history: 409, naming the record
   * only if the caller may see it (row-level security decides; julu_id_number_registered looks past it).
   */
  private async refuseDuplicate(m: EntityManager, idNumberIndex: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [idNumberIndex]);
    // Both checks in one statement (one round trip), after the lock so that its snapshot sees a
    // concurrent registration of the same number that committed while this one waited.
    const [{ visible, registered }]: { visible: string | null; registered: boolean }[] = await m.query(
      'SELECT (SELECT id FROM petitioner WHERE id_number_bidx = $1 LIMIT 1) AS visible, julu_id_number_registered($1) AS registered',
      [idNumberIndex],
    );
    if (visible) {
      throw new ConflictException({ code: API_ERROR_CODES.CONFLICT, message: '该证件号码的信访人已登记，请直接选用已有记录', details: { petitionerId: visible } });
    }
    if (registered) throw new ConflictException({ code: API_ERROR_CODES.CONFLICT, message: '该证件号码的信访人已在其他乡镇登记，请联系县信访局' });
  }

  /** Township and village must exist, be active and fit together; a village alone implies its township. */
  private async resolvePlace(townshipId: string | null, villageId: string | null): Promise<{ townshipId: string | null; villageId: string | null }> {
    if (villageId) {
      const rows: { parent_id: string }[] = await this.dataSource.query(
        `SELECT parent_id FROM org_unit WHERE id = $1 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL`,
        [villageId],
      );
      if (!rows[0]) throw invalid('所选村（社区）不存在或已撤销');
      if (townshipId && rows[0].parent_id !== townshipId) throw invalid('所选村（社区）不属于所选乡镇');
      return { townshipId: rows[0].parent_id, villageId };
    }
    if (townshipId) {
      const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [townshipId]);
      if (rows.length === 0) throw invalid('所选乡镇不存在或已撤销');
    }
    return { townshipId, villageId: null };
  }
}
