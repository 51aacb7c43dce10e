import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu';
import { shellMessages, shellTextFor } from './messages';

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  item!.submenu as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) => submenu(item).map((entry) => entry.role);

describe('buildMenuTemplate', () => {
  const actions = { showAbout: vi.fn(), openLogFolder: vi.fn() };

  it('has the Chinese top-level menus in order', () => {
    const template = buildMenuTemplate(shellMessages.zh, { isPackaged: true, platform: 'win32' }, actions);
    expect(labels(template)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
    expect(submenu(template[1]).map((entry) => entry.label)).toContain('粘贴');
  });

  it('hides developer tools in packaged builds only', () => {
    const packaged = buildMenuTemplate(shellMessages.zh, { isPackaged: true, platform: 'linux' }, actions);
    const dev = buildMenuTemplate(shellMessages.zh, { isPackaged: false, platform: 'linux' }, actions);
    expect(roles(packaged[2])).not.toContain('toggleDevTools');
    expect(roles(dev[2])).toContain('toggleDevTools');
  });

  it('labels every entry that is not a separator', () => {
    const template = buildMenuTemplate(shellMessages.en, { isPackaged: false, platform: 'darwin' }, actions);
    for (const top of template.slice(1)) {
      for (const entry of submenu(top)) {
        if (entry.type !== 'separator') expect(entry.label).toMatch(/\S/);
      }
    }
  });

  it('wires the help entries to their actions', () => {
    const template = buildMenuTemplate(shellMessages.zh, { isPackaged: true, platform: 'linux' }, actions);
    const help = submenu(template[4]);
    const about = help.find((entry) => entry.label === '关于一次办好·窗口台');
    expect(about?.click).toBe(actions.showAbout);
  });
});

describe('shellTextFor', () => {
  it('uses Chinese unless the system is English', () => {
    expect(shellTextFor('zh-CN').quit).toBe('退出');
    expect(shellTextFor('zh-TW').quit).toBe('退出');
    expect(shellTextFor('').quit).toBe('退出');
    expect(shellTextFor('en-US').quit).toBe('Quit');
  });
});
