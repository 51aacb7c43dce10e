import { useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import type { ListedItem } from '../../../../shared/certificates/applyLists';
import { waiversFor, type WaivedCertificate } from '../../../../shared/certificates/waiver';
import type { Case } from '../../../../shared/domain/case';
import { isDroppedFor } from '../../../../shared/domain/serviceItem';
import { toIsoInstant } from '../../../../shared/time';
import { useDeskDetails } from '../../../app/useDeskDetails';
import { errorText } from '../../../components/errorText';
import type { Problem } from '../../../components/problem';
import { useI18n } from '../../../i18n/useI18n';
import { getBridge } from '../../../platform/bridge';
import { buildCommitmentLetter } from './buildCommitmentLetter';

type Props = {
  caseRecord: Case;
  item: ListedItem;
  /** Saves the waivers on the case (through the case's own write queue); resolves to an error or null. */
  onRecord: (waivers: WaivedCertificate[]) => Promise<Problem | null>;
};

/**
 * 打印告知承诺书: records on the case every certificate the lists waived and how each is verified, then
 * prints the letter for the ones waived by commitment. Recording first means a letter never leaves the
 * printer without the case saying what was promised.
 */
export const CommitmentButton = ({ caseRecord, item, onRecord }: Props) => {
  const { t } = useI18n();
  const details = useDeskDetails();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const committed = item.materials.filter(
    (material) =>
      material.listed?.state === 'dropped' &&
      material.listed.entry.method === 'commitment' &&
      isDroppedFor(material, caseRecord.answers),
  );
  if (committed.length === 0) return null;
  const print = async () => {
    const now = new Date();
    const waivers = waiversFor(item, caseRecord.answers ?? {}, toIsoInstant(now));
    const failed = await onRecord(waivers);
    if (failed) {
      setMessage({ ok: false, text: failed.text });
      return;
    }
    try {
      const letter = buildCommitmentLetter({
        caseRecord,
        materials: committed,
        departmentName: details?.department?.name ?? '',
        clerkName: details?.clerk?.name ?? '',
        now,
      });
      await getBridge().printDocument({ title: letter.title, html: letter.html, target: 'printer' });
      setMessage({ ok: true, text: t('certificates.window.commitmentRecorded', { count: waivers.length }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  return (
    <Box sx={{ mt: 1.5, display: 'grid', gap: 1 }}>
      <Box>
        <Button variant="outlined" onClick={() => void print()}>
          {t('certificates.window.printCommitment')}
        </Button>
      </Box>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
};
