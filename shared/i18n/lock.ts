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
    'lock.switch.intro': '本机为单机使用，没有账号：接班的工作人员凭本人的个人密码接班。',
    'lock.switch.confirm': '确定更换',
    'lock.switch.checking': '正在核对…',
    'lock.pin.label': '个人密码',
    'lock.pin.enter': '请 {name} 输入本人的 6 位数字个人密码。',
    'lock.pin.setIntro': '{name} 首次在本机使用，请本人设置 6 位数字个人密码，以后换人时凭它接班。',
    'lock.pin.setLeaderIntro':
      '{name} 是本机第一位使用的带班领导或督查人员，请本人设置 6 位数字个人密码；以后其他带班领导或督查人员首次使用时须由其确认。',
    'lock.pin.confirmIntro':
      '{name} 首次在本机以带班领导或督查人员身份使用，除本人设置个人密码外，须由本机已设个人密码的带班领导或督查人员确认。',
    'lock.pin.new': '设置个人密码',
    'lock.pin.repeat': '再次输入个人密码',
    'lock.pin.confirmer': '确认人',
    'lock.pin.confirmerPin': '确认人的个人密码',
    'lock.pin.error.missing': '请输入个人密码。',
    'lock.pin.error.wrong': '个人密码不正确，还可再试 {count} 次。',
    'lock.pin.error.lockedOut': '个人密码已连续输错 {max} 次，请于 {time} 后再试。',
    'lock.pin.error.format': '个人密码须为 6 位数字。',
    'lock.pin.error.tooSimple': '个人密码不能是同一个数字或连续数字（如 000000、123456），请另设一个。',
    'lock.pin.error.mismatch': '两次输入的个人密码不一致，请重新输入。',
    'lock.pin.error.noConfirmer': '请选择确认人。',
    'lock.pin.change.title': '个人密码',
    'lock.pin.change.intro': '本机为单机使用，{name} 凭个人密码接班。修改须先输入原个人密码。',
    'lock.pin.change.current': '原个人密码',
    'lock.pin.change.submit': '修改个人密码',
    'lock.pin.change.done': '个人密码已修改，下次换人时请使用新个人密码。',
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
      'This desk works without a server and has no accounts: the clerk taking over enters their own PIN.',
    'lock.switch.confirm': 'Change clerk',
    'lock.switch.checking': 'Checking…',
    'lock.pin.label': 'PIN',
    'lock.pin.enter': '{name}, enter your 6-digit PIN.',
    'lock.pin.setIntro':
      'First time {name} uses this desk: choose a 6-digit PIN, to be entered whenever you take over here.',
    'lock.pin.setLeaderIntro':
      '{name} is the first duty leader or supervisor on this desk: choose a 6-digit PIN. Other leaders and supervisors new to this desk will need your confirmation.',
    'lock.pin.confirmIntro':
      'First time {name} acts as duty leader or supervisor on this desk: besides choosing a PIN, a duty leader or supervisor who holds a PIN here must confirm.',
    'lock.pin.new': 'Choose a PIN',
    'lock.pin.repeat': 'Enter the PIN again',
    'lock.pin.confirmer': 'Confirmed by',
    'lock.pin.confirmerPin': 'PIN of the person confirming',
    'lock.pin.error.missing': 'Enter the PIN.',
    'lock.pin.error.wrong': 'Wrong PIN. {count|# try|# tries} left.',
    'lock.pin.error.lockedOut': 'The PIN was wrong {max} times in a row. Try again after {time}.',
    'lock.pin.error.format': 'A PIN is 6 digits.',
    'lock.pin.error.tooSimple':
      'A PIN cannot be one digit repeated or a run (such as 000000 or 123456). Choose another.',
    'lock.pin.error.mismatch': 'The two PINs differ. Enter them again.',
    'lock.pin.error.noConfirmer': 'Choose who confirms.',
    'lock.pin.change.title': 'PIN',
    'lock.pin.change.intro':
      'This desk works without a server: {name} takes over with a PIN. Enter the current PIN to change it.',
    'lock.pin.change.current': 'Current PIN',
    'lock.pin.change.submit': 'Change PIN',
    'lock.pin.change.done': 'PIN changed. Use the new PIN next time you take over.',
  },
);
