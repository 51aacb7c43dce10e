import { Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { confirmersFor, takeoverRequirement } from '../../../shared/domain/deskPin';
import { hasRole, type Staff } from '../../../shared/domain/organization';
import { useDb } from '../../app/DbContext';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';
import type { PinEntry } from './deskPins';
import { pinHolders } from './deskPins';
import { PinField } from './PinField';

type Props = {
  /** The person taking the desk; nothing shows until one is chosen. */
  person: Staff | undefined;
  entry: PinEntry;
  onChange: (entry: PinEntry) => void;
  idPrefix: string;
};

/**
 * The PIN part of 换人 and of a standalone set-up: the person's PIN when they hold one here, else a new
 * one typed twice, and a leader's or supervisor's confirmation when a leader new to the desk needs it
 * (shared/domain/deskPin.ts decides which).
 */
export const TakeoverPinFields = ({ person, entry, onChange, idPrefix }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const state = useLiveQuery(async () => {
    if (!person) return null;
    const holders = await pinHolders(db);
    const self = { staffId: person.id, roles: person.roles };
    const confirmerIds = confirmersFor(self, holders).map((holder) => holder.staffId);
    const confirmers = (await db.staff.bulkGet(confirmerIds)).filter(
      (one): one is Staff => one !== undefined,
    );
    return { requirement: takeoverRequirement(self, holders), confirmers };
  }, [db, person?.id, person?.roles.join()]);
  if (!person || !state) return null;
  const set = (field: keyof PinEntry) => (value: string) => onChange({ ...entry, [field]: value });

  if (state.requirement === 'enterPin')
    return (
      <PinField
        id={`${idPrefix}-pin`}
        label={t('lock.pin.label')}
        value={entry.pin}
        onChange={set('pin')}
        autoComplete="current-password"
        helperText={t('lock.pin.enter', { name: person.name })}
      />
    );

  const intro =
    state.requirement === 'setPinConfirmed'
      ? 'lock.pin.confirmIntro'
      : hasRole(person.roles, 'leader')
        ? 'lock.pin.setLeaderIntro'
        : 'lock.pin.setIntro';
  return (
    <>
      <Typography variant="body2" id={`${idPrefix}-pin-intro`}>
        {t(intro, { name: person.name })}
      </Typography>
      <PinField
        id={`${idPrefix}-new-pin`}
        label={t('lock.pin.new')}
        value={entry.newPin}
        onChange={set('newPin')}
        autoComplete="new-password"
      />
      <PinField
        id={`${idPrefix}-repeat-pin`}
        label={t('lock.pin.repeat')}
        value={entry.repeated}
        onChange={set('repeated')}
        autoComplete="new-password"
      />
      {state.requirement === 'setPinConfirmed' && (
        <>
          <SelectField
            id={`${idPrefix}-confirmer`}
            label={t('lock.pin.confirmer')}
            value={entry.confirmerId}
            onChange={set('confirmerId')}
            placeholder={t('setup.choose')}
            options={state.confirmers.map((one) => ({ value: one.id, label: one.name }))}
            required
          />
          <PinField
            id={`${idPrefix}-confirmer-pin`}
            label={t('lock.pin.confirmerPin')}
            value={entry.confirmerPin}
            onChange={set('confirmerPin')}
            autoComplete="off"
          />
        </>
      )}
    </>
  );
};
