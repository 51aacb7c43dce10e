import { defineMessages } from './define';

/** Certificate lists (证明事项保留清单 / 取消清单): import problems, list screens, window hints. */
export const certificatesMessages = defineMessages(
  {
    'certificates.problem.at': '第 {row} 行「{header}」列（{column} 列）：',
    'certificates.problem.atRow': '第 {row} 行：',
    'certificates.problem.tooLarge':
      '文件过大（{size} MB），超过 {limit} MB 上限。请确认选择的是证明事项清单表格',
    'certificates.problem.legacyXls':
      '这是旧版 Excel（XLS）文件，暂不能直接读取。请在 Excel 中“另存为” XLSX 或 CSV 格式后再导入',
    'certificates.problem.notSpreadsheet': '这不是表格文件（XLSX 或 CSV），请选择证明事项清单的表格文件',
    'certificates.problem.unreadable':
      '文件无法读取（{detail}），可能已损坏。请用 Excel 打开后重新保存再导入',
    'certificates.problem.empty': '文件是空的，没有任何内容',
    'certificates.problem.noHeader':
      '工作表「{sheet}」前 {limit} 行中找不到表头。表头应包含“序号”“证明名称”“开具单位”等列名',
    'certificates.problem.noNameColumn':
      '表头中没有“证明名称”列（也可写作“证明事项名称”）。请检查工作表「{sheet}」的表头',
    'certificates.problem.noReplacementColumn':
      '取消清单的表头中没有“取消后的办理方式”列（也可写作“取消后办理方式”）。请检查工作表「{sheet}」，或确认导入的是保留清单',
    'certificates.problem.noEntries': '表头下面没有任何证明事项',
    'certificates.problem.tooManyRows': '表格有 {value} 行，超过单个清单 {limit} 行的上限',
    'certificates.problem.nameMissing': '证明名称为空',
    'certificates.problem.serialDuplicate': '序号“{value}”与第 {otherRow} 行重复',
    'certificates.problem.textTooLong': '内容超过 {limit} 个字',
    'certificates.problem.levelUnknown': '行使层级“{value}”无法识别，按“未注明”导入',
    'certificates.problem.methodUnknown': '办理方式分类“{value}”无法识别，按原文重新分类',
    'certificates.problem.unclassified':
      '取消后的办理方式“{value}”无法自动归类，导入为“待分类”，发布前需人工分类',
  },
  {
    'certificates.problem.at': 'Row {row}, column "{header}" ({column}): ',
    'certificates.problem.atRow': 'Row {row}: ',
    'certificates.problem.tooLarge':
      'The file is too large ({size} MB; the limit is {limit} MB). Is it the certificate list?',
    'certificates.problem.legacyXls':
      'This is an old Excel (.xls) file. Save it as .xlsx or CSV in Excel, then import it.',
    'certificates.problem.notSpreadsheet':
      'This is not a spreadsheet (XLSX or CSV). Choose the certificate list file.',
    'certificates.problem.unreadable':
      'The file cannot be read ({detail}); it may be damaged. Re-save it in Excel and try again.',
    'certificates.problem.empty': 'The file is empty.',
    'certificates.problem.noHeader':
      'No header in the first {limit} rows of sheet "{sheet}". The header should name columns such as 序号, 证明名称, 开具单位.',
    'certificates.problem.noNameColumn':
      'The header has no 证明名称 (certificate name) column. Check the header of sheet "{sheet}".',
    'certificates.problem.noReplacementColumn':
      'A dropped list needs a 取消后的办理方式 column. Check sheet "{sheet}", or import it as a kept list.',
    'certificates.problem.noEntries': 'There are no certificates below the header.',
    'certificates.problem.tooManyRows': 'The sheet has {value} rows, more than the {limit} a list may have.',
    'certificates.problem.nameMissing': 'the certificate name is empty',
    'certificates.problem.serialDuplicate': 'serial number "{value}" repeats row {otherRow}',
    'certificates.problem.textTooLong': 'longer than {limit} characters',
    'certificates.problem.levelUnknown': 'level "{value}" is not recognised; imported as not stated',
    'certificates.problem.methodUnknown':
      'method "{value}" is not recognised; classified from the published text',
    'certificates.problem.unclassified':
      'replacement "{value}" fits no method; imported as unclassified, to be classified before publishing',
  },
);
