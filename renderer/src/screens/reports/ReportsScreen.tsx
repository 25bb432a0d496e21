// Renderer: the Reports screen: export the current checklist run, open a report file (support desk), and the
// history of reports made here. An opened report replaces the panels until it is closed; the report view
// (and the checklist rules it re-reads the report with) is fetched when a report is first opened.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVisitStore } from '@renderer/state/visit-store';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { OpenPanel } from './OpenPanel';
import { useReportsStore } from './reports-store';
import './reports.css';

const ReportView = lazy(() => import('./ReportView').then((m) => ({ default: m.ReportView })));

export function ReportsScreen() {
  const { t } = useTranslation();
  const opened = useReportsStore((s) => s.opened);
  // Bumped after each export so the history list reloads.
  const [historyVersion, setHistoryVersion] = useState(0);
  const markReported = useVisitStore((s) => s.markReported);
  return (
    <div className="reports-screen">
      <h2>{t('reports.heading')}</h2>
      {opened ? (
        <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>
          <ReportView opened={opened} />
        </Suspense>
      ) : (
        <div className="reports-grid">
          <ExportPanel
            onExported={() => {
              setHistoryVersion((v) => v + 1);
              markReported();
            }}
          />
          <OpenPanel />
          <HistoryPanel version={historyVersion} />
        </div>
      )}
    </div>
  );
}
