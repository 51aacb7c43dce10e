import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { Case, CaseOutcome } from '../../../../shared/domain/case';
import {
  missingMaterials,
  nextStepId,
  setMaterialReceived,
  setStepDone,
} from '../../../../shared/domain/caseMachine';
import type { Material } from '../../../../shared/domain/serviceItem';
import { Section } from '../../../components/Section';
import type { DeskWriter } from '../../../app/useDeskWriter';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemMessage } from '../../../components/ProblemMessage';
import type { Problem } from '../../../components/problem';
import { CaseFrame } from '../CaseFrame';
import { useCaseUpdater } from '../data/useCaseUpdater';
import { FinishDialog } from '../finish/FinishDialog';
import { useShowToApplicant } from '../../applicant/useShowToApplicant';
import { MaterialList } from './MaterialList';
import { CommitmentButton } from '../../certificates/commitment/CommitmentButton';
import type { ListedItem } from '../../../../shared/certificates/applyLists';
import { PromiseMeter } from './PromiseMeter';
import { ShortcutLegend } from './ShortcutLegend';
import { StepList } from './StepList';
import { focusNavRow, useHandlingKeys } from './useHandlingKeys';
import { tickKey } from './optimistic';
import { useTicks } from './useTicks';
import { useHallLevel } from '../../../app/useHallLevel';
import { useDesk } from '../../../app/useDesk';
import {
  answerCondition,
  deferMaterial,
  endVisit,
  openDeferrals,
  startNextVisit,
} from '../../../../shared/domain/caseGuide';
import { DeferDialog } from '../deferral/DeferDialog';
import { isNeededFor, materialsAtVisit, nextStage } from '../../../../shared/domain/guideRules';
import { CaseGuidePanel } from '../guide/CaseGuidePanel';
import { WaitingPanel } from '../guide/WaitingPanel';

type Props = {
  caseRecord: Case;
  item: ListedItem;
  writer: DeskWriter;
  onFinished: (outcome: CaseOutcome) => void;
};

/** 陪跑: the handling screen of an unfinished case. */
export const HandlingView = ({ caseRecord: stored, item, writer, onFinished }: Props) => {
  const { t } = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const [finishOpen, setFinishOpen] = useState(false);
  const [deferring, setDeferring] = useState<Material | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const update = useCaseUpdater(stored.id, item, writer);
  // Mirrors this case on the applicant screen (群众屏) while it is open here.
  useShowToApplicant(stored.id);
  const { shown: caseRecord, tick } = useTicks(stored);
  const currentStepId = nextStepId(caseRecord, item);
  const missing = missingMaterials(caseRecord, item);
  const hallLevel = useHallLevel(stored.hallId);
  // The second visit is recorded at the desk that takes it, which need not be the first one's.
  const desk = useDesk();
  // A multi-visit item asks at each visit only for that visit's materials (离婚协议书 at the second).
  const visitItem = { ...item, materials: materialsAtVisit(caseRecord, item) };
  const needed = visitItem.materials.filter((material) => isNeededFor(material, caseRecord, item));
  const moreVisits = nextStage(caseRecord, item) !== null;
  // 容缺: promised materials are neither received nor missing; the count says so.
  const promised = openDeferrals(caseRecord).filter((entry) =>
    needed.some((material) => material.id === entry.materialId),
  ).length;
  const waiting = caseRecord.status === 'waiting';

  const openFinish = useCallback(() => setFinishOpen(true), []);
  useHandlingKeys(rootRef, !finishOpen && deferring === null, openFinish);

  // On opening (or reopening) a case, continue where it stopped.
  const initialFocus = useRef(
    currentStepId ? `step:${currentStepId}` : missing[0] ? `material:${missing[0].id}` : null,
  );
  useEffect(() => {
    focusNavRow(rootRef.current, initialFocus.current);
  }, []);

  const apply = (result: Promise<Problem | null>) => {
    void result.then(setError);
  };

  return (
    <Box ref={rootRef} sx={{ display: 'contents' }}>
      <CaseFrame
        caseRecord={caseRecord}
        item={item}
        actions={
          <>
            {moreVisits && !waiting && (
              <Button
                variant="outlined"
                size="large"
                onClick={() => apply(update((fresh) => endVisit(fresh, item)))}
              >
                {t('cases.guide.endVisit')}
              </Button>
            )}
            <Button variant="contained" size="large" startIcon={<DoneAllIcon />} onClick={openFinish}>
              {t('cases.finish.button')}
            </Button>
          </>
        }
      >
        <PromiseMeter caseRecord={caseRecord} item={item} />
        <CaseGuidePanel
          caseRecord={caseRecord}
          item={item}
          hallLevel={hallLevel}
          onAnswer={(conditionId, answer) =>
            apply(update((fresh) => answerCondition(fresh, item, conditionId, answer)))
          }
        />
        {waiting && (
          <WaitingPanel
            caseRecord={caseRecord}
            item={item}
            onNextVisit={() =>
              apply(
                update((fresh, now) =>
                  startNextVisit(
                    fresh,
                    item,
                    desk ?? {
                      departmentId: fresh.departmentId,
                      hallId: fresh.hallId,
                      windowId: fresh.windowId,
                      staffId: fresh.staffId,
                    },
                    now,
                  ),
                ),
              )
            }
          />
        )}
        {error && (
          <Alert severity="error" onClose={() => setError(null)}>
            <ProblemMessage problem={error} />
          </Alert>
        )}
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '5fr 7fr' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <Section
            title={t('cases.steps.title')}
            id="case-steps"
            actions={
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('cases.steps.progress', {
                  done: caseRecord.completedStepIds.length,
                  total: item.steps.length,
                })}
              </Typography>
            }
          >
            <StepList
              caseRecord={caseRecord}
              item={item}
              currentStepId={currentStepId}
              onToggle={(stepId, done) =>
                apply(
                  tick(tickKey('step', stepId), done, () =>
                    update((fresh) => setStepDone(fresh, item, stepId, done)),
                  ),
                )
              }
            />
            {currentStepId === null && (
              <Alert severity="success" sx={{ mt: 1 }}>
                {t('cases.steps.allDone')}
              </Alert>
            )}
          </Section>
          <Section
            title={t('cases.materials.title')}
            id="case-materials"
            actions={
              <Typography
                variant="body2"
                sx={{ color: missing.length > 0 ? 'warning.dark' : 'success.dark' }}
              >
                {t('cases.materials.progress', {
                  received: needed.filter((material) => caseRecord.receivedMaterialIds.includes(material.id))
                    .length,
                  total: needed.length,
                })}
                {promised > 0 && t('deferral.progress', { count: promised })}
              </Typography>
            }
          >
            <MaterialList
              caseRecord={caseRecord}
              item={visitItem}
              afterDropped={
                <CommitmentButton
                  caseRecord={caseRecord}
                  item={item}
                  onRecord={(waivers) => update(() => ({ ok: true, value: { waivedCertificates: waivers } }))}
                />
              }
              deferral={{
                onDefer: setDeferring,
                onUndo: (materialId) =>
                  apply(update((fresh, now) => deferMaterial(fresh, item, materialId, null, now))),
              }}
              onToggle={(materialId, received) =>
                apply(
                  tick(tickKey('material', materialId), received, () =>
                    update((fresh) => setMaterialReceived(fresh, item, materialId, received)),
                  ),
                )
              }
            />
          </Section>
        </Box>
        <ShortcutLegend />
      </CaseFrame>
      {deferring && (
        <DeferDialog item={item} material={deferring} update={update} onClose={() => setDeferring(null)} />
      )}
      {finishOpen && (
        <FinishDialog
          caseRecord={caseRecord}
          item={item}
          update={update}
          onClose={() => setFinishOpen(false)}
          onFinished={(outcome) => {
            setFinishOpen(false);
            onFinished(outcome);
          }}
        />
      )}
    </Box>
  );
};
