import { defineMessages } from './define';

/**
 * The paper for a case handed on (已代收 / 已转办) and the parties on printed documents. Keys under
 * `cases.notice.` follow the printed notice's typography rules (glossary.ts).
 */
export const handOnMessages = defineMessages(
  {
    'cases.notice.party': '{role}：{name}',
    'cases.notice.partyWithId': '{role}：{name}（身份证号码：{idNumber}）',
    'cases.notice.handOn.collectedTitle': '代收凭证',
    'cases.notice.handOn.transferredTitle': '转办告知书',
    'cases.notice.handOn.collectedTo': '材料转交：{target}',
    'cases.notice.handOn.transferredTo': '转办至：{target}',
    'cases.notice.handOn.collectedIntro':
      '您申请办理的“{item}”事项，本窗口已于{date}收取下列材料，将转交{body}审核确认：',
    'cases.notice.handOn.noMaterials': '本次未收取纸质材料',
    'cases.notice.handOn.deferredIntro': '以下材料已容缺受理，请按承诺日期补交：',
    'cases.notice.handOn.deferred': '{material}（请于{dueDay}前补交）',
    'cases.notice.handOn.collectedNext':
      '由{body}依法审核确认并将结果告知您；本窗口只代收、转交材料，不作决定。办理进度可凭本凭证编号（{number}）向本窗口查询。',
    'cases.notice.handOn.transferredIntro':
      '您申请办理的“{item}”事项不属于本窗口办理范围，已转至{target}办理。',
    'cases.notice.handOn.transferredNext': '请持本告知书及有关材料前往办理；如有疑问，可向本窗口咨询。',
    'cases.handOn.number': '凭证编号：{number}',
    'cases.handOn.preview': '{title}预览',
    'cases.handOn.collectedTo': '材料转交',
  },
  {
    'cases.notice.party': '{role}: {name}',
    'cases.notice.partyWithId': '{role}: {name} (ID number {idNumber})',
    'cases.notice.handOn.collectedTitle': 'Collection receipt',
    'cases.notice.handOn.transferredTitle': 'Transfer notice',
    'cases.notice.handOn.collectedTo': 'Forwarded to: {target}',
    'cases.notice.handOn.transferredTo': 'Transferred to: {target}',
    'cases.notice.handOn.collectedIntro':
      'For your application "{item}", this window received the following materials on {date} and forwards them to {body} for a decision:',
    'cases.notice.handOn.noMaterials': 'No paper materials were received',
    'cases.notice.handOn.deferredIntro':
      'Accepted with these materials to follow; hand them in by the day promised:',
    'cases.notice.handOn.deferred': '{material} (by {dueDay})',
    'cases.notice.handOn.collectedNext':
      '{body} decides and tells you the result; this window only collects and forwards. Quote receipt number {number} to ask this window about progress.',
    'cases.notice.handOn.transferredIntro':
      'Your application "{item}" is not handled at this window; it has been transferred to {target}.',
    'cases.notice.handOn.transferredNext':
      'Please take this notice and your materials there; ask this window if anything is unclear.',
    'cases.handOn.number': 'Receipt number: {number}',
    'cases.handOn.preview': '{title} preview',
    'cases.handOn.collectedTo': 'Forwarded to',
  },
);
