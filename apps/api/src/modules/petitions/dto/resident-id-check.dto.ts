import { ApiProperty } from '@nestjs/swagger';
import type { ResidentIdCheckRequest } from '@julu/contracts';
import { IsResidentId } from '../../../core/validation/is-resident-id';

export class ResidentIdCheckDto implements ResidentIdCheckRequest {
  @ApiProperty({ example: '11010519491231002X', description: '18-character number, or a legacy 15-digit one' })
  @IsResidentId()
  idNumber!: string;
}
