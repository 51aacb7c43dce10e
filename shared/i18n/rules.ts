import { defineMessages } from './define';
import type { DutyRuleCode } from '../duty/ruleCodes';
import type { SyncRuleCode } from '../sync/ruleCodes';
import type { CaseRuleCode } from '../domain/caseRules';

type RuleKey = `rule.${DutyRuleCode | SyncRuleCode | CaseRuleCode}`;

/**
 * Why a table's rule refused a write (shared/sync/rowRules.ts): shown on the desk before it writes,
 * and for a write the server refused. Keys are `rule.<code>`; the English is also the server's message.
 */
export const rulesMessages = defineMessages(
  {
    'rule.authorNotSignedIn': '记录的经办人未在本机登录过（或账号已停用），服务器不接受以其名义提交。',
    'rule.caseFieldsFixed': '办件的事项、经办人和接件时间不能修改。',
    'rule.caseAlreadyFinished':
      '该办件已结束办理（可能是在其他窗口），不能再修改办理状态；如需更正，请用“更正办理结果”，更正会留下记录。',
    'rule.ratingNotFinished': '办件办结后才能评价。',
    'rule.ratingFixed': '评价一经提交不能修改。',
    'rule.ratingByCaseClerk': '评价只能由经办人或带班领导录入。',
    'rule.leaderOnly': '只有带班领导或科长可以进行此操作。',
    'rule.noDeletes': '班次、堵点和跟进记录不能删除，只能补充说明。',
    'rule.shiftMustOpenFirst': '新班次必须先开班，不能直接交班或确认。',
    'rule.shiftLeaderIsWriter': '只能以本人身份开班，带班领导须为当前登录账号。',
    'rule.shiftAlreadyOpen': '该大厅本时段已有开启的班次，不能重复开班。',
    'rule.shiftAlreadyClosed': '该大厅本时段的班次已交班，不能再次开班。',
    'rule.shiftOverlaps': '该大厅当天已有时段重叠的班次未交班（全天班与上午/下午班不能同时开启）。',
    'rule.shiftFieldsFixed': '班次的大厅、日期、时段和带班领导开班后不能修改。',
    'rule.shiftNotOpen': '该班次未开启或已交班，不能交班。',
    'rule.handoverRequired': '交班须填写交接事项。',
    'rule.shiftNotClosed': '该班次尚未交班，不能确认交接。',
    'rule.shiftAlreadyAcknowledged': '该班次的交接已由他人确认。',
    'rule.acknowledgerIsWriter': '只能以本人身份确认交接。',
    'rule.shiftClosedFixed': '班次已交班，内容不能再修改。',
    'rule.raisedByIsWriter': '只能以本人身份记录堵点。',
    'rule.raisedDayMismatch': '堵点的记录日期与记录时间不一致。',
    'rule.deadlineBeforeRaised': '整改期限不能早于堵点的记录日期。',
    'rule.noteFieldsFixed':
      '堵点的记录人、记录时间、所属大厅和来源办件不能修改；责任人和期限请通过跟进记录调整。',
    'rule.noteShiftMismatch': '堵点所属的班次不是本大厅的班次，或尚未同步到本机。',
    'rule.notOnDuty': '你不在该班次的在岗人员名单中，不能以该班次名义记录堵点；请带班领导把你加入在岗人员。',
    'rule.updatesAppendOnly': '跟进记录一经保存不能修改，请再补充一条。',
    'rule.noteNotFound': '找不到该堵点，可能尚未同步到本机。',
    'rule.noteOfOtherDepartment': '不能跟进其他部门的堵点。',
    'rule.authorIsWriter': '只能以本人身份添加跟进记录。',
    'rule.commentRequired': '请填写跟进内容。',
    'rule.statusRequired': '请选择新的状态。',
    'rule.resolutionRequired': '办结或上报堵点须填写整改结果或上报原因。',
    'rule.ownerRequired': '请选择整改责任人。',
    'rule.deadlineRequired': '请填写新的整改期限。',
    'rule.statusNotAllowed': '该堵点当前状态下不能进行此操作。',
    'rule.correctionsAppendOnly': '更正记录保存后不能修改或删除。',
    'rule.correctionOneAtATime': '一次只能提交一条更正记录。',
    'rule.correctionMismatch': '更正记录与办件的办理结果不一致，未保存。',
    'rule.correctorIsWriter': '只能以本人身份更正办理结果。',
    'rule.correctionWindowClosed': '已超过 30 分钟，经办人不能再自行更正，请带班领导填写原因后更正。',
    'rule.correctionReasonRequired': '带班领导更正办理结果须填写更正原因。',
    'rule.correctionInFuture': '更正时间晚于服务器时间，请核对本机时钟。',
  } satisfies Record<RuleKey, string>,
  {
    'rule.authorNotSignedIn':
      'The person named as making this change never signed in on this desk (or is disabled); the server does not accept it under their name.',
    'rule.caseFieldsFixed': "A case's item, clerk and start time cannot change.",
    'rule.caseAlreadyFinished':
      'This case has already ended (perhaps at another desk); its status cannot change. Use “Correct the outcome”, which is kept on the record.',
    'rule.ratingNotFinished': 'A case can be rated only once it is finished.',
    'rule.ratingFixed': 'A rating cannot be changed once given.',
    'rule.ratingByCaseClerk': "Only the case's clerk or a duty leader may record its rating.",
    'rule.leaderOnly': 'Only a duty leader or section chief may do this.',
    'rule.noDeletes': 'Shifts, bottlenecks and their updates cannot be deleted; add a note instead.',
    'rule.shiftMustOpenFirst': 'A new shift must be opened first, not closed or acknowledged.',
    'rule.shiftLeaderIsWriter': 'You can only open a shift as its duty leader yourself.',
    'rule.shiftAlreadyOpen': 'This hall already has an open shift for this period.',
    'rule.shiftAlreadyClosed':
      "This hall's shift for this period has been closed and cannot be opened again.",
    'rule.shiftOverlaps':
      'An overlapping shift of this hall and day is still open (a whole-day shift overlaps morning and afternoon).',
    'rule.shiftFieldsFixed': "A shift's hall, day, period and duty leader cannot change after it opens.",
    'rule.shiftNotOpen': 'This shift is not open, so it cannot be closed.',
    'rule.handoverRequired': 'Closing a shift needs a handover note.',
    'rule.shiftNotClosed': 'This shift has not been closed yet, so its handover cannot be acknowledged.',
    'rule.shiftAlreadyAcknowledged': 'Someone has already acknowledged this handover.',
    'rule.acknowledgerIsWriter': 'You can only acknowledge a handover as yourself.',
    'rule.shiftClosedFixed': 'The shift has been closed; it cannot be changed.',
    'rule.raisedByIsWriter': 'You can only record a bottleneck as yourself.',
    'rule.raisedDayMismatch': "The bottleneck's day does not match the time it was recorded.",
    'rule.deadlineBeforeRaised': 'The deadline cannot be before the day the bottleneck was recorded.',
    'rule.noteFieldsFixed':
      "A bottleneck's author, time, hall and case cannot change; change owner and deadline with an update.",
    'rule.noteShiftMismatch': "The bottleneck's shift is not a shift of this hall, or has not synced yet.",
    'rule.notOnDuty':
      "You are not on this shift's duty list, so you cannot record a bottleneck in it; ask the duty leader to add you.",
    'rule.updatesAppendOnly': 'Updates cannot be changed once saved; add another one.',
    'rule.noteNotFound': 'That bottleneck was not found; it may not have synced yet.',
    'rule.noteOfOtherDepartment': "You cannot add to another department's bottleneck.",
    'rule.authorIsWriter': 'You can only add an update as yourself.',
    'rule.commentRequired': 'Write what the update says.',
    'rule.statusRequired': 'Choose the new status.',
    'rule.resolutionRequired': 'Resolving or escalating a bottleneck needs the resolution or the reason.',
    'rule.ownerRequired': 'Choose who owns the remediation.',
    'rule.deadlineRequired': 'Enter the new deadline.',
    'rule.statusNotAllowed': 'That is not possible in the bottleneck’s current status.',
    'rule.correctionsAppendOnly': 'Corrections cannot be changed or removed once saved.',
    'rule.correctionOneAtATime': 'Only one correction can be saved at a time.',
    'rule.correctionMismatch': "The correction does not match the case's outcome; nothing was saved.",
    'rule.correctorIsWriter': 'You can only correct an outcome as yourself.',
    'rule.correctionWindowClosed':
      'More than 30 minutes have passed; the clerk can no longer correct alone. A duty leader can, with a reason.',
    'rule.correctionReasonRequired': 'A duty leader correcting an outcome must give the reason.',
    'rule.correctionInFuture':
      "The correction is dated after the server's time; check this computer's clock.",
  },
);
