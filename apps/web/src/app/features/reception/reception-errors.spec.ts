import { HttpErrorResponse } from '@angular/common/http';
import type { CaseDetail } from '@julu/contracts';
import { receiptIdNumber, receiptPeople } from './receipt.component';
import { apiErrors } from './reception-errors';
import { emptyReceptionForm } from './reception-form';

const badRequest = (details: unknown, message = '请检查以下字段'): HttpErrorResponse =>
  new HttpErrorResponse({ status: 400, error: { statusCode: 400, code: 'VALIDATION_FAILED', message, details } });

describe('reception desk: API errors on their fields', () => {
  it('puts a refused ID number on the number of the person it belongs to', () => {
    const error = badRequest([{ field: 'idNumber', message: '身份证号码校验位不正确' }]);
    expect(apiErrors(error, { kind: 'person' })).toEqual([{ field: 'person.idNumber', message: '身份证号码校验位不正确' }]);
    expect(apiErrors(error, { kind: 'representative', index: 2 })).toEqual([{ field: 'rep.2.idNumber', message: '身份证号码校验位不正确' }]);
  });

  it('maps validation details of the case and the visit (newCase.* included) to the desk controls', () => {
    const error = badRequest([
      { field: 'newCase.title', problems: ['主题不超过 200 个字符'] },
      { field: 'receptionStartedAt', problems: ['请填写开始接谈时间', '格式不对'] },
      { field: 'representativeIds', message: '代表须为来访人' },
    ]);
    expect(apiErrors(error, { kind: 'case' })).toEqual([
      { field: 'matter.title', message: '主题不超过 200 个字符' },
      { field: 'visit.receptionStartedAt', message: '请填写开始接谈时间；格式不对' },
      { field: 'representatives', message: '代表须为来访人' },
    ]);
  });

  it('keeps what names no control on the form, with the API message', () => {
    const conflict = new HttpErrorResponse({ status: 409, error: { statusCode: 409, code: 'CONFLICT', message: '该身份证号码已在其他乡镇登记', details: { petitionerId: 'x' } } });
    expect(apiErrors(conflict, { kind: 'person' })).toEqual([{ field: null, message: '该身份证号码已在其他乡镇登记' }]);
    expect(
      apiErrors(
        badRequest([
          { field: 'petitioners', message: '信访人须唯一' },
          { field: 'title', message: '请填写主题' },
        ]),
        { kind: 'case' },
      ),
    ).toEqual([
      { field: null, message: '信访人须唯一' },
      { field: 'matter.title', message: '请填写主题' },
    ]);
    expect(apiErrors(new Error('boom'), { kind: 'case' })).toEqual([{ field: null, message: expect.any(String) }]);
  });
});

describe('reception receipt', () => {
  const detail = (petitioners: CaseDetail['petitioners']): CaseDetail => ({ petitioners }) as CaseDetail;

  it('prints masked numbers without the last four characters, which the public query asks for', () => {
    expect(receiptIdNumber('1305**********123X')).toBe('1305**************');
    expect(receiptIdNumber(null)).toBeNull();
  });

  it('lists the representatives and says whether the case can be looked up online', () => {
    const people = detail([
      { petitionerId: 'p0', name: '赵大勇', role: 'PRIMARY', idNumberMasked: null },
      { petitionerId: 'p1', name: '代表甲', role: 'REPRESENTATIVE', idNumberMasked: '1305**********1234' },
      { petitionerId: 'p2', name: '代表乙', role: 'REPRESENTATIVE', idNumberMasked: null },
    ]);
    const form = emptyReceptionForm('');
    expect(receiptPeople(people, form, null)).toEqual({
      representatives: [
        { name: '代表甲', idNumber: '1305**************' },
        { name: '代表乙', idNumber: null },
      ],
      queryable: true,
    });
    const alone = detail([{ petitionerId: 'p0', name: '赵大勇', role: 'PRIMARY', idNumberMasked: null }]);
    expect(receiptPeople(alone, form, null).queryable).toBe(false);
    expect(receiptPeople(alone, { ...form, person: { ...form.person, mobile: '13800000000' } }, null).queryable).toBe(true);
  });
});
