import { defineMessages } from './define';

/** A draft list's facts (名称, 文号, 施行日期), edited before publication. */
export const certificateFactsMessages = defineMessages(
  {
    'certificates.facts.edit': '修改清单信息',
    'certificates.facts.editTitle': '修改清单信息（第 {number} 版草稿）',
    'certificates.facts.title': '清单名称',
    'certificates.facts.document': '文号',
    'certificates.facts.documentHint': '可不填；例如 济人社字〔2019〕58号',
    'certificates.facts.effective': '施行日期',
    'certificates.facts.effectiveHint': '清单自哪一天起执行，窗口据此提示“自 X 起不再索要”',
    'certificates.facts.keys': 'Enter 保存，Esc 取消',
    'certificates.facts.save': '保存',
    'certificates.facts.saved': '已保存清单信息',
    'certificates.facts.saveFailed': '保存失败，清单信息未改动，请重试',
    'certificates.facts.titleMissing': '请填写清单名称',
    'certificates.facts.titleTooLong': '清单名称不能超过 120 个字',
    'certificates.facts.documentTooLong': '文号不能超过 80 个字',
    'certificates.facts.documentShape': '文号应写作“机关代字〔年份〕序号号”，例如 济人社字〔2019〕58号',
    'certificates.facts.dateMissing': '请填写施行日期',
    'certificates.facts.dateInvalid': '施行日期不是有效的日期，请按 2026-12-01 的格式填写',
    'certificates.facts.dateBeforeDocument': '施行日期早于文号中的年份（{year}年），请核对',
    'certificates.facts.publishNoDate': '发布前请先填写施行日期（点“修改清单信息”）',
  },
  {
    'certificates.facts.edit': 'Edit list details',
    'certificates.facts.editTitle': 'Edit list details (draft version {number})',
    'certificates.facts.title': 'List title',
    'certificates.facts.document': 'Document no.',
    'certificates.facts.documentHint': 'Optional; e.g. 济人社字〔2019〕58号',
    'certificates.facts.effective': 'In force from',
    'certificates.facts.effectiveHint':
      'The day the list takes effect; desks say "from this day no longer required"',
    'certificates.facts.keys': 'Enter saves, Esc cancels',
    'certificates.facts.save': 'Save',
    'certificates.facts.saved': 'List details saved',
    'certificates.facts.saveFailed': 'Not saved; the list details are unchanged. Please try again',
    'certificates.facts.titleMissing': 'Enter the list title',
    'certificates.facts.titleTooLong': 'The title may have at most 120 characters',
    'certificates.facts.documentTooLong': 'The document number may have at most 80 characters',
    'certificates.facts.documentShape':
      'Write the document number as issuer code, 〔year〕, number and 号, e.g. 济人社字〔2019〕58号',
    'certificates.facts.dateMissing': 'Enter the date the list takes effect',
    'certificates.facts.dateInvalid': 'Not a valid date; use the form 2026-12-01',
    'certificates.facts.dateBeforeDocument':
      'The date is before the year of the document ({year}); please check',
    'certificates.facts.publishNoDate':
      'Enter the date the list takes effect before publishing (Edit list details)',
  },
);
