import { ApiProperty } from '@nestjs/swagger';
import type { CaseLookupRequest } from '@julu/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';

const WHAT_TO_TYPE = '请输入案件编号、信访人姓名或事项标题中的字词';

/** The body of POST /cases/lookup: a picker's search text stays out of the URL (it may be a name). */
export class CaseLookupDto implements CaseLookupRequest {
  @ApiProperty({ description: 'A case number (whole, leading or closing digits), or part of a petitioner’s name, the title or the request', maxLength: 50 })
  @IsString({ message: WHAT_TO_TYPE })
  @Matches(/\S/, { message: WHAT_TO_TYPE })
  @MaxLength(50, { message: '查找内容不超过 50 个字符' })
  text!: string;
}
