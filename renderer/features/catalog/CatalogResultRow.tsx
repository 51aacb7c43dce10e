import type { KeyboardEvent } from 'react';
import { Box, Button, Link, Typography } from '@mui/material';
import PlayArrowRoundedIcon from '@mui/icons-material/PlayArrowRounded';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { itemPath, startCasePath } from '../../app/navigation';
import { ItemFlags } from '../../components/ItemFlags';
import { formatTimeLimit } from '../../components/timeLimit';
import { useI18n } from '../../i18n/useI18n';
import { useCategoryLabel } from './useCategoryLabel';

type Props = {
  item: ServiceItem;
  departmentLabel: string;
  /** False for another department's item: this window cannot accept it, so it offers no 开始陪跑. */
  /** Why this desk may not start it, or null when it may. */
  refusal: 'otherDepartment' | 'otherLevel' | null;
  /** The row that takes part in the tab order (roving tab index): one tab stop for the whole list. */
  active: boolean;
  linkId: string;
  onLinkKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
  onFocus: () => void;
};

/** One result: name (opens the guide), code, department, category, flags, promised limit, start. */
export const CatalogResultRow = ({
  item,
  departmentLabel,
  refusal,
  active,
  linkId,
  onLinkKeyDown,
  onFocus,
}: Props) => {
  const { t } = useI18n();
  const categoryLabel = useCategoryLabel();
  const navigate = useNavigate();
  const tabIndex = active ? 0 : -1;
  return (
    <Box
      onFocus={onFocus}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        px: 2.5,
        py: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: active ? '#f5f8fc' : 'background.paper',
        '&:hover': { bgcolor: '#f5f8fc' },
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Link
            component={RouterLink}
            to={itemPath(item.id)}
            id={linkId}
            tabIndex={tabIndex}
            onKeyDown={onLinkKeyDown}
            underline="hover"
            sx={{ fontWeight: 600, fontSize: '1.05rem', color: 'text.primary' }}
          >
            {item.name}
          </Link>
          <ItemFlags item={item} />
          {/* Typing 五保 finds 特困人员救助供养申请: the common names say why. */}
          {(item.aliases ?? []).length > 0 && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('catalog.guide.aliasesInline', { aliases: (item.aliases ?? []).join('、') })}
            </Typography>
          )}
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
          <Box component="span" sx={{ fontFamily: 'monospace', letterSpacing: 0.2 }}>
            {item.code}
          </Box>
          {` · ${departmentLabel} · ${categoryLabel(item.category)} · ${t('catalog.promised', {
            limit: formatTimeLimit(t, item.promisedLimit),
          })}`}
        </Typography>
      </Box>
      {refusal === null ? (
        <Button
          onClick={() => void navigate(startCasePath(item.id))}
          variant="outlined"
          size="small"
          tabIndex={tabIndex}
          startIcon={<PlayArrowRoundedIcon />}
          aria-label={t('catalog.startCaseFor', { name: item.name })}
          sx={{ flexShrink: 0 }}
        >
          {t('catalog.startCase')}
        </Button>
      ) : (
        <Typography variant="body2" sx={{ color: 'text.secondary', flexShrink: 0 }}>
          {refusal === 'otherDepartment'
            ? t('catalog.otherDepartmentItem')
            : t('catalog.otherLevelItem', {
                levels: (item.authority?.acceptLevels ?? []).map((level) => t(`level.${level}`)).join('、'),
              })}
        </Typography>
      )}
    </Box>
  );
};
