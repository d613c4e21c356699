export interface ResidentIdCheckRequest {
  idNumber: string;
}

export interface ResidentIdCheckResponse {
  normalized: string;
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
  convertedFromLegacy: boolean;
}
