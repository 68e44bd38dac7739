import type { DatasetReport } from '../../../../engine/core/data/report/types';
import { useApp } from '../../../store';
import { ErrorBox } from '../../../components/ErrorBox';
import { formatCount } from '../../../shared/format';
import { ReportClassTable } from './ReportClassTable';
import { ReportProblems } from './ReportProblems';
import { ReportSamples } from './ReportSamples';
import { ReportSizes } from './ReportSizes';
import { ReportTargets } from './ReportTargets';

const SPLIT_SOURCE = {
  given: 'splits as the dataset gives them',
  seeded: 'split by the project’s seed',
} as const;

/** Everything the report found: counts per class and split, image sizes, targets, samples and problems. */
export function ReportView({ report }: { report: DatasetReport }) {
  const dataset = useApp(s => s.meta.dataset);
  const resize = dataset.kind === 'folder' || dataset.kind === 'csv' ? dataset.resize : null;
  const unusable = report.filesScanned - report.imagesUsable;
  const regression = report.info.task === 'regression';
  return (
    <div className="dr-view">
      <p className="dr-summary">
        <strong>{formatCount(report.filesScanned)}</strong> files read in <code>{report.root}</code>:{' '}
        <strong>{formatCount(report.imagesUsable)}</strong> usable images
        {unusable > 0 && (
          <>
            , <strong className="dr-bad">{formatCount(unusable)}</strong> not
          </>
        )}
        {' · '}
        {SPLIT_SOURCE[report.splitSource]}
        {' · '}
        {regression
          ? `regression on ${report.info.targetNames?.join(', ') || 'one target'}`
          : `${report.info.classNames.length} classes`}
      </p>
      {report.refusal && <ErrorBox title="Training would refuse this dataset" error={report.refusal} />}
      <ReportProblems problems={report.problems} />
      <div className="dr-columns">
        <ReportClassTable rows={report.perClass} regression={regression} />
        <div className="dr-side">
          <ReportSizes sizes={report.sizes} imageShape={report.info.imageShape} resize={resize} />
          {report.targets && <ReportTargets targets={report.targets} />}
        </div>
      </div>
      <ReportSamples samples={report.samples} imageShape={report.info.imageShape} />
    </div>
  );
}
