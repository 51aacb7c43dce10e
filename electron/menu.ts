import type { MenuItemConstructorOptions } from 'electron';
import type { ShellText } from './messages';

export type MenuActions = {
  showAbout: () => void;
  openLogFolder: () => void;
};

/**
 * Roles give the native behaviour (clipboard, zoom, window handling); labels are set explicitly because
 * Electron's own role labels are English-only. Developer tools only exist in unpackaged builds.
 */
export const buildMenuTemplate = (
  text: ShellText,
  options: { isPackaged: boolean; platform: NodeJS.Platform },
  actions: MenuActions,
): MenuItemConstructorOptions[] => {
  const fileMenu: MenuItemConstructorOptions = {
    label: text.menuFile,
    submenu: [
      { role: 'close', label: text.closeWindow },
      { type: 'separator' },
      { role: 'quit', label: text.quit },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: text.menuEdit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: text.menuView,
    submenu: [
      { role: 'reload', label: text.reload },
      ...(options.isPackaged
        ? []
        : [{ role: 'toggleDevTools', label: text.toggleDevTools } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom', label: text.resetZoom },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: text.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: text.menuWindow,
    submenu: [
      { role: 'minimize', label: text.minimize },
      { role: 'close', label: text.closeWindow },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: text.menuHelp,
    submenu: [
      { label: text.openLogFolder, click: actions.openLogFolder },
      { type: 'separator' },
      { label: text.about, click: actions.showAbout },
    ],
  };
  // macOS puts Quit in the application menu; elsewhere the File menu carries it.
  const appMenu: MenuItemConstructorOptions[] =
    options.platform === 'darwin' ? [{ role: 'appMenu', label: text.about }] : [];
  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
};
