import { useState } from 'react';
import { Box, Dialog, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { SelectField } from '../../../components/SelectField';
import { useI18n } from '../../../i18n/useI18n';
import {
  bottleneckCategorySchema,
  bottleneckSeveritySchema,
  type BottleneckCategory,
  type BottleneckSeverity,
} from '../../../../shared/duty/bottleneck';
import { shiftIdFor, periodAt } from '../../../../shared/duty/shift';
import { hallDayOf } from '../../../../shared/time';
import { itemIdSchema } from '../../../../shared/ids';
import { isOnDuty } from '../../../../shared/duty/noteRules';
import { captureNote } from '../data/dutyWrites';
import { useDutyActor } from '../data/useDutyActor';
import { DutyForm, DutyProblem } from '../form/DutyForm';
import { useDutySave } from '../form/useDutySave';
import type { CaptureSource } from './captureContext';
import { CertificatePicker } from './CertificatePicker';
import type { CertificateEntry } from '../../../../shared/certificates/model';

type Props = { open: boolean; source: CaptureSource | null; onClose: (saved: boolean) => void };

const hallHour = (now: Date): number => (now.getUTCHours() + 8) % 24;

/** The capture form: what happened first (focused), then category; Ctrl+Enter saves from any field. */
export const CaptureDialog = ({ open, source, onClose }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const actor = useDutyActor();
  const items = useLiveQuery(
    async () =>
      actor
        ? (await db.items.where('departmentId').equals(actor.desk.departmentId).toArray()).filter(
            (item) => item.published && !item.deleted,
          )
        : [],
    [db, actor],
  );
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<BottleneckCategory | ''>('');
  const [applicants, setApplicants] = useState('1');
  const [severity, setSeverity] = useState<BottleneckSeverity>('medium');
  const [itemId, setItemId] = useState<string>(source?.itemId ?? '');
  const [certificate, setCertificate] = useState<CertificateEntry | null>(null);
  const { save, saving, problem } = useDutySave(async () => {
    if (!actor) return undefined;
    if (description.trim() === '') return t('duty.capture.descriptionRequired');
    if (category === '') return t('duty.capture.chooseCategory');
    const now = new Date();
    // The note belongs to the shift open now at this hall when this person is on it; otherwise it is
    // raised outside a shift rather than refused (the rules take a shift's notes only from its people).
    const day = hallDayOf(now);
    const candidates = [
      shiftIdFor(actor.desk.hallId, day, periodAt(hallHour(now))),
      shiftIdFor(actor.desk.hallId, day, 'allDay'),
    ];
    const current = (await db.shifts.bulkGet(candidates)).find(
      (shift) => shift?.status === 'open' && isOnDuty(shift, actor.desk.staffId, actor.roles),
    );
    const item = items?.find((candidate) => candidate.id === itemId);
    await captureNote(
      db,
      actor,
      {
        windowId: source?.windowId ?? actor.desk.windowId,
        itemId: itemId === '' ? null : itemIdSchema.parse(itemId),
        itemName: item?.name ?? (itemId === source?.itemId ? source.itemName : ''),
        caseId: source?.caseId ?? null,
        certificateEntryId: certificate?.id ?? null,
        shiftId: current?.id ?? null,
        category,
        description,
        applicantsAffected: Math.max(0, Math.min(99999, Number.parseInt(applicants, 10) || 0)),
        severity,
        ownerId: null,
        ownerName: null,
        deadline: null,
      },
      now,
    );
    onClose(true);
    return undefined;
  });

  const itemOptions = (items ?? []).map((item) => ({ value: item.id, label: item.name }));
  if (source && !itemOptions.some((option) => option.value === source.itemId))
    itemOptions.unshift({ value: source.itemId, label: source.itemName });

  return (
    <Dialog open={open} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DutyForm onSave={save}>
        <DialogTitle>{t('duty.capture.title')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}>
          {source && (
            <Typography color="text.secondary">
              {t('duty.capture.fromCase', { applicant: source.applicantName, item: source.itemName })}
            </Typography>
          )}
          <DutyProblem problem={problem} />
          <TextField
            id="capture-description"
            label={t('duty.capture.description')}
            placeholder={t('duty.capture.descriptionHint')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            multiline
            minRows={2}
            required
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { maxLength: 1000 } }}
          />
          <SelectField
            id="capture-category"
            label={t('duty.capture.category')}
            value={category}
            placeholder={t('duty.capture.chooseCategory')}
            options={bottleneckCategorySchema.options.map((value) => ({
              value,
              label: t(`duty.category.${value}`),
            }))}
            onChange={(value) => setCategory(value as BottleneckCategory | '')}
            required
          />
          <Box sx={{ display: 'flex', gap: 2 }}>
            <TextField
              id="capture-applicants"
              label={t('duty.capture.applicants')}
              type="number"
              value={applicants}
              onChange={(event) => setApplicants(event.target.value)}
              slotProps={{ htmlInput: { min: 0, max: 99999 } }}
              sx={{ flex: 1 }}
            />
            <Box sx={{ flex: 1 }}>
              <SelectField
                id="capture-severity"
                label={t('duty.capture.severity')}
                value={severity}
                placeholder={t('duty.capture.severity')}
                options={bottleneckSeveritySchema.options.map((value) => ({
                  value,
                  label: t(`duty.severity.${value}`),
                }))}
                onChange={(value) => value && setSeverity(value as BottleneckSeverity)}
              />
            </Box>
          </Box>
          <SelectField
            id="capture-item"
            label={t('duty.capture.item')}
            value={itemId}
            placeholder={t('duty.capture.noItem')}
            options={itemOptions}
            onChange={setItemId}
          />
          {actor && (
            <CertificatePicker
              departmentId={actor.desk.departmentId}
              value={certificate}
              onChange={setCertificate}
            />
          )}
        </DialogContent>
        <FormDialogActions
          hint={t('duty.capture.hint')}
          cancelLabel={t('common.cancel')}
          submitLabel={t('duty.capture.save')}
          saving={saving}
          onCancel={() => onClose(false)}
        />
      </DutyForm>
    </Dialog>
  );
};
