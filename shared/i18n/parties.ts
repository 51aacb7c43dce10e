import { defineMessages } from './define';

/** Parties of a case beyond the applicant: the agent (代办人) at the start, the parties on the 群众屏. */
export const partiesMessages = defineMessages(
  {
    'cases.start.byAgent': '由代办人办理（须提交委托书）',
    'cases.start.agentRule': '代办说明：{note}',
    'applicant.case.party': '{role}：{name}',
    'cases.record.parties': '当事人',
    'cases.record.answers': '询问结果',
    'cases.record.answer': '{question}{answer}',
    'cases.visits.stage': '第 {number} 次到场（{title}）',
  },
  {
    'cases.start.byAgent': 'Handled by an agent (a letter of authorisation is required)',
    'cases.start.agentRule': 'Agents: {note}',
    'applicant.case.party': '{role}: {name}',
    'cases.record.parties': 'Parties',
    'cases.record.answers': 'Answers',
    'cases.record.answer': '{question} {answer}',
    'cases.visits.stage': 'Visit {number} ({title})',
  },
);
