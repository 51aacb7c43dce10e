import type { CertificateMethod, ExerciseLevel, VerificationMethod } from './model';

/**
 * The Chinese words published lists and official documents use. They are not UI strings (those live
 * in i18n and follow the interface language): export files and the 告知承诺书 are Chinese whatever the
 * interface language, and the importer reads these words back.
 */
export const methodLabels: Record<CertificateMethod, string> = {
  directlyCancelled: '直接取消',
  commitment: '告知承诺',
  departmentVerification: '部门核查',
  dataSharing: '数据共享',
  onlineVerification: '网络核验',
  otherMaterial: '其他材料替代',
  unclassified: '待分类',
};

export const verificationLabels: Record<VerificationMethod, string> = {
  written: '书面核查',
  online: '网络核验',
  onSite: '实地调查',
  publicNotice: '公示核查',
  interDepartment: '部门协查',
  exempt: '免予核查',
};

export const levelLabels: Record<ExerciseLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  unspecified: '',
};

export const methodFromLabel = (text: string): CertificateMethod | undefined => {
  const normalized = text.replace(/\s+/g, '');
  return (Object.entries(methodLabels) as [CertificateMethod, string][]).find(
    ([, label]) => label === normalized,
  )?.[0];
};
