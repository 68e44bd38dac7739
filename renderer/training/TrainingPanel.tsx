import './training.css';
import { DatasetChooser } from './DatasetChooser';
import { HyperparamsForm } from './HyperparamsForm';
import { RunResult } from './RunResult';
import { TrainControls } from './TrainControls';
import { TrainingCharts } from './TrainingCharts';

/** The training dashboard: setup on the left, the run (controls, curves, result) on the right. */
export function TrainingPanel() {
  return (
    <div className="tp" role="region" aria-label="Training dashboard">
      <div className="tp-setup">
        <DatasetChooser />
        <HyperparamsForm />
      </div>
      <div className="tp-run">
        <section className="tp-card" aria-label="Run controls">
          <TrainControls />
        </section>
        <TrainingCharts />
        <RunResult />
      </div>
    </div>
  );
}
