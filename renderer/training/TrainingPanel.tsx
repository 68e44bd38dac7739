import './training.css';
import { useApp } from '../store';
import { DatasetChooser } from './DatasetChooser';
import { HyperparamsForm } from './HyperparamsForm';
import { RunResult } from './RunResult';
import { RunsCard } from './RunsCard';
import { TrainControls } from './TrainControls';
import { TrainingCharts } from './TrainingCharts';
import { useProjectRuns } from './useProjectRuns';

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
