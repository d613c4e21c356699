import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DeploymentNames } from './deployment-names';

describe('DeploymentNames', () => {
  const setUp = () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    return { names: TestBed.inject(DeploymentNames), http: TestBed.inject(HttpTestingController) };
  };

  it('names the system after the county and bureau of the org tree', async () => {
    const { names, http } = setUp();
    const loading = names.load();
    http.expectOne('/api/public/deployment').flush({ countyName: '平乡县', bureauName: '平乡县信访局' });
    await loading;
    expect({ bureau: names.bureau(), appName: names.appName(), systemTitle: names.systemTitle() }).toEqual({
      bureau: '平乡县信访局',
      appName: '平乡县信访局 信访事项办理系统',
      systemTitle: '平乡县信访事项办理系统',
    });
  });

  it('keeps generic names, naming no county, when the org tree has none or the API cannot be reached', async () => {
    const { names, http } = setUp();
    const loading = names.load();
    http.expectOne('/api/public/deployment').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await loading;
    expect({ bureau: names.bureau(), appName: names.appName(), systemTitle: names.systemTitle() }).toEqual({
      bureau: '信访局',
      appName: '信访事项办理系统',
      systemTitle: '信访事项办理系统',
    });
  });
});
