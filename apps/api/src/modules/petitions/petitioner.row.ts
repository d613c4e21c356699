import type { CipherContext } from '../../core/personal-data/personal-data-cipher';
import type { IdType, PetitionerView, PoliticalStatus } from '@julu/contracts';

export interface PetitionerRow {
  id: string;
  name: string;
  id_type: IdType;
  id_number_masked: string | null;
  gender: 'MALE' | 'FEMALE' | null;
  birth_year: number | null;
  mobile_masked: string | null;
  landline_masked: string | null;
  township_id: string | null;
  township_name: string | null;
  village_id: string | null;
  village_name: string | null;
  has_address_detail: boolean;
  political_status: PoliticalStatus | null;
  occupation: string | null;
  workplace: string | null;
  is_representative: boolean;
  created_at: Date;
}

/** Select list for PetitionerRow over `petitioner p` joined to `org_unit t` (township) and `v` (village). */
export const PETITIONER_VIEW_SQL = `
  SELECT p.id, p.name, p.id_type, p.id_number_masked, p.gender, p.birth_year,
         p.mobile_masked, p.landline_masked, p.township_id, t.name AS township_name, p.village_id, v.name AS village_name,
         (p.address_detail_enc IS NOT NULL) AS has_address_detail, p.political_status, p.occupation, p.workplace,
         p.is_representative, p.created_at
  FROM petitioner p
  LEFT JOIN org_unit t ON t.id = p.township_id
  LEFT JOIN org_unit v ON v.id = p.village_id`;

export const toPetitionerView = (r: PetitionerRow): PetitionerView => ({
  id: r.id,
  name: r.name,
  idType: r.id_type,
  idNumberMasked: r.id_number_masked,
  gender: r.gender,
  birthYear: r.birth_year,
  mobileMasked: r.mobile_masked,
  landlineMasked: r.landline_masked,
  townshipId: r.township_id,
  townshipName: r.township_name,
  villageId: r.village_id,
  villageName: r.village_name,
  hasAddressDetail: r.has_address_detail,
  politicalStatus: r.political_status,
  occupation: r.occupation,
  workplace: r.workplace,
  isRepresentative: r.is_representative,
  createdAt: r.created_at.toISOString(),
});

/** Encrypted column of each revealable field. */
export const REVEAL_COLUMNS = {
  idNumber: 'id_number_enc',
  mobile: 'mobile_enc',
  landline: 'landline_enc',
  addressDetail: 'address_detail_enc',
} as const;

export type EncryptedColumn = (typeof REVEAL_COLUMNS)[keyof typeof REVEAL_COLUMNS];

/** The associated data every petitioner ciphertext is bound to: a value moved to another row or column no longer decrypts. */
export const petitionerCipherContext = (rowId: string, column: EncryptedColumn): CipherContext => ({ table: 'petitioner', rowId, column });
