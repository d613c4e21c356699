import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { AppTitleStrategy, TITLE_SUFFIX, tabTitle } from './app-title.strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe('AppTitleStrategy', () => {
  it('adds the system name once after the route’s own title', () => {
    expect(tabTitle('值班排班')).toBe('值班排班 - 巨鹿县信访事项办理系统');
    expect(tabTitle(undefined)).toBe('巨鹿县信访事项办理系统');
  });

  it('sets the tab title from the deepest route, with a route’s own suffix when it names one', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'duty', title: '值班排班', component: BlankPage },
          { path: 'query', title: '信访事项查询评价', data: { [TITLE_SUFFIX]: '巨鹿县信访局' }, component: BlankPage },
        ]),
        { provide: TitleStrategy, useClass: AppTitleStrategy },
      ],
    });
    const router = TestBed.inject(Router);
    const title = TestBed.inject(Title);
    await router.navigateByUrl('/duty');
    expect(title.getTitle()).toBe('值班排班 - 巨鹿县信访事项办理系统');
    await router.navigateByUrl('/query');
    expect(title.getTitle()).toBe('信访事项查询评价 - 巨鹿县信访局');
  });
});
