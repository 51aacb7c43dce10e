import type { ListedItem } from '../../../../shared/certificates/applyLists';
import { useState } from 'react';
import { Box, Button } from '@mui/material';
import StarIcon from '@mui/icons-material/StarBorder';
import ReplayIcon from '@mui/icons-material/Replay';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { Desk } from '../../../../shared/domain/organization';
import { startReturnVisit } from '../../../../shared/domain/returnVisit';
import { Alert } from '@mui/material';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import { VisitsSection } from './VisitsSection';
import { DeferralsSection } from '../deferral/DeferralsSection';
import type { Case } from '../../../../shared/domain/case';
import type { DeskWriter } from '../../../app/useDeskWriter';
import { useI18n } from '../../../i18n/useI18n';
import { CaseFrame } from '../CaseFrame';
import { useCaseUpdater } from '../data/useCaseUpdater';
import { NoticePanel } from '../notice/NoticePanel';
import { HandOnPanel } from '../notice/HandOnPanel';
import { isHandedOn } from '../notice/buildHandOnReceipt';
import { RatingDialog } from '../rating/RatingDialog';
import { OutcomeSection } from './OutcomeSection';
import { RecordSection } from './RecordSection';
import { TimelineSection } from './TimelineSection';
import { CorrectionsSection } from './CorrectionsSection';
import { CorrectOutcomeDialog } from '../correct/CorrectOutcomeDialog';
import {
  clerkCorrectionMinutes,
  correctionRightOf,
  recordingClerkOf,
} from '../../../../shared/domain/outcomeCorrection';
import { useNow } from '../../../app/useNow';

type Props = {
  caseRecord: Case;
  item: ListedItem;
  writer: DeskWriter;
  /** This desk, for a return visit; null on a desk not yet set up. */
  desk: Desk | null;
  askRating: boolean;
  onRatingDone: () => void;
};

/** A finished case: everything recorded, the notice to reprint, the rating, and whether it has synced. */
export const CaseDetailView = ({ caseRecord, item, writer, desk, askRating, onRatingDone }: Props) => {
  const { t } = useI18n();
  const update = useCaseUpdater(caseRecord.id, item, writer);
  const [ratingOpen, setRatingOpen] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  // Re-read so the clerk's own 更正 goes away when the window closes, without reopening the case.
  const now = useNow(10_000);
  const right = correctionRightOf(caseRecord, writer, now);
  const windowClosedForClerk = right === null && recordingClerkOf(caseRecord) === writer.staffId;
  const [problem, setProblem] = useState<Problem | null>(null);
  // 补正续办: the applicant is back with the notice; the case continues here (the page turns into 陪跑).
  const continueCase = async () => {
    if (!desk) return;
    setProblem(await update((fresh, now) => startReturnVisit(fresh, item, desk, now)));
  };
  const showRating = (askRating || ratingOpen) && caseRecord.rating === null;
  // The dialog's opener (办结, or 补录评价 once a rating is saved) is gone when it closes, so focus would
  // drop to the page body: hand it to what the clerk does next — print the notice (enabled once the desk's
  // names are loaded, so wait a few frames for it) or the receipt of a case handed on, or go back to the
  // list (补录评价 is the next Tab stop).
  const focusNextAction = (framesLeft = 30) =>
    requestAnimationFrame(() => {
      const print = document.querySelector<HTMLButtonElement>(
        'section[aria-labelledby="case-notice"] button:not(:disabled), section[aria-labelledby="case-handon"] button:not(:disabled)',
      );
      const printable = caseRecord.supplementNotice !== null || isHandedOn(caseRecord);
      if (!print && printable && framesLeft > 0) {
        focusNextAction(framesLeft - 1);
        return;
      }
      (print ?? document.getElementById('case-back'))?.focus();
    });
  return (
    <CaseFrame
      caseRecord={caseRecord}
      item={item}
      actions={
        <>
          {caseRecord.status === 'needsSupplement' && desk && (
            <Button variant="contained" startIcon={<ReplayIcon />} onClick={() => void continueCase()}>
              {t('cases.returnVisit.continue')}
            </Button>
          )}
          {right !== null && (
            <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setCorrecting(true)}>
              {t('correction.action')}
            </Button>
          )}
          {caseRecord.rating === null && (
            <Button variant="outlined" startIcon={<StarIcon />} onClick={() => setRatingOpen(true)}>
              {t('cases.rating.add')}
            </Button>
          )}
        </>
      }
    >
      {windowClosedForClerk && (
        <Alert severity="info">{t('correction.windowClosed', { minutes: clerkCorrectionMinutes })}</Alert>
      )}
      {problem && (
        <Alert severity="error">
          <ProblemMessage problem={problem} />
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <OutcomeSection caseRecord={caseRecord} />
        <TimelineSection caseRecord={caseRecord} item={item} />
      </Box>
      <DeferralsSection caseRecord={caseRecord} item={item} update={update} />
      <CorrectionsSection caseRecord={caseRecord} />
      <NoticePanel caseRecord={caseRecord} item={item} />
      <HandOnPanel caseRecord={caseRecord} item={item} />
      <RecordSection caseRecord={caseRecord} item={item} />
      <VisitsSection caseRecord={caseRecord} item={item} />
      {correcting && right !== null && (
        <CorrectOutcomeDialog
          caseRecord={caseRecord}
          item={item}
          writer={writer}
          right={right}
          update={update}
          onClose={() => setCorrecting(false)}
        />
      )}
      {showRating && (
        <RatingDialog
          update={update}
          onClose={() => {
            setRatingOpen(false);
            onRatingDone();
            focusNextAction();
          }}
        />
      )}
    </CaseFrame>
  );
};
