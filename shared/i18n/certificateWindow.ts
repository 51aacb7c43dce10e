import { defineMessages } from './define';

/**
 * The 告知承诺书 is an official document: it is printed in Chinese whatever the interface language
 * (PRODUCT.md, compliance), so both tables carry the same text, written once here.
 */
const letterMessages = {
  'certificates.letter.title': '证明事项告知承诺书',
  'certificates.letter.department': '{name}',
  'certificates.letter.applicant': '申请人：{name}',
  'certificates.letter.idNumber': '身份证件号码：{id}',
  'certificates.letter.item': '申请事项：{name}（事项编码 {code}）',
  'certificates.letter.intro':
    '根据证明事项告知承诺制的有关规定，行政机关对下列证明事项实行告知承诺。现将有关事项告知如下，申请人阅知并作出承诺后，不再提交相应证明：',
  'certificates.letter.certificate': '证明名称：{name}',
  'certificates.letter.basis': '设定依据：{basis}',
  'certificates.letter.basisText': '依据条文：{text}',
  'certificates.letter.proves': '证明内容：{name}所要证明的事项{purpose}',
  'certificates.letter.purpose': '（用于{purpose}）',
  'certificates.letter.verification': '核查方式：行政机关将在作出决定后采取{method}方式对承诺内容进行核查',
  'certificates.letter.commitmentTitle': '申请人承诺',
  'certificates.letter.commitment':
    '本人已知晓上述告知内容，承诺所填报的信息和所作声明真实、准确、完整，已符合上述证明所要证明的条件，愿意配合行政机关核查。本人在行政机关作出决定前可以撤回本承诺，改为提交相应证明。',
  'certificates.letter.liabilityTitle': '不实承诺的法律责任',
  'certificates.letter.signature': '申请人（签字）：',
  'certificates.letter.date': '日期：{date}',
  'certificates.letter.clerk': '受理人：{name}',
} as const;

/** The certificate lists at the window: per-material status, the 告知承诺书, the change notice. */
export const certificateWindowMessages = defineMessages(
  {
    'certificates.window.stillRequired': '仍需提交（开具单位：{issuer}）',
    'certificates.window.noLongerRequired': '不再索要 — {method}',
    'certificates.window.onList': '依据：{list}',
    'certificates.window.openEntry': '查看清单条目',
    'certificates.window.printCommitment': '打印告知承诺书',
    'certificates.window.commitmentRecorded': '已打印告知承诺书，本件记录免交 {count} 项证明及核查方式',
    'certificates.window.waivedTitle': '免交的证明',
    'certificates.window.waived': '{name}：{method}{verification}',
    'certificates.window.waivedVerification': '，核查方式：{method}',
    'certificates.window.waivedPrinted': '（告知承诺书 {at} 打印）',
    ...letterMessages,
    'certificates.changes.title': '证明事项清单有变化',
    'certificates.changes.intro': '本机已同步新发布的证明事项清单，以下变化请在办理时留意：',
    'certificates.changes.dropped': '自{date}起“{name}”不再索要，改为{method}：{replacement}',
    'certificates.changes.droppedNow': '“{name}”不再索要，改为{method}：{replacement}',
    'certificates.changes.kept': '自{date}起“{name}”恢复索要（开具单位：{issuer}）',
    'certificates.changes.keptNow': '“{name}”恢复索要（开具单位：{issuer}）',
    'certificates.changes.method': '“{name}”的办理方式改为{method}：{replacement}',
    'certificates.changes.more': '另有 {count} 项变化，可在“证明清单”中比较版本查看',
    'certificates.changes.ok': '知道了',
  },
  {
    'certificates.window.stillRequired': 'Still required (issued by {issuer})',
    'certificates.window.noLongerRequired': 'No longer required — {method}',
    'certificates.window.onList': 'Per: {list}',
    'certificates.window.openEntry': 'Open list entry',
    'certificates.window.printCommitment': 'Print commitment letter',
    'certificates.window.commitmentRecorded':
      'Commitment letter printed; {count|# waived certificate|# waived certificates} and their verification recorded on the case',
    'certificates.window.waivedTitle': 'Waived certificates',
    'certificates.window.waived': '{name}: {method}{verification}',
    'certificates.window.waivedVerification': ', verified by {method}',
    'certificates.window.waivedPrinted': ' (commitment letter printed {at})',
    ...letterMessages,
    'certificates.changes.title': 'The certificate lists have changed',
    'certificates.changes.intro': 'Newly published lists have arrived on this desk. Please note:',
    'certificates.changes.dropped':
      'From {date}, "{name}" is no longer required; instead: {method} — {replacement}',
    'certificates.changes.droppedNow': '"{name}" is no longer required; instead: {method} — {replacement}',
    'certificates.changes.kept': 'From {date}, "{name}" is required again (issued by {issuer})',
    'certificates.changes.keptNow': '"{name}" is required again (issued by {issuer})',
    'certificates.changes.method': '"{name}" is now replaced by {method} — {replacement}',
    'certificates.changes.more': '{count} more changes; compare the versions under Certificates',
    'certificates.changes.ok': 'Got it',
  },
);
