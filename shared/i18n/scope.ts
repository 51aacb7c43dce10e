import { defineMessages } from './define';

/** 设置 › 本机数据范围: which records this desk keeps (replication scope, docs/sync.md "Scopes"). */
export const scopeMessages = defineMessages(
  {
    'scope.title': '本机数据范围',
    'scope.cases': '办件',
    'scope.cases.hall':
      '本大厅近 {days} 天的办件，本大厅所有尚未办结的办件，以及本部门所有待补正（等待群众再次来办）的办件',
    'scope.cases.department': '本部门近 {days} 天的全部办件，以及所有尚未办结、待补正的办件',
    'scope.items': '事项',
    'scope.items.rule': '本部门及全市在用的事项；停用的事项在最后一次修改后保留 365 天',
    'scope.other': '其他资料',
    'scope.other.rule': '证明事项清单等资料全部保存',
    'scope.window': '时间范围',
    'scope.window.range': '{from} 至 {today}（按服务器日期）',
    'scope.window.notYet': '首次同步后显示',
    'scope.days': '保存天数',
    'scope.days.option': '近 {days} 天',
    'scope.days.help':
      '缩短后，超出范围的办件会从本机移除（服务器上的数据不受影响；未同步的修改、冲突提示和被退回的记录始终保留）；延长后，本机会重新下载范围内的办件。范围外的旧办件可在需要时从服务器查找。',
    'scope.days.saved': '已保存，正在按新的范围同步。',
    'scope.unscoped': '本机尚未设置所在大厅，同步时保存本部门的全部办件。',
    'scope.lookup.action': '在服务器上查找“{query}”',
    'scope.lookup.hint':
      '本机只保存近期的办件。群众持旧的一次性告知书再次来办，或按身份证号、姓名查找时，可在服务器上查找本部门的办件。',
    'scope.lookup.searching': '正在服务器上查找…',
    'scope.lookup.none': '服务器上也没有找到本部门的相应办件。',
    'scope.lookup.found': '在服务器上找到 {count} 件，已保存到本机（办结前一直保留并随同步更新）：',
    'scope.lookup.item': '{day} · {item} · {applicant}',
    'scope.lookup.otherDepartment': '这是其他部门的办件，本窗口无权查看。',
    'scope.lookup.failed': '暂时无法在服务器上查找，请确认网络和服务器连接后再试。',
  },
  {
    'scope.title': 'Records kept on this computer',
    'scope.cases': 'Cases',
    'scope.cases.hall':
      "This hall's cases of the last {days} days, all of this hall's unfinished cases, and every case of the department awaiting the applicant's return (需补正)",
    'scope.cases.department':
      "All of the department's cases of the last {days} days, and every unfinished or 需补正 case",
    'scope.items': 'Service items',
    'scope.items.rule':
      "The department's and city-wide items in force; a withdrawn item is kept 365 days after its last change",
    'scope.other': 'Other records',
    'scope.other.rule': 'Certificate lists and other reference records are kept whole',
    'scope.window': 'Period',
    'scope.window.range': '{from} to {today} (server dates)',
    'scope.window.notYet': 'Shown after the first sync',
    'scope.days': 'Days kept',
    'scope.days.option': 'Last {days} days',
    'scope.days.help':
      'Shorter: cases outside the period are removed from this computer (nothing changes on the server; unsynced changes, conflict notes and refused records always stay). Longer: this computer downloads the cases of the period again. Older cases can be looked up on the server when needed.',
    'scope.days.saved': 'Saved; syncing with the new period.',
    'scope.unscoped': "This computer's hall is not set up: sync keeps all of the department's cases.",
    'scope.lookup.action': 'Look up “{query}” on the server',
    'scope.lookup.hint':
      "This computer keeps recent cases only. For a return visit with an old notice, or a search by ID number or name, look the department's cases up on the server.",
    'scope.lookup.searching': 'Looking up on the server…',
    'scope.lookup.none': 'No such case of the department on the server either.',
    'scope.lookup.found':
      'Found {count|# case|# cases} on the server, kept on this computer and kept up to date until finished:',
    'scope.lookup.item': '{day} · {item} · {applicant}',
    'scope.lookup.otherDepartment': "That is another department's case; this desk may not open it.",
    'scope.lookup.failed':
      'Cannot look up on the server right now; check the network and the server connection, then try again.',
  },
);
