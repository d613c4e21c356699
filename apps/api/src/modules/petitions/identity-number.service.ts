import { BadRequestException, Injectable } from '@nestjs/common';
import type { ResidentIdCheckResponse } from '@julu/contracts';
import { validateResidentId } from '@julu/domain';

@Injectable()
export class IdentityNumberService {
  /** Normalises a number the DTO has already validated and derives birth date and gender. */
  describe(idNumber: string): ResidentIdCheckResponse {
    const result = validateResidentId(idNumber);
    if (!result.valid) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: result.message });
    return {
      normalized: result.normalized,
      birthDate: result.birthDate,
      gender: result.gender,
      convertedFromLegacy: result.convertedFromLegacy,
    };
  }
}
