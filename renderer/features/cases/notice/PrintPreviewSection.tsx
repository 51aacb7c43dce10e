import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { getBridge } from '../../../platform/bridge';
import { Section } from '../../../components/Section';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { problem, type Problem } from '../../../components/problem';
import { useI18n } from '../../../i18n/useI18n';
import type { PrintableDocument } from './officialDocument';

type Props = {
  id: string;
  title: string;
  /** The line above the preview (告知书编号 …). */
  caption: string;
  previewTitle: string;
  /** Null until the desk's names are loaded: printing waits for them rather than printing ids. */
  document: PrintableDocument | null;
};

/**
 * A printed document of a case: a preview exactly as printed (the same HTML in a sandboxed frame) and
 * 打印 / 存为 PDF through the desktop bridge. Reprinting rebuilds it from the record.
 */
export const PrintPreviewSection = ({ id, title, caption, previewTitle, document }: Props) => {
  const { t } = useI18n();
  const [error, setError] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const print = async (target: 'printer' | 'pdf') => {
    if (!document) return;
    setBusy(true);
    setError(null);
    try {
      await getBridge().printDocument({ title: document.title, html: document.html, target });
    } catch (failure) {
      // Say what failed (printing, or saving the PDF), not that something was not saved.
      setError(
        problem(t(target === 'printer' ? 'cases.error.printFailed' : 'cases.error.pdfFailed'), failure),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      title={title}
      id={id}
      actions={
        <>
          <Button
            variant="contained"
            startIcon={<PrintIcon />}
            disabled={!document || busy}
            onClick={() => void print('printer')}
          >
            {t('common.print')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<PictureAsPdfIcon />}
            disabled={!document || busy}
            onClick={() => void print('pdf')}
          >
            {t('common.savePdf')}
          </Button>
        </>
      }
    >
      <Typography sx={{ mb: 1.5, color: 'text.secondary' }}>{caption}</Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          <ProblemMessage problem={error} />
        </Alert>
      )}
      {document && (
        <Box
          component="iframe"
          title={previewTitle}
          srcDoc={document.html}
          // No scripts, no forms, no navigation: the preview only shows the printed page.
          sandbox=""
          sx={{
            width: '100%',
            height: 560,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            bgcolor: '#fff',
          }}
        />
      )}
    </Section>
  );
};
