import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { residentIdCheckChar } from '@julu/domain';
import { CasesApi } from '../cases/data-access/cases.api';
import { emptyReceptionForm, type ReceptionForm } from './reception-form';
import { ReceptionSubmission, ReceptionSubmitError } from './reception-submit';

const ID = `13052919800101123${residentIdCheckChar('13052919800101123')}`;

describe('saving the reception desk', () => {
  let http: HttpTestingController;
  let submission: ReceptionSubmission;
  const form = (): ReceptionForm => {
    const f = emptyReceptionForm('t1');
    return {
      ...f,
      person: { ...f.person, idNumber: ID, name: '张三' },
      matter: { ...f.matter, categoryCode: '04', title: '土地纠纷', mainRequest: '确认边界' },
      representatives: [
        { idType: 'OTHER', idNumber: '', name: '代表甲' },
        { idType: 'PASSPORT', idNumber: 'e1234567', name: 'Li Ming' },
      ],
    };
  };
  /** Lets the save's promise chain run up to its next request (one macrotask turn, not a timed wait). */
  const flushLater = async (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    submission = new ReceptionSubmission(TestBed.inject(CasesApi), 'form-1');
  });

  afterEach(() => http.verify());

  it('sends each person with the document type chosen, and a refused number lands on that representative', async () => {
    const saving = submission.save(form(), null, [], true);
    const primary = http.expectOne('/api/petitioners');
    expect(primary.request.body).toMatchObject({ idType: 'RESIDENT_ID', idNumber: ID });
    expect(primary.request.headers.get('Idempotency-Key')).toBe('form-1-p0');
    primary.flush({ id: 'p0' });
    await flushLater();
    http.expectOne('/api/petitioners').flush({ id: 'p1' });
    await flushLater();
    // A representative with a document number is looked up first (the same person is not registered twice).
    http.expectOne('/api/petitioners/lookup').flush([]);
    await flushLater();
    const second = http.expectOne('/api/petitioners');
    expect(second.request.body).toMatchObject({ idType: 'PASSPORT', idNumber: 'e1234567', name: 'Li Ming' });
    second.flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: '护照号码有误', details: [{ field: 'idNumber', message: '护照号码有误' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    const failure = await saving.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ReceptionSubmitError);
    expect((failure as ReceptionSubmitError).errors).toEqual([{ field: 'rep.1.idNumber', message: '护照号码有误' }]);
  });

  it('on retry reuses the people already registered and sends the visit with a field error mapped to its control', async () => {
    const f = form();
    const first = submission.save({ ...f, representatives: [] }, null, [], true);
    http.expectOne('/api/petitioners').flush({ id: 'p0' });
    await flushLater();
    const visit = http.expectOne('/api/visits');
    expect(visit.request.headers.get('Idempotency-Key')).toBe('form-1-visit');
    visit.flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', details: [{ field: 'newCase.title', problems: ['主题过长'] }] },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(((await first.catch((e: unknown) => e)) as ReceptionSubmitError).errors).toEqual([{ field: 'matter.title', message: '主题过长' }]);

    const retry = submission.save({ ...f, representatives: [] }, null, [], true);
    await flushLater();
    const again = http.expectOne('/api/visits');
    expect(again.request.body.newCase.petitioners).toEqual([{ petitionerId: 'p0', role: 'PRIMARY' }]);
    again.flush({ visit: { caseId: 'c1' }, queryCode: 'ABCDEFGH2345' });
    await flushLater();
    http.expectOne('/api/cases/c1').flush({ id: 'c1', petitioners: [] });
    expect(await retry).toEqual({ detail: { id: 'c1', petitioners: [] }, queryCode: 'ABCDEFGH2345' });
  });
});
