import './training.css';
import { useApp } from '../store';
import { DatasetChooser } from './dataset/DatasetChooser';
import { HyperparamsForm } from './run/HyperparamsForm';
import { RunResult } from './results/RunResult';
import { RunsCard } from './export/RunsCard';
import { TrainControls } from './run/TrainControls';
import { TrainingCharts } from './charts/TrainingCharts';
import { useProjectRuns } from './run/useProjectRuns';

/** The training dashboard: setup on the left; the run (controls with its score, curves, details) and the project's runs on the right. */
export function TrainingPanel() {
  useProjectRuns();
  // Which project the panel shows, for tests that check a switch by identity.
  const projectId = useApp(s => s.meta.id);
  return (
    <div className="tp" role="region" aria-label="Training dashboard" data-project-id={projectId}>
      <div className="tp-setup">
        <HyperparamsForm />
        <DatasetChooser />
      </div>
      <div className="tp-run">
        <section className="tp-card" aria-label="Run controls">
          <TrainControls />
        </section>
        <TrainingCharts />
        <RunResult />
        <RunsCard />
      </div>
    </div>
  );
}
