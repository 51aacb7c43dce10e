import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Button } from '@mui/material';
import { isFinished } from '../../../shared/domain/case';
import { useDesk } from '../../app/useDesk';
import { useDeskWriter, type DeskWriter } from '../../app/useDeskWriter';
import { PageState } from '../../components/PageState';
import { useI18n } from '../../i18n/useI18n';
import { useCaseRecord } from './data/useCaseRecord';
import { CaseDetailView } from './detail/CaseDetailView';
import { HandlingView } from './handling/HandlingView';
import { RecordConflicts } from '../sync/RecordConflicts';
import { useCaptureSource } from '../duty/capture/captureContext';
import { CaptureFromCase } from '../duty/capture/CaptureFromCase';

/** `/cases/:caseId`: the handling screen while the case is open, its record once finished. */
export const CasePage = () => {
  const { t } = useI18n();
  const { caseId } = useParams();
  const desk = useDesk();
  const deskWriter = useDeskWriter();
  const state = useCaseRecord(caseId);
  const caseRecord = state.kind === 'loading' || state.kind === 'notFound' ? null : state.caseRecord;
  const source = caseRecord
    ? {
        caseId: caseRecord.id,
        itemId: caseRecord.itemId,
        itemName: caseRecord.itemName,
        windowId: caseRecord.windowId,
        applicantName: caseRecord.applicantName,
      }
    : null;
  useCaptureSource(source);
  // Set when this screen finished the case, so the rating is offered right away (and only then).
  const [askRating, setAskRating] = useState(false);
  const back = (
    <Button component={RouterLink} to="/cases">
      {t('cases.backToToday')}
    </Button>
  );
  if (state.kind === 'loading' || desk === undefined || deskWriter === undefined)
    return <PageState kind="loading" />;
  if (state.kind === 'notFound') return <PageState kind="empty" title={t('cases.notFound')} action={back} />;
  if (state.kind === 'itemMissing')
    return (
      <PageState
        kind="empty"
        title={t('cases.itemMissing', { name: state.caseRecord.itemName })}
        action={back}
      />
    );
  // A desk not set up yet (a link followed before set-up) writes as the case's clerk.
  const writer: DeskWriter = deskWriter ?? {
    staffId: state.caseRecord.staffId,
    roles: ['staff'],
    departmentId: state.caseRecord.departmentId,
    name: state.caseRecord.staffId,
  };
  const view = isFinished(state.caseRecord.status) ? (
    <CaseDetailView
      key={state.caseRecord.id}
      caseRecord={state.caseRecord}
      item={state.item}
      writer={writer}
      desk={desk}
      askRating={askRating}
      onRatingDone={() => setAskRating(false)}
    />
  ) : (
    <HandlingView
      key={state.caseRecord.id}
      caseRecord={state.caseRecord}
      item={state.item}
      writer={writer}
      onFinished={() => setAskRating(true)}
    />
  );
  return (
    <>
      <RecordConflicts table="cases" rowId={state.caseRecord.id} />
      {view}
      {source && <CaptureFromCase source={source} />}
    </>
  );
};
