import { defineMessages } from '../shared/i18n/define';

/**
 * Strings the main process shows itself (menus, native dialogs). They live here, not in the renderer's
 * message tables, so the renderer bundle does not carry them and the shell needs no renderer round trip
 * before the window exists. defineMessages still enforces that both languages have the same keys.
 */
export const shellMessages = defineMessages(
  {
    windowTitle: '一次办好·窗口台',
    menuFile: '文件(&F)',
    menuEdit: '编辑(&E)',
    menuView: '视图(&V)',
    menuWindow: '窗口(&W)',
    menuHelp: '帮助(&H)',
    closeWindow: '关闭窗口',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '全屏',
    minimize: '最小化',
    about: '关于一次办好·窗口台',
    openLogFolder: '打开日志文件夹',
    aboutTitle: '关于',
    aboutDetail: '版本 {version}\n运行环境 Electron {electron}，{platform}',
    ok: '确定',
    savePdfTitle: '存为 PDF',
    saveFileTitle: '保存文件',
    saveButton: '保存',
    pdfFilter: 'PDF 文件',
    allFilesFilter: '所有文件',
  },
  {
    windowTitle: 'OnceDesk',
    menuFile: '&File',
    menuEdit: '&Edit',
    menuView: '&View',
    menuWindow: '&Window',
    menuHelp: '&Help',
    closeWindow: 'Close Window',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    minimize: 'Minimize',
    about: 'About OnceDesk',
    openLogFolder: 'Open Log Folder',
    aboutTitle: 'About',
    aboutDetail: 'Version {version}\nRunning on Electron {electron}, {platform}',
    ok: 'OK',
    savePdfTitle: 'Save as PDF',
    saveFileTitle: 'Save File',
    saveButton: 'Save',
    pdfFilter: 'PDF files',
    allFilesFilter: 'All files',
  },
);

export type ShellText = { [K in keyof typeof shellMessages.zh]: string };

/** Chinese unless the system is explicitly English: the clerks' machines are Chinese, whatever they report. */
export const shellTextFor = (systemLocale: string): ShellText =>
  systemLocale.toLowerCase().startsWith('en') ? shellMessages.en : shellMessages.zh;
