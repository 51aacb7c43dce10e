import { defineMessages } from './define';

/** The application frame: app bar, navigation, status indicator, start-up and page errors. */
export const shellMessages = defineMessages(
  {
    'shell.skipToContent': '跳到主要内容',
    'shell.navLabel': '主导航',
    'shell.nav.home': '首页',
    'shell.nav.catalog': '事项目录',
    'shell.nav.cases': '今日办件',
    'shell.nav.settings': '设置',
    'shell.shortcut': '快捷键 {keys}',
    'shell.searchShortcut': '搜索事项（快捷键 / 或 Ctrl+K）',
    'shell.deskLabel': '本窗口',
    'shell.windowNumber': '{number} 号窗口',
    'shell.clerk': '{name}（{role}）',
    'shell.deskMissing': '未设置窗口',
    'shell.status.online': '在线',
    'shell.status.offline': '离线',
    'shell.status.offlineHint': '网络已断开，可继续办理业务，更改会保存在本机，联网后自动同步。',
    'shell.status.serverUnreachableHint':
      '同步服务器暂时连接不上，可继续办理业务，更改会保存在本机，恢复连接后自动同步。',
    'shell.status.pending': '{count} 项更改待同步',
    'shell.status.noPending': '无待同步更改',
    'shell.status.label': '连接与同步状态',
    'shell.status.lastSynced': '{time} 已同步',
    'shell.boot.title': '窗口台未能启动',
    'shell.boot.storageUnavailable':
      '本机浏览器存储（IndexedDB）不可用，可能被系统策略或隐私模式禁用。请联系信息科开启后重试。',
    'shell.boot.storageBlocked': '本机数据正被另一个窗口台窗口占用。请关闭其他窗口台窗口后点“重试”。',
    'shell.boot.quota': '本机磁盘空间不足，无法保存数据。请清理磁盘空间后点“重试”。',
    'shell.boot.timeout': '打开本机数据超时。请关闭其他窗口台窗口或重启电脑后重试。',
    'shell.boot.unknown': '启动时出现意外错误。请点“重试”；如仍无法启动，请将下方技术信息告知信息科。',
    'shell.boot.details': '技术信息',
    'shell.boot.retry': '重试',
    'shell.routeError.title': '本页面出错了',
    'shell.routeError.notFound': '找不到这个页面。',
    'shell.routeError.hint': '已办理的内容都保存在本机，不会丢失。可以返回首页继续工作。',
    'shell.routeError.home': '返回首页',
    'shell.routeError.reload': '重新加载',
  },
  {
    'shell.skipToContent': 'Skip to main content',
    'shell.navLabel': 'Main navigation',
    'shell.nav.home': 'Home',
    'shell.nav.catalog': 'Catalog',
    'shell.nav.cases': "Today's cases",
    'shell.nav.settings': 'Settings',
    'shell.shortcut': 'Shortcut {keys}',
    'shell.searchShortcut': 'Search items (shortcut / or Ctrl+K)',
    'shell.deskLabel': 'This desk',
    'shell.windowNumber': 'Window {number}',
    'shell.clerk': '{name} ({role})',
    'shell.deskMissing': 'Desk not set up',
    'shell.status.online': 'Online',
    'shell.status.offline': 'Offline',
    'shell.status.offlineHint':
      'The network is down. Keep working: changes are saved on this computer and sync when it is back.',
    'shell.status.serverUnreachableHint':
      'The sync server cannot be reached. Keep working: changes are saved on this computer and sync when it is back.',
    'shell.status.pending': '{count} changes waiting to sync',
    'shell.status.noPending': 'No changes waiting',
    'shell.status.label': 'Connection and sync status',
    'shell.status.lastSynced': 'Synced {time}',
    'shell.boot.title': 'OnceDesk could not start',
    'shell.boot.storageUnavailable':
      'Local browser storage (IndexedDB) is not available; a system policy or private mode may block it. Ask IT to enable it, then retry.',
    'shell.boot.storageBlocked':
      'Another OnceDesk window is using the local data. Close the other windows, then click Retry.',
    'shell.boot.quota': 'The disk is full, so data cannot be saved. Free some space, then click Retry.',
    'shell.boot.timeout':
      'Opening the local data timed out. Close other OnceDesk windows or restart the computer, then retry.',
    'shell.boot.unknown':
      'An unexpected error stopped start-up. Click Retry; if it keeps failing, send the technical details below to IT.',
    'shell.boot.details': 'Technical details',
    'shell.boot.retry': 'Retry',
    'shell.routeError.title': 'This page ran into a problem',
    'shell.routeError.notFound': 'This page does not exist.',
    'shell.routeError.hint':
      'Your work is saved on this computer and nothing is lost. Go back home to continue.',
    'shell.routeError.home': 'Back to home',
    'shell.routeError.reload': 'Reload',
  },
);
