import { defineMessages } from './define';

/** 更正办理结果: the way back from a wrong outcome, and its record on the case. */
export const correctionsMessages = defineMessages(
  {
    'correction.action': '更正办理结果',
    'correction.title': '更正办理结果',
    'correction.current': '原办理结果：{outcome}',
    'correction.newOutcome': '更正为',
    'correction.asClerk': '经办人可在结束办理后 {minutes} 分钟内自行更正（{time} 前）。',
    'correction.asLeader': '以带班领导身份更正，须填写更正原因。',
    'correction.windowClosed': '结束办理已超过 {minutes} 分钟，如需更正办理结果，请带班领导更正。',
    'correction.reason': '更正原因',
    'correction.reasonOptional': '更正原因（选填）',
    'correction.confirm': '确认更正',
    'correction.record.title': '更正记录',
    'correction.record.entry': '{time} {name} 将办理结果由“{from}”更正为“{to}”',
    'correction.record.reason': '原因：{reason}',
  },
  {
    'correction.action': 'Correct the outcome',
    'correction.title': 'Correct the outcome',
    'correction.current': 'Recorded outcome: {outcome}',
    'correction.newOutcome': 'Correct to',
    'correction.asClerk': 'The clerk may correct within {minutes} minutes of finishing (until {time}).',
    'correction.asLeader': 'You correct as the duty leader; give the reason.',
    'correction.windowClosed':
      'More than {minutes} minutes have passed since the case ended; a duty leader can correct its outcome.',
    'correction.reason': 'Reason for the correction',
    'correction.reasonOptional': 'Reason for the correction (optional)',
    'correction.confirm': 'Correct',
    'correction.record.title': 'Corrections',
    'correction.record.entry': '{time} {name} corrected the outcome from “{from}” to “{to}”',
    'correction.record.reason': 'Reason: {reason}',
  },
);
