import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { DeploymentNames } from '../deployment/deployment-names';
import { AppTitleStrategy, TITLED_BY_BUREAU, tabTitle } from './app-title.strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe('AppTitleStrategy', () => {
  it('adds the system name once after the route’s own title', () => {
    expect(tabTitle('值班排班', '巨鹿县信访事项办理系统')).toBe('值班排班 - 巨鹿县信访事项办理系统');
    expect(tabTitle(undefined, '巨鹿县信访事项办理系统')).toBe('巨鹿县信访事项办理系统');
  });

  it('sets the tab title from the deepest route, after the county’s system or, for the public lookup, the bureau', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'duty', title: '值班排班', component: BlankPage },
          { path: 'query', title: '信访事项查询评价', data: { [TITLED_BY_BUREAU]: true }, component: BlankPage },
        ]),
        { provide: TitleStrategy, useClass: AppTitleStrategy },
        { provide: DeploymentNames, useValue: { bureau: () => '巨鹿县信访局', systemTitle: () => '巨鹿县信访事项办理系统' } },
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
