import { localizeZorroAria, watchZorroAria } from './zorro-aria';

/** Markup as ng-zorro 21 renders it: an icon in a button, a drawer's close button, a modal's. */
const BUTTON_WITH_ICON = '<button class="ant-btn"><span nz-icon class="anticon anticon-plus" role="img" aria-label="plus"></span>新增</button>';
const DRAWER_CLOSE = '<button aria-label="Close" class="ant-drawer-close"><span class="anticon anticon-close" role="img" aria-label="close"></span></button>';
const MODAL_CLOSE = '<button nz-modal-close aria-label="Close" class="ant-modal-close"></button>';

describe('ng-zorro accessibility names in Chinese', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('Issue 17: hides decorative icons from screen readers and names the close buttons 关闭', () => {
    const root = document.createElement('div');
    root.innerHTML = BUTTON_WITH_ICON + DRAWER_CLOSE + MODAL_CLOSE;
    localizeZorroAria(root);
    expect(Array.from(root.querySelectorAll('.anticon')).map((i) => i.getAttribute('aria-hidden'))).toEqual(['true', 'true']);
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label'))).toEqual([null, '关闭', '关闭']);
  });

  it('leaves a close button the app named itself, and an icon already hidden, as they are', () => {
    const root = document.createElement('div');
    root.innerHTML = '<button aria-label="关闭菜单" class="ant-drawer-close"></button><span class="anticon" role="img" aria-hidden="false"></span>';
    localizeZorroAria(root);
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('关闭菜单');
    expect(root.querySelector('.anticon')?.getAttribute('aria-hidden')).toBe('false');
  });

  it('Issue 17: localizes what ng-zorro renders after start (a drawer opened later)', async () => {
    const observer = watchZorroAria(document);
    const drawer = document.createElement('div');
    drawer.innerHTML = DRAWER_CLOSE;
    document.body.appendChild(drawer);
    await Promise.resolve();
    expect(drawer.querySelector('button')?.getAttribute('aria-label')).toBe('关闭');
    expect(drawer.querySelector('.anticon')?.getAttribute('aria-hidden')).toBe('true');
    observer.disconnect();
  });
});
