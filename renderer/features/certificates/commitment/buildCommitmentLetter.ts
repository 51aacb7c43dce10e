import type { ListedMaterial } from '../../../../shared/certificates/applyLists';
import { defaultConsequence } from '../../../../shared/certificates/model';
import type { Case } from '../../../../shared/domain/case';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import { hallDayOf } from '../../../../shared/time';
import { formatHallDay } from '../../cases/model/promise';
import { translateFor } from '../../cases/model/translateFor';
import { escapeHtml } from '../../cases/notice/escapeHtml';
import { noticeStyles } from '../../cases/notice/noticeStyles';

export type CommitmentLetterInput = {
  caseRecord: Pick<Case, 'applicantName' | 'applicantIdNumber' | 'itemName' | 'itemCode'>;
  /** The certificates waived by commitment, with their list entries. */
  materials: readonly ListedMaterial[];
  departmentName: string;
  clerkName: string;
  now: Date;
};

const letterStyles = `${noticeStyles}
.certificate { margin: 4mm 0; padding-left: 2em; }
.certificate p { margin: 0; }
h2 { font-size: 15pt; margin: 5mm 0 1mm; font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.signature { margin-top: 12mm; text-align: right; }
.signature p { margin: 2mm 0; }
.blank { display: inline-block; width: 40mm; border-bottom: 1px solid #000; }`;

/**
 * The 告知承诺书 as offices print it: always in Chinese (an official document, whatever the interface
 * language), A4, with the five elements 国办发〔2020〕42号 requires — the item, each certificate's
 * 设定依据, what it proved, the applicant's commitment (and the verification that follows), and the
 * liability for a false commitment — plus signature lines.
 */
export const buildCommitmentLetter = (input: CommitmentLetterInput): { title: string; html: string } => {
  const t = translateFor('zh-CN');
  const text = escapeHtml;
  const title = t('certificates.letter.title');
  const certificates = input.materials.map((material) => {
    const entry = material.listed?.entry;
    const purpose = entry?.purpose ? t('certificates.letter.purpose', { purpose: entry.purpose }) : '';
    const lines = [
      t('certificates.letter.certificate', { name: material.name }),
      t('certificates.letter.basis', { basis: entry?.basis || '—' }),
      ...(entry?.basisText ? [t('certificates.letter.basisText', { text: entry.basisText })] : []),
      t('certificates.letter.proves', { name: material.name, purpose }),
      t('certificates.letter.verification', {
        method: t(`certificates.verification.${entry?.verificationMethod ?? 'written'}`),
      }),
    ];
    return `<div class="certificate">${lines.map((line) => `<p>${text(line)}</p>`).join('')}</div>`;
  });
  const consequences = [
    ...new Set(
      input.materials.map(
        (material) => material.listed?.entry.falseCommitmentConsequence || defaultConsequence,
      ),
    ),
  ];
  const idLine = input.caseRecord.applicantIdNumber
    ? `<p>${text(t('certificates.letter.idNumber', { id: maskIdNumber(input.caseRecord.applicantIdNumber) }))}</p>`
    : '';
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${text(title)}</title>
<style>${letterStyles}</style>
</head>
<body>
<main class="sheet">
<p class="department">${text(t('certificates.letter.department', { name: input.departmentName }))}</p>
<h1>${text(title)}</h1>
<section class="parties">
<p>${text(t('certificates.letter.applicant', { name: input.caseRecord.applicantName }))}</p>
${idLine}
<p>${text(t('certificates.letter.item', { name: input.caseRecord.itemName, code: input.caseRecord.itemCode }))}</p>
</section>
<p class="intro">${text(t('certificates.letter.intro'))}</p>
${certificates.join('\n')}
<h2>${text(t('certificates.letter.commitmentTitle'))}</h2>
<p class="intro">${text(t('certificates.letter.commitment'))}</p>
<h2>${text(t('certificates.letter.liabilityTitle'))}</h2>
${consequences.map((line) => `<p class="intro">${text(line)}</p>`).join('\n')}
<section class="signature">
<p>${text(t('certificates.letter.signature'))}<span class="blank"></span></p>
<p>${text(t('certificates.letter.date', { date: formatHallDay(t, hallDayOf(input.now)) }))}</p>
<p>${text(t('certificates.letter.clerk', { name: input.clerkName }))}</p>
</section>
</main>
</body>
</html>`;
  return { title, html };
};
