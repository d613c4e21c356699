import { ApiPropertyOptional } from '@nestjs/swagger';
import type { FindPetitionersRequest } from '@julu/contracts';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The body of POST /petitioners/lookup: personal data stays out of the URL. */
export class FindPetitionersDto implements FindPetitionersRequest {
  @ApiPropertyOptional({ description: 'Full ID number (exact match through the blind index)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: '证件号码过长' })
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Full mobile or landline number' })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '电话号码过长' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '姓名过长' })
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'villageId 须为单位编号（UUID）' })
  villageId?: string;
}
