import { defineMessages } from './define';

/** Locking the desk and handing it to the next clerk (锁定 / 换人). */
export const lockMessages = defineMessages(
  {
    'lock.action': '锁定',
    'lock.actionHint': '离开窗口时锁定，回来或换人时凭账号密码解锁（快捷键 Ctrl+L）',
    'lock.switchClerk': '换人',
    'lock.switchClerkHint': '更换本窗口在岗工作人员（快捷键 Ctrl+L）',
    'lock.title': '窗口已锁定',
    'lock.lockedBy': '{name} 于 {time} 锁定',
    'lock.intro': '请输入账号和密码解锁。换人时，由接班人员输入本人的账号和密码。',
    'lock.unlock': '解锁',
    'lock.unlocking': '正在核对…',
    'lock.offlineNote':
      '联网时向同步服务器核对密码；服务器连接不上时，曾在本窗口登录过的工作人员可用原密码离线解锁。',
    'lock.error.offlineWrongPassword': '密码不正确。服务器暂时连接不上，已按本机保存的登录凭据核对。',
    'lock.error.offlineNeverSignedIn':
      '服务器暂时连接不上，账号“{username}”未曾在本窗口登录过，无法离线解锁。请由曾在本窗口登录过的工作人员解锁，或待网络恢复后再登录。',
    'lock.error.offlineExpired':
      '服务器暂时连接不上，账号“{username}”已超过 7 天未联网登录，本机保存的登录凭据已失效，无法离线解锁。请待网络恢复后再登录。',
    'lock.error.departmentMismatch': '本窗口属于{desk}，该账号属于{staff}，请由本部门人员登录。',
    'lock.switch.title': '更换在岗工作人员',
    'lock.switch.intro': '本机为单机使用，不设密码，请选择接班的工作人员。',
    'lock.switch.confirm': '确定更换',
  },
  {
    'lock.action': 'Lock',
    'lock.actionHint':
      'Lock when you leave the window; unlock or hand over with a username and password (Ctrl+L)',
    'lock.switchClerk': 'Switch clerk',
    'lock.switchClerkHint': 'Change the clerk on duty at this window (Ctrl+L)',
    'lock.title': 'This desk is locked',
    'lock.lockedBy': 'Locked by {name} at {time}',
    'lock.intro':
      'Enter a username and password to unlock. To hand over, the next clerk signs in with their own account.',
    'lock.unlock': 'Unlock',
    'lock.unlocking': 'Checking…',
    'lock.offlineNote':
      'Online, the sync server checks the password; when it cannot be reached, a clerk who signed in at this desk before can unlock with the same password.',
    'lock.error.offlineWrongPassword':
      'Wrong password. The server cannot be reached, so it was checked against the sign-in stored on this computer.',
    'lock.error.offlineNeverSignedIn':
      'The server cannot be reached and “{username}” has never signed in at this desk, so it cannot unlock offline. Ask a clerk who signed in here before, or sign in when the network is back.',
    'lock.error.offlineExpired':
      'The server cannot be reached and “{username}” has not signed in online for over 7 days, so the sign-in stored on this computer has expired and cannot unlock offline. Sign in when the network is back.',
    'lock.error.departmentMismatch':
      'This desk belongs to {desk}; this account belongs to {staff}. Please sign in with an account of this department.',
    'lock.switch.title': 'Change the clerk on duty',
    'lock.switch.intro':
      'This desk works without a server and has no passwords: choose the clerk taking over.',
    'lock.switch.confirm': 'Change clerk',
  },
);
