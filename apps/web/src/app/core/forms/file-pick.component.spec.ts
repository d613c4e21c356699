import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import type { NzUploadFile } from 'ng-zorro-antd/upload';
import { APP_ICONS } from '../icons';
import { FilePickComponent } from './file-pick.component';

describe('FilePickComponent', () => {
  const setUp = (multiple: boolean) => {
    TestBed.configureTestingModule({ providers: [provideNzIcons(APP_ICONS)] });
    const fixture = TestBed.createComponent(FilePickComponent);
    fixture.componentRef.setInput('label', '导入');
    fixture.componentRef.setInput('multiple', multiple);
    fixture.detectChanges();
    const picked: File[][] = [];
    fixture.componentInstance.picked.subscribe((files) => picked.push(files));
    const before = (fixture.componentInstance as unknown as { beforeUpload: (f: NzUploadFile, all: NzUploadFile[]) => boolean }).beforeUpload;
    return { fixture, picked, before };
  };
  const file = (name: string): NzUploadFile => new File(['x'], name) as unknown as NzUploadFile;

  it('hands the chosen file to the page and never uploads it itself', () => {
    const { fixture, picked, before } = setUp(false);
    const f = file('隐患台账.xlsx');
    expect(before(f, [f])).toBe(false);
    expect(picked).toEqual([[f]]);
    expect((fixture.nativeElement as HTMLElement).querySelector('button')?.textContent).toContain('导入');
  });

  it('hands a multiple selection over once, when nz-upload has offered its last file', () => {
    const { picked, before } = setUp(true);
    const [a, b] = [file('1.png'), file('2.png')];
    expect(before(a, [a, b])).toBe(false);
    expect(before(b, [a, b])).toBe(false);
    expect(picked).toEqual([[a, b]]);
  });
});
