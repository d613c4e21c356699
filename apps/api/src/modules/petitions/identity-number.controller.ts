import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ResidentIdCheckResponse } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { ResidentIdCheckDto } from './dto/resident-id-check.dto';
import { IdentityNumberService } from './identity-number.service';

/** Checks a resident ID number at the reception desk before a petitioner is registered. */
@ApiTags('petitioners')
@ApiBearerAuth()
@Allow('signedIn')
@Controller('identity-numbers')
export class IdentityNumberController {
  constructor(private readonly identityNumbers: IdentityNumberService) {}

  @Post('check')
  @HttpCode(200)
  check(@Body() dto: ResidentIdCheckDto): ResidentIdCheckResponse {
    return this.identityNumbers.describe(dto.idNumber);
  }
}
