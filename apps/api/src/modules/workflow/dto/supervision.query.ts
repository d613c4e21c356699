import { SUPERVISION_LEVELS, type SupervisionLevel } from '@julu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class SupervisionQuery {
  @IsOptional()
  @IsIn(SUPERVISION_LEVELS, { message: '督办级别应为 NORMAL、YELLOW 或 RED' })
  level?: SupervisionLevel;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue 应为 true 或 false' })
  overdue?: boolean;
}
