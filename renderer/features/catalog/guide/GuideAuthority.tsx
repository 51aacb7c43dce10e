import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import type { AdminLevel } from '../../../../shared/domain/itemGuide';
import { partiesOf, windowRoleAt } from '../../../../shared/domain/guideRules';
import { Facts } from '../../../components/Facts';
import { Section } from '../../../components/Section';
import { formatTimeLimit } from '../../../components/timeLimit';
import { useI18n } from '../../../i18n/useI18n';

type Props = { item: ServiceItem; hallLevel: AdminLevel | undefined };

/**
 * 实施主体 / 受理层级 / 审批层级 and what this window does with the item (a 乡镇 window only collects a
 * county decision), who takes part and whether an agent may, the common names, 容缺 and 撤回.
 */
export const GuideAuthority = ({ item, hallLevel }: Props) => {
  const { t } = useI18n();
  const { authority } = item;
  const role = windowRoleAt(item, hallLevel);
  const levels = (list: readonly AdminLevel[]) => list.map((level) => t(`level.${level}`)).join('、');
  const { deferral } = item;
  const deferrable = item.materials.filter((material) => material.deferrable);
  return (
    <Section title={t('catalog.guide.authority')} id="item-authority">
      <Facts
        labelWidth={120}
        rows={[
          authority
            ? [t('catalog.guide.implementingBody'), authority.implementingBody]
            : [t('catalog.guide.implementingBody'), t('catalog.guide.noAuthority')],
          authority ? [t('catalog.guide.acceptLevels'), levels(authority.acceptLevels)] : null,
          authority ? [t('catalog.guide.decisionLevel'), levels([authority.decisionLevel])] : null,
          authority ? [t('catalog.guide.decidingBody'), authority.decidingBody] : null,
          [
            t('catalog.guide.windowRole'),
            role === 'collectAndForward' && authority
              ? t('catalog.guide.windowCollects', { body: authority.decidingBody })
              : t(`windowRole.${role}`),
          ],
          [
            t('catalog.guide.parties'),
            partiesOf(item)
              .map((party) =>
                party.inPerson
                  ? t('catalog.guide.partyInPerson', { role: t(`party.${party.role}`) })
                  : t(`party.${party.role}`),
              )
              .join('、'),
          ],
          [
            t('catalog.guide.agent'),
            item.agent
              ? t('catalog.guide.agentAllowed', { note: item.agent.note })
              : t('catalog.guide.agentNotAllowed'),
          ],
          (item.aliases ?? []).length > 0 && [t('catalog.guide.aliases'), (item.aliases ?? []).join('、')],
          deferral !== undefined &&
            deferrable.length > 0 && [
              t('catalog.guide.deferral'),
              t('catalog.guide.deferralRule', {
                materials: deferrable.map((material) => material.name).join('、'),
                limit: formatTimeLimit(t, { value: deferral.maxDays, unit: deferral.unit }),
              }),
            ],
          item.withdrawal !== undefined && [t('catalog.guide.withdrawal'), item.withdrawal],
        ]}
      />
    </Section>
  );
};
