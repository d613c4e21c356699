import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CasesApi } from '../../cases/data-access/cases.api';
import { PetitionersApi } from './petitioners.api';

describe('petitioner lookups keep ID and phone numbers out of URLs', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  it('the petitioner search posts its criteria in the body', async () => {
    const found = TestBed.inject(PetitionersApi).find({ phone: '13800000000' });
    const req = TestBed.inject(HttpTestingController).expectOne('/api/petitioners/lookup');
    expect(req.request.method).toBe('POST');
    expect(req.request.urlWithParams).not.toContain('13800000000');
    expect(req.request.body).toEqual({ phone: '13800000000' });
    req.flush([]);
    await expect(found).resolves.toEqual([]);
  });

  it('the reception desk matches a typed ID number through the same POST', async () => {
    const found = TestBed.inject(CasesApi).findPetitionerByIdNumber('13052919800101123X');
    const req = TestBed.inject(HttpTestingController).expectOne('/api/petitioners/lookup');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ idNumber: '13052919800101123X' });
    req.flush([]);
    await expect(found).resolves.toEqual([]);
  });
});
